package main

import (
	"path/filepath"
	"testing"
)

// TestTLCCoverageEvalItems compares `wspcycle tlc -coverage 1` with TLC's
// runs kept in model/testdata/tlc/coverage (TLC rev cc6b616), plain and
// -tool, on what TLC evaluates as an expression once every variable of
// the next state has a value, and on [A]_v (each spec's comment says
// what; found on tlaplus/Examples' MCRealTimeHourClock and MCtcp):
//
//   - CovBoxSub: [A]_v counts the states generated through v's variables
//     on their nodes and lists v even when it counts nothing; evaluated
//     as an expression, its node, A's and v's count (v's were missing).
//   - CovAllSet: the application of a definition, its body's /\ and a
//     parenthesized /\ evaluated as pending conjuncts count (they did
//     not: their conditions were listed one level up).
//   - CovUnchItem: UNCHANGED evaluated as an expression counts its node
//     and its variables' (twice); a later variable of a tuple reached
//     then counts the states through it; an UNCHANGED outside an action
//     (MCtcp's action constraint) prints its variables' count alone.
//   - CovRecSites: a RECURSIVE operator's body is listed under each place
//     it is applied from, with that place's counts (it was listed once,
//     with all of them: glowingRaccoon product's sumList).
//   - CovInitCons: an initial state outside the CONSTRAINT counts as a
//     distinct initial state of Init's coverage (LearnProofs'
//     MCFindHighest: 781 where we said 156).
func TestTLCCoverageEvalItems(t *testing.T) {
	dir := filepath.Join("..", "..", "model", "testdata")
	for _, g := range []struct {
		name string
		code int // TLC's exit code
	}{{"CovBoxSub", 0}, {"CovAllSet", 0}, {"CovUnchItem", 0}, {"CovRecSites", 11}, {"CovInitCons", 0}} {
		requireInOutput(t, filepath.Join(dir, "tlc", "coverage", g.name+".text.out"), "End of statistics.")
		tlcGoldenRunIn(t, dir, filepath.Join(dir, "tlc", "coverage"), g.name, []string{"-coverage", "1"}, g.code)
	}
}
