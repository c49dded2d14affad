package main

import (
	"path/filepath"
	"testing"
)

// TestTLCSimLassoGolden: the simulator checks each behaviour's temporal
// properties as TLC's LiveCheck1 does (model/livecheck1.go), so that a
// run with a fixed -seed reports TLC's violation in TLC's behaviour, with
// TLC's lasso: the product with a tableau (~>, <>) cut at a revisited
// node, TLC's SCC numbering, and the counterexample printed as a prefix
// of the behaviour with the behaviour's own steps. The probes
// (model/testdata/tlc/simlasso, whose README lists them) cover ~>, []<>,
// <>[] and <> with WF and SF (SL; before, each of them reported another
// behaviour or another lasso than TLC), and quantified fairness and
// properties over processes (SL2; before, 6 of 16 were TLC's). Q3s9's
// lasso steps back to its last state: TLC prints the behaviour's states,
// not its lasso's, and names the step back.
func TestTLCSimLassoGolden(t *testing.T) {
	dir := filepath.Join("..", "..", "model", "testdata", "tlc", "simlasso")
	for _, name := range []string{"L1", "L2", "L3", "L4", "A1", "A2", "E1", "E2", "V1", "M1", "M2", "B1", "LL"} {
		for _, seed := range []string{"1", "5"} {
			tlcGoldenRun(t, dir, name, []string{"-noGenerateSpecTE", "-simulate", "num=30", "-seed", seed, "-depth", "15"}, 13,
				withSpec("SL"), withOutput(name+"s"+seed))
		}
	}
	for _, c := range []struct {
		name, seed string
		code       int
	}{{"Q1", "2", 0}, {"Q1", "9", 13}, {"Q2", "2", 0}, {"Q2", "9", 0}, {"Q3", "2", 13}, {"Q3", "9", 13}, {"Q4", "2", 13}, {"Q4", "9", 13},
		{"Q5", "2", 13}, {"Q5", "9", 13}, {"Q6", "2", 0}, {"Q6", "9", 13}, {"Q7", "2", 13}, {"Q7", "9", 13}, {"Q8", "2", 13}, {"Q8", "9", 13}} {
		tlcGoldenRun(t, dir, c.name, []string{"-noGenerateSpecTE", "-simulate", "num=30", "-seed", c.seed, "-depth", "20"}, c.code,
			withSpec("SL2"), withOutput(c.name+"s"+c.seed))
	}
}
