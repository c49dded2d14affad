package main

import (
	"path/filepath"
	"testing"
)

// TestTLCCoverageSubsetBind compares `wspcycle tlc -coverage 1` with TLC's
// run of CovSubsetBind (TLC rev cc6b616), plain and -tool: the subsets a
// binder takes from SUBSET T keep SUBSET T's node, and their later
// enumerations cost there (eval's covsubsetbind.go; MissionariesAndCannibals'
// \E S \in SUBSET who_is_on_bank[bank_of_boat]): as \cup's right operand,
// as \subseteq's left one (up to its first element outside) through a
// parameter, a LET, a \cup with an empty left operand, a \ and a function
// stored in the state; bound by an action's \E, an invariant's \A and a
// set map.
func TestTLCCoverageSubsetBind(t *testing.T) {
	dir := filepath.Join("..", "..", "model", "testdata")
	requireInOutput(t, filepath.Join(dir, "tlc", "coverage", "CovSubsetBind.text.out"), "End of statistics.")
	tlcGoldenRunIn(t, dir, filepath.Join(dir, "tlc", "coverage"), "CovSubsetBind", []string{"-coverage", "1"}, 0)
}

// TestTLCCoverageSubsetOfSubsets compares `wspcycle tlc -coverage 1` with
// TLC's run of CovSubSub (TLC rev cc6b616), plain and -tool: x \in a filter
// of SUBSET (SUBSET N) costs the enumerated SUBSET N on its node once per
// enumeration, and the subsets of N inside the subset x takes keep that
// node, later enumerations costing there (SpanTreeTest4Nodes' SUBSET
// Nodes: 1 against TLC's 1:50344).
func TestTLCCoverageSubsetOfSubsets(t *testing.T) {
	dir := filepath.Join("..", "..", "model", "testdata")
	requireInOutput(t, filepath.Join(dir, "tlc", "coverage", "CovSubSub.text.out"), "End of statistics.")
	tlcGoldenRunIn(t, dir, filepath.Join(dir, "tlc", "coverage"), "CovSubSub", []string{"-coverage", "1"}, 0)
}
