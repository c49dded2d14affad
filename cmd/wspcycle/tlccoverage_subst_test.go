package main

import (
	"path/filepath"
	"testing"
)

// TestTLCCoverageSubst compares `wspcycle tlc -coverage 1` with TLC's run
// of CovSubst (model/testdata/tlc/coverage, TLC rev cc6b616): a
// SPECIFICATION written in an instance with substitutions, whose Next TLC
// keeps whole as one action named "Action" at the INSTANCE statement,
// listing the leaves' trees with each \E's set and application's
// arguments after the body they enter (CovSubst.tla derives the counts).
//
// TLC also lists, first in that tree, a line per substitution (y <- y,
// x <- x: at the INSTANCE statement, in the reverse order of the
// declarations, counting the reads of the variable through it: 10 and 32;
// tla/eval's covinst.go).
func TestTLCCoverageSubst(t *testing.T) {
	dir := filepath.Join("..", "..", "model", "testdata")
	requireInOutput(t, filepath.Join(dir, "tlc", "coverage", "CovSubst.text.out"), "<Action line 10, col 1 to line 10, col 22 of module CovSubst>")
	tlcGoldenRunIn(t, dir, filepath.Join(dir, "tlc", "coverage"), "CovSubst", []string{"-coverage", "1"}, 0,
		comparing(coverageReport))
}
