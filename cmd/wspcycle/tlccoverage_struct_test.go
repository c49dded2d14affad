package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestTLCCoverageStructure compares `wspcycle tlc -coverage 1` with TLC's
// run kept in model/testdata/tlc/coverage (TLC rev cc6b616), plain and
// -tool, on specs whose report's entries (not their counts) differed from
// TLC's once (Examples' MCEcho, MC_spanning, SimpleMath):
//
//   - CovInit2, CovInitPrint, CovInitInl: each state-level conjunct of the
//     specification is an initial predicate with an entry of its own, an
//     unnamed one labelled "Action" with its range, the states counted on
//     the conjunct that completed them; they were one "Init" entry.
//   - CovExtIf: an action defined in an EXTENDed module, an IF under \E,
//     carries TLC's (l c l c) part; it was missing.
//   - CovArgOrd: the arguments of an application are listed in source
//     order (Examples' Queens: Attacks(Append(queens, c), i, nxtQ)); they
//     were listed where the body first used them (q[i]: i before q).
//   - CovNoVars, CovInitEmpty: a model without action (no INIT and no
//     NEXT; INIT without NEXT that finds no initial state) prints no
//     report, TLC returning before its search; we printed "<>: 0:0", and
//     said "No next state actions" where TLC reports success.
func TestTLCCoverageStructure(t *testing.T) {
	dir := filepath.Join("..", "..", "model", "testdata")
	for _, name := range []string{"CovInit2", "CovInitPrint", "CovInitInl", "CovExtIf", "CovArgOrd", "CovNoVars", "CovInitEmpty"} {
		data, err := os.ReadFile(filepath.Join(dir, "tlc", "coverage", name+".text.out"))
		if err != nil {
			t.Fatal(err)
		}
		report := strings.Contains(string(data), "End of statistics.")
		if noReport := name == "CovNoVars" || name == "CovInitEmpty"; report == noReport {
			t.Fatalf("%s: TLC's output has a report: %v", name, report)
		}
		tlcGoldenRunIn(t, dir, filepath.Join(dir, "tlc", "coverage"), name, []string{"-coverage", "1"}, 0)
	}
}
