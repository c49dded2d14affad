package main

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"testing"

	"github.com/wspcycle/wspcycle/model/tlcout"
)

// TestTLCCoverageVerdict runs `wspcycle tlc -coverage 1` on specs whose
// search ends with a verdict and compares the whole output with TLC's
// (model/testdata/tlc/coverage/verdict; what each spec shows is below),
// plain and -tool. TLC's counts then include what it evaluates to
// rebuild the trace from fingerprints (model's covrebuild.go), derived in
// TLC's sources (rev cc6b616: ConcurrentTLCTrace.printTrace,
// Worker.doPostCondition, Tool.getState) and checked on these runs:
//
//   - CovViol (Inv violated in the 4th state, s2, found from s1, the 3rd):
//     the trace is rebuilt twice, for printing (Init, the steps to s1, the
//     step to s2) and for the POSTCONDITION (Init, every step), so Init
//     counts 2 + 2*2 = 6:6, and Next is evaluated 6 times more: Flip, first,
//     each time (0:11 = 5 of the search + 6), Inc each time (5:11); Inc's
//     conjuncts count 10, not 11, as the violating state's generation
//     ended in an exception in TLC's worker (counted by the operands, 11,
//     not through the conjuncts); the variables' counts leave the violating
//     state out (x: 2, for the values 1 and 2 of the states queued).
//   - CovViolCont: the same with -continue: each of the 6 violations is
//     printed with its trace (Init, the steps) and no POSTCONDITION: Init
//     14:14 = 2 + 6*2.
//   - CovDead (a deadlock): the trace to the deadlocked state s1, then
//     once more (Init 6:6).
//   - CovDeadCont: the same with -continue, which records no invariant
//     violation: the deadlock's rebuilds are counted as without it (their
//     counts were once replaced by -continue's, none: Init 2:2).
//   - CovFirst (s1 initial): printing rebuilds only the step to s2, the
//     POSTCONDITION Init and the step.
//   - CovSplit: TLC makes one action per binding of \E d \in {1, 2}
//     (a set it evaluates without a state) and rebuilding a step stops
//     after the action that matched: Inc(2) is not evaluated after Inc(1)
//     matched, neither counted nor printed (its PrintT prints once less
//     than the split's actions would).
//   - CovLive (a temporal property): the lasso is rebuilt once, Init, the
//     steps, and the step that closes it (Up 2:5, Wrap 0:2).
func TestTLCCoverageVerdict(t *testing.T) {
	dir := filepath.Join("..", "..", "model", "testdata", "tlc", "coverage", "verdict")
	for _, tc := range []struct {
		name, spec string
		flags      []string
		exit       int
	}{
		{"CovViol", "CovViol", nil, 12},
		{"CovViolCont", "CovViol", []string{"-continue"}, 0},
		{"CovDead", "CovDead", nil, 11},
		{"CovDeadCont", "CovDead", []string{"-continue"}, 11},
		{"CovFirst", "CovFirst", nil, 12},
		{"CovSplit", "CovSplit", nil, 12},
		{"CovLive", "CovLive", nil, 13},
	} {
		for _, mode := range []string{"text", "tool"} {
			t.Run(tc.name+"/"+mode, func(t *testing.T) {
				tool := mode == "tool"
				args := []string{"tlc", "-workers", "1", "-coverage", "1", "-config", filepath.Join(dir, tc.spec+".cfg")}
				args = append(args, tc.flags...)
				if tool {
					args = append(args, "-tool")
				}
				var out, errb bytes.Buffer
				if code := run(context.Background(), append(args, filepath.Join(dir, tc.spec+".tla")), &out, &errb); code != tc.exit {
					t.Fatalf("exit %d, want TLC's %d; stderr:\n%s", code, tc.exit, errb.String())
				}
				data, err := os.ReadFile(filepath.Join(dir, tc.name+"."+mode+".out"))
				if err != nil {
					t.Fatal(err)
				}
				want := tlcout.Normalize(string(data), tool)
				got := tlcout.Normalize(out.String(), tool)
				if got != want {
					t.Errorf("output differs from TLC's:\n%s\nfull output:\n%s", firstDiff(want, got), out.String())
				}
			})
		}
	}
}
