package main

import (
	"path/filepath"
	"strings"
	"testing"
)

// TestTLCCoverageSubst compares `wspcycle tlc -coverage 1` with TLC's run
// of CovSubst (model/testdata/tlc/coverage, TLC rev cc6b616): a
// SPECIFICATION written in an instance with substitutions, whose Next TLC
// keeps whole as one action named "Action" at the INSTANCE statement,
// listing the leaves' trees with each \E's set and application's
// arguments after the body they enter (CovSubst.tla derives the counts).
//
// TLC also lists, first in that tree, a line per substitution (x <- x,
// y <- y: at the INSTANCE statement, counting the reads of the variable
// through it: 10 and 32); wspcycle does not count substitutions yet, so
// the lines located at the INSTANCE statement without a header are left
// out of both outputs. Every other line must be TLC's.
func TestTLCCoverageSubst(t *testing.T) {
	dir := filepath.Join("..", "..", "model", "testdata")
	requireInOutput(t, filepath.Join(dir, "tlc", "coverage", "CovSubst.text.out"), "<Action line 10, col 1 to line 10, col 22 of module CovSubst>")
	tlcGoldenRunIn(t, dir, filepath.Join(dir, "tlc", "coverage"), "CovSubst", []string{"-coverage", "1"}, 0,
		comparing(func(out string) string { return dropSubstLines(coverageReport(out)) }))
}

func dropSubstLines(report string) string {
	const at = "  line 10, col 1 to line 10, col 22 of module CovSubst: "
	lines := strings.Split(report, "\n")
	var out []string
	for i := 0; i < len(lines); i++ {
		if strings.HasPrefix(lines[i], at) {
			if n := len(out); n > 0 && strings.HasPrefix(out[n-1], "@!@!@STARTMSG") {
				out = out[:n-1]
				if i+1 < len(lines) && strings.HasPrefix(lines[i+1], "@!@!@ENDMSG") {
					i++
				}
			}
			continue
		}
		out = append(out, lines[i])
	}
	return strings.Join(out, "\n")
}
