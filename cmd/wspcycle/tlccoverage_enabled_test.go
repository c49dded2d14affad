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
func TestTLCCoverageEnabled(t *testing.T) {
	dir := filepath.Join("..", "..", "model", "testdata")
	for _, name := range []string{"CovEnArg"} {
		requireInOutput(t, filepath.Join(dir, "tlc", "coverage", name+".text.out"), "End of statistics.")
		tlcGoldenRunIn(t, dir, filepath.Join(dir, "tlc", "coverage"), name, []string{"-coverage", "1"}, 0)
	}
}
