package main

import (
	"path/filepath"
	"testing"
)

// TLC's simulator evaluates the POSTCONDITION after a violation or an
// error too, with TLCGet("stats") its own record (traces, states
// generated), after the statistics and before the last progress line;
// false, it is reported and the exit code stays the violation's (TLC's
// outputs on SimPostViol, -seed 1 num=3 -depth 8, in
// model/testdata/tlc/simulate): an invariant violated in the third
// behaviour's walk (exit 12), one violated by an initial state (TLC
// computes all 3 initial states first; no statistics), an evaluation
// error in Next (exit 255).
func TestTLCSimPostconditionAfterViolationGolden(t *testing.T) {
	dir := filepath.Join("..", "..", "model", "testdata", "tlc", "simulate")
	flags := []string{"-simulate", "num=3", "-depth", "8", "-seed", "1"}
	tlcGoldenRun(t, dir, "SimPostViol", flags, 12)
	tlcGoldenRun(t, dir, "SimPostViolInit", flags, 12, withSpec("SimPostViol"))
	tlcGoldenRun(t, dir, "SimPostViolErr", flags, 255, withSpec("SimPostViol"))
}

// The simulator's TLCGet("stats").actions is an empty record, which TLC
// prints [] (SimPostStats: a deadlock, then the POSTCONDITION's print).
func TestTLCSimStatsEmptyActionsGolden(t *testing.T) {
	dir := filepath.Join("..", "..", "model", "testdata", "tlc", "simulate")
	flags := []string{"-simulate", "num=3", "-depth", "8", "-seed", "1"}
	requireInOutput(t, filepath.Join(dir, "SimPostStats.text.out"), `<<"post", [], 3>>`)
	tlcGoldenRun(t, dir, "SimPostStats", flags, 11)
}
