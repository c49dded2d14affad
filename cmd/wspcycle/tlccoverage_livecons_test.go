package main

import (
	"path/filepath"
	"testing"
)

// TestTLCCoverageLiveConstraint compares `wspcycle tlc -coverage 1` with
// TLC's run on CovLiveCon: a property with a tableau ((x = 0) ~> (x = 2))
// whose product TLC extends from states already expanded, generating
// their successors again and asking CONSTRAINT Con and ACTION_CONSTRAINT
// ActCon about each (TLC's isInModel, isInActions; model's
// livereexpand.go). Those evaluations were missing: Con 18 of 20, ActCon
// 14 of 16 (Examples' MCAlternatingBit: SeqConstraint 1392 of 1428).
func TestTLCCoverageLiveConstraint(t *testing.T) {
	dir := filepath.Join("..", "..", "model", "testdata")
	requireInOutput(t, filepath.Join(dir, "tlc", "coverage", "CovLiveCon.text.out"), "End of statistics.")
	tlcGoldenRunIn(t, dir, filepath.Join(dir, "tlc", "coverage"), "CovLiveCon", []string{"-coverage", "1"}, 0)
}
