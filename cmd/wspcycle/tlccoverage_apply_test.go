package main

import (
	"path/filepath"
	"testing"
)

// TestTLCCoverageApply compares `wspcycle tlc -coverage 1` with TLC's runs
// kept in model/testdata/tlc/coverage (TLC rev cc6b616), plain and -tool,
// on small specs isolating how TLC counts applications of functions:
//
//   - CovLazyApp: f[a] of a definition whose body is a function
//     constructor (or of a constant the cfg replaces by one) evaluates the
//     body at a only, TLC's FcnLambdaValue being applied, not tabulated
//     (MCDieHarder's Capacity[j] counted the CASE on both jugs).
//   - CovArgRef, CovArgAsg: an operator applied as (part of) an action
//     binds its arguments to LazyValues, each counted once per
//     application however often the body reads it, also in disjuncts
//     assigning a variable (MissionariesAndCannibals' IsSafe(newThisBank)
//     counted newThisBank at each of IsSafe's three reads of S).
//   - CovExArg: a \E over a set read from the state is one action of
//     TLC's, which lists the arguments of an application inside it after
//     the application's body (MissionariesAndCannibals' Move(S,
//     bank_of_boat) listed no S nor bank_of_boat).
func TestTLCCoverageApply(t *testing.T) {
	dir := filepath.Join("..", "..", "model", "testdata")
	for _, name := range []string{"CovLazyApp", "CovArgRef", "CovArgAsg", "CovExArg"} {
		requireInOutput(t, filepath.Join(dir, "tlc", "coverage", name+".text.out"), "End of statistics.")
		tlcGoldenRunIn(t, dir, filepath.Join(dir, "tlc", "coverage"), name, []string{"-coverage", "1"}, 0)
	}
}
