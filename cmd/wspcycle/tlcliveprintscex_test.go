package main

import (
	"path/filepath"
	"testing"
)

// On a liveness counterexample TLC builds each implied temporal property
// again before it evaluates it on the lasso (findViolatedProperties), and
// that build evaluates the property's constant-level nodes once more:
// PrintT("o") in <>(PrintT("o") /\ x = 1) prints "o" there, then again in
// each state the evaluation visits (model/liveonlasso.go). TLC's runs are
// in model/testdata/tlc/liveprints, whose README lists the specs; where
// TLC's lasso depends on its -fp, ours must be one of the two it printed.
func TestTLCLivePrintsCexGolden(t *testing.T) {
	dir := filepath.Join("..", "..", "model", "testdata", "tlc", "liveprints")
	for _, name := range []string{"CexConst", "CexReplaced", "CexTwo", "CexConj", "CexForall", "CexSF", "CexOp", "CexFold", "CexMixed"} {
		tlcGoldenRun(t, dir, name, nil, 13)
	}
	for _, name := range []string{"CexExists", "CexLeadsTo"} {
		tlcGoldenRun(t, dir, name, nil, 13, withAlternate())
	}
}

// TLC splits the next-state relation into its actions before it computes
// the initial states; a literal met there (Next == 1, Next == "a",
// Next == x' = 1 \/ 2) fails the split: an exception after "Starting..."
// (and after what the constant definitions print), exit 255
// (tla/eval/splitliteral.go; TLC's runs in model/testdata/tlc/liveprints).
func TestTLCNextSplitLiteralGolden(t *testing.T) {
	dir := filepath.Join("..", "..", "model", "testdata", "tlc", "liveprints")
	for _, name := range []string{"NextNum", "NextStr", "NextOr", "NextOrPrint", "NextSpecInline"} {
		tlcGoldenRun(t, dir, name, nil, 255)
	}
}
