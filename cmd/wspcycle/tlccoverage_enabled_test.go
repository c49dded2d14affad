package main

import (
	"path/filepath"
	"testing"
)

// TestTLCCoverageEnabled compares `wspcycle tlc -coverage 1` with TLC's
// runs kept in model/testdata/tlc/coverage (TLC rev cc6b616), plain and
// -tool, on small specs of what TLC's ENABLED and liveness checking
// count (each spec's comment says what):
//
//   - CovEnArg: an operator's argument inside ENABLED counts once per
//     application however often the body reads it (it counted at each
//     use, and a constant argument not at all).
//   - CovLiveCex (exit 13): the evaluations of the temporal properties
//     on a counterexample that name the violated ones cost on the stored
//     set they enumerate (they cost nothing).
func TestTLCCoverageEnabled(t *testing.T) {
	dir := filepath.Join("..", "..", "model", "testdata")
	for _, name := range []string{"CovEnArg"} {
		requireInOutput(t, filepath.Join(dir, "tlc", "coverage", name+".text.out"), "End of statistics.")
		tlcGoldenRunIn(t, dir, filepath.Join(dir, "tlc", "coverage"), name, []string{"-coverage", "1"}, 0)
	}
	requireInOutput(t, filepath.Join(dir, "tlc", "coverage", "CovLiveCex.text.out"), "End of statistics.")
	tlcGoldenRunIn(t, dir, filepath.Join(dir, "tlc", "coverage"), "CovLiveCex", []string{"-coverage", "1"}, 13)
}
