package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/wspcycle/wspcycle/model/tlcout"
)

// While TLC rebuilds an error trace it evaluates Init and Next again, and
// what the spec prints is printed again, between the trace's states
// (model.TracePrints says where). TLC's runs (rev cc6b616, -workers 1,
// plain and -tool) are in model/testdata/tlc/print; in each spec Init
// prints <<"init", x>> for x = 0 and 10, Next == B \/ A where B prints
// <<"B", x>> before its guard fails and A prints <<"A", x, x'>>:
//   - TraceInv, Inv fails at x = 4 (states x = 0..4): after "Invariant Inv
//     is violated." TLC rebuilds the states before x = 3, the last it
//     stored: init's two lines, then B and A from x = 0 and from x = 1;
//     after the header states 1 to 3 (x = 2), then B and A from x = 2
//     before state 4, from x = 3 before state 5; after the trace, the
//     whole trace once more (init, B and A from x = 0 to 3);
//   - TraceTwo, Inv fails at x = 1: the state TLC stored last is initial,
//     so nothing before the header, B and A from x = 0 before state 2, then
//     init, B and A after the trace;
//   - TraceDead, a deadlock at x = 3: x = 3 is the last state stored:
//     init, B and A from x = 0 and 1 before the header, B and A from x = 2
//     before state 4, the whole trace after it;
//   - TraceInit, Inv fails in an initial state: nothing rebuilt, init's
//     lines only once, from the search.
func TestTLCTracePrintsGolden(t *testing.T) {
	dir := filepath.Join("..", "..", "model", "testdata", "tlc", "print")
	tlcGoldenRun(t, dir, "TraceInv", nil, 12)
	tlcGoldenRun(t, dir, "TraceTwo", nil, 12)
	tlcGoldenRun(t, dir, "TraceDead", nil, 11)
	tlcGoldenRun(t, dir, "TraceInit", nil, 12)
}

// A temporal property's counterexample: TLC rebuilds it whole after
// "Checking temporal properties ..." and before its verdict (init's lines,
// B and A from x = 0, 1, 2), and the step back, B from x = 3, before "Back
// to state" (TLC's run of TraceLive in model/testdata/tlc/print). Only
// the output from that line on is compared: during the search TLC
// evaluates Next again for the liveness checks, which prints more.
func TestTLCLivePrintsGolden(t *testing.T) {
	dir := filepath.Join("..", "..", "model", "testdata", "tlc", "print")
	code, out, errs := runCLI(t, t.Context(), "tlc", "-workers", "1", "-config", filepath.Join(dir, "TraceLive.cfg"), filepath.Join(dir, "TraceLive.tla"))
	if code != 13 {
		t.Errorf("exit %d, want TLC's 13; stderr: %s", code, errs)
	}
	data, err := os.ReadFile(filepath.Join(dir, "TraceLive.text.out"))
	if err != nil {
		t.Fatal(err)
	}
	from := func(s string) string {
		s = tlcout.Normalize(s, false)
		if i := strings.Index(s, "Checking temporal properties"); i >= 0 {
			return s[i:]
		}
		return s
	}
	if want, got := from(string(data)), from(out); got != want {
		t.Errorf("output differs from TLC's:\n%s\nfull output:\n%s", firstDiff(want, got), out)
	}
}
