package main

import (
	"path/filepath"
	"testing"
)

// TLC's run-dependent operators while simulating (TLC's outputs, with
// -simulate num=3 -depth 10 -seed 1, are in model/testdata/tlc/simwalk):
// TLCGet("level") is the level of the state the walk extends in Next and
// the successor's in an invariant (SimWalkLevel: x grows by 1, 2, 3, 4
// and the invariant fails at level 5, exit 12); TLCSet("exit", TRUE)
// ends the run with no error once the action that set it has generated
// its successors (SimWalkExit: 10 states, one trace, exit 0). wspcycle
// refused both ("unsupported ... outside the breadth-first model
// checker").
func TestTLCSimWalkGolden(t *testing.T) {
	dir := filepath.Join("..", "..", "model", "testdata", "tlc", "simwalk")
	flags := []string{"-simulate", "num=3", "-depth", "10", "-seed", "1"}
	tlcGoldenRun(t, dir, "SimWalkLevel", flags, 12)
	tlcGoldenRun(t, dir, "SimWalkExit", flags, 0)
}

// CONSTANT C <- K where K is a declared constant, not a definition: TLC
// gives C the value of K (SubstByConst: K's value the model value L,
// exit 12 as the invariant says x # L); where K is a variable it refuses
// the configuration with its message 2224, exit 151 (SubstByVar). TLC's
// outputs are in model/testdata/tlc/simwalk.
func TestTLCSubstByConstantGolden(t *testing.T) {
	dir := filepath.Join("..", "..", "model", "testdata", "tlc", "simwalk")
	tlcGoldenRun(t, dir, "SubstByConst", nil, 12)
	tlcGoldenRun(t, dir, "SubstByVar", nil, 151)
}
