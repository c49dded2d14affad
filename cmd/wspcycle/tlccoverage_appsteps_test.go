package main

import (
	"path/filepath"
	"testing"
)

// TestTLCCoverageAppSteps compares `wspcycle tlc -coverage 1` with TLC's
// run of CovAppSteps (TLC rev cc6b616), plain and -tool: the arguments of
// an application an action expands, after the same conjunct was compiled
// as an expression, count once per application (eval's covappsteps.go;
// spanning's CanSend(i, k), whose arguments were not listed).
func TestTLCCoverageAppSteps(t *testing.T) {
	dir := filepath.Join("..", "..", "model", "testdata")
	requireInOutput(t, filepath.Join(dir, "tlc", "coverage", "CovAppSteps.text.out"), "End of statistics.")
	tlcGoldenRunIn(t, dir, filepath.Join(dir, "tlc", "coverage"), "CovAppSteps", []string{"-coverage", "1"}, 0)
}
