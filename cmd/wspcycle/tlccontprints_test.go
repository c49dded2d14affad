package main

import (
	"path/filepath"
	"testing"
)

// contPrintsDir holds small specs that print (PrintT) in Init, in Next
// and in their invariants, with several violations, and TLC's outputs
// of them with -continue (model/testdata/tlc/contprints/README.md).
var contPrintsDir = filepath.Join("..", "..", "model", "testdata", "tlc", "contprints")

// TestTLCContinuePrints: with -continue TLC reports each violation with
// its trace as its one worker finds it, in the middle of the search, so
// the spec's prints come before and after each report as in TLC's
// output; an initial state is checked against every invariant, a
// successor only up to the first it violates; an action property
// violated does not stop the run either; a deadlock or a temporal
// property still ends it with its verdict. With two workers the output
// is one worker's.
func TestTLCContinuePrints(t *testing.T) {
	for _, tc := range []struct {
		name string
		code int
	}{
		{"ContPrints", 0}, {"ContTwoInv", 0}, {"ContInitTwo", 0}, {"ContActProp", 0},
		{"ContDeadlock", 11}, {"ContLive", 13},
	} {
		for _, w := range []string{"1", "2"} {
			tlcGoldenRun(t, contPrintsDir, tc.name, []string{"-continue"}, tc.code, withWorkers(w))
		}
	}
}
