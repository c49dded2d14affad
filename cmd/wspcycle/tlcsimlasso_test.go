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
// <>[] and <> with WF and SF; before, each of them reported another
// behaviour or another lasso than TLC.
func TestTLCSimLassoGolden(t *testing.T) {
	dir := filepath.Join("..", "..", "model", "testdata", "tlc", "simlasso")
	for _, name := range []string{"L1", "L2", "L3", "L4", "A1", "A2", "E1", "E2", "V1", "M1", "M2", "B1", "LL"} {
		for _, seed := range []string{"1", "5"} {
			tlcGoldenRun(t, dir, name, []string{"-noGenerateSpecTE", "-simulate", "num=30", "-seed", seed, "-depth", "15"}, 13,
				withSpec("SL"), withOutput(name+"s"+seed))
		}
	}
}
