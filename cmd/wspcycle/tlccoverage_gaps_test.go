package main

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/wspcycle/wspcycle/model/tlcout"
)

// TestTLCCoverageGaps compares `wspcycle tlc -coverage 1` with TLC's run
// kept in model/testdata/tlc/coverage (TLC rev cc6b616), plain and -tool,
// line for line, as TestTLCCoverageGolden does, on specs that each showed
// a difference once (each spec's comment says what it shows):
//
//   - CovRecArg: a function definition passed by name to a RECURSIVE
//     operator is an argument of the application, listed and counted once
//     per application; it was missing from the report. The search ends in
//     a deadlock (x = 3), whose trace TLC rebuilds (exit 11).
//   - CovTrue: TRUE as a conjunct of an action counts the states generated
//     through it, not its evaluations (TLC looks the constant up); it was
//     counted twice (Examples' locks_auxiliary_vars: /\ TRUE in each step).
//   - CovPrimeDef: big' of a definition big lists big' and under it big,
//     whose range ended with the prime (Examples' ewd840 terminated'). The
//     search ends in a deadlock (x = 3).
//   - CovPair: the fields of a record constructor and the updates of an
//     EXCEPT are nodes that count nothing, listed from the field's name or
//     the ! when their subtree counts one number (Examples'
//     DiningPhilosophers: clean |-> FALSE); they were missing, their
//     values listed alone. A deadlock ends the search (x = 3).
func TestTLCCoverageGaps(t *testing.T) {
	dir := filepath.Join("..", "..", "model", "testdata")
	for _, tc := range []struct {
		name string
		exit int
	}{{"CovRecArg", 11}, {"CovTrue", 0}, {"CovPrimeDef", 11}, {"CovPair", 11}} {
		name := tc.name
		for _, mode := range []string{"text", "tool"} {
			t.Run(name+"/"+mode, func(t *testing.T) {
				tool := mode == "tool"
				args := []string{"tlc", "-workers", "1", "-coverage", "1", "-config", filepath.Join(dir, name+".cfg")}
				if tool {
					args = append(args, "-tool")
				}
				var out, errb bytes.Buffer
				if code := run(context.Background(), append(args, filepath.Join(dir, name+".tla")), &out, &errb); code != tc.exit {
					t.Fatalf("exit %d, want TLC's %d; stderr:\n%s", code, tc.exit, errb.String())
				}
				data, err := os.ReadFile(filepath.Join(dir, "tlc", "coverage", name+"."+mode+".out"))
				if err != nil {
					t.Fatal(err)
				}
				want := tlcout.Normalize(string(data), tool)
				got := tlcout.Normalize(out.String(), tool)
				if got != want {
					t.Errorf("output differs from TLC's:\n%s\nfull output:\n%s", firstDiff(want, got), out.String())
				}
				if !strings.Contains(got, "End of statistics.") {
					t.Error("no coverage report")
				}
			})
		}
	}
}
