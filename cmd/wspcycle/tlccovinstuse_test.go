package main

import (
	"path/filepath"
	"strings"
	"testing"
)

// A step through a parameterised INSTANCE, P(y)!Step(1) with P(v) ==
// INSTANCE M WITH x <- v, is one TLC labels at its use (its trace's
// "<P!Step line 7, col 12 to line 7, col 23 of module CovInstUse>"). In
// its coverage report TLC names it by SANY's declaration of P!Step, the
// instance's definition, then the use: "<P!Step line 5, col 1 to line 5,
// col 4 of module CovInstUse (7 12 7 23)>", a LET's instance as well
// ("<R!Step line 8, col 16 to line 8, col 19 ... (8 60 8 71)>"); we named
// Step's definition in M. TLC rev cc6b616's runs are in
// testdata/covinst; only the items' heads are compared: the counts of
// the instance's argument (line 7, col 22) are not yet TLC's.
func TestTLCCoverageInstanceUse(t *testing.T) {
	dir := filepath.Join("testdata", "covinst")
	requireInOutput(t, filepath.Join(dir, "CovInstUse.text.out"), "<P!Step line 5, col 1 to line 5, col 4 of module CovInstUse (7 12 7 23)>")
	tlcGoldenRun(t, dir, "CovInstUse", []string{"-coverage", "1"}, 12, comparing(coverageHeads))
}

// coverageHeads is the lines of a normalised output that head an item of
// TLC's coverage report ("<name range>..."), in order.
func coverageHeads(out string) string {
	var keep []string
	for _, l := range strings.Split(out, "\n") {
		if strings.HasPrefix(l, "<") && strings.Contains(l, " of module ") {
			keep = append(keep, l)
		}
	}
	return strings.Join(keep, "\n")
}
