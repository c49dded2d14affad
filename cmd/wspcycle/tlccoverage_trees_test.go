package main

import (
	"path/filepath"
	"testing"
)

// TestTLCCoverageTrees compares `wspcycle tlc -coverage 1` with TLC's run
// kept in model/testdata/tlc/coverage (TLC rev cc6b616), plain and -tool,
// line for line, on the trees inside one action (each spec's comment says
// what TLC does and why):
//
//   - CovLetUse: a LET met by TLC's initial-state or successor generator
//     binds nothing: each use of a definition without parameters lists and
//     counts its body (Examples' Moving_Cat_Puzzle next_box,
//     CigaretteSmokers' r). It was listed once where the LET is, counted
//     once per evaluation of the LET. A \E whose body is a LET lists the
//     LET's body before its set (Examples' chang_roberts n1), which came
//     first.
//   - CovLambda: a LAMBDA passed to an operator is one node under the
//     application and under each application of the parameter, counting
//     every evaluation of its body (in a LET evaluated at each use, its
//     nodes count on the parameter's application instead: Examples'
//     CigaretteSmokers ChooseOne); a constant argument is counted once per
//     application. The LAMBDA was not listed, nor the constant argument.
//     The search ends in a deadlock (y = 3).
//   - CovLetOrder: a LET's definitions are listed where the LET is in the
//     order of TLC's Hashtable of them (they were in the order written);
//     a definition whose body is a LET, at an invariant's root, lists the
//     inner definitions under their use (Examples' Prisoners); a PROPERTY
//     []P is reported as an invariant "<Action" with P's tree. The search
//     ends in a deadlock (x = 3).
//   - CovOrProbe: a disjunction conjunct met once every primed variable
//     has a value is evaluated as an expression: its node counts each
//     evaluation, its disjuncts under it (they were listed in its place).
func TestTLCCoverageTrees(t *testing.T) {
	dir := filepath.Join("..", "..", "model", "testdata")
	for _, tc := range []struct {
		name string
		exit int
	}{{"CovLetUse", 0}, {"CovLambda", 11}, {"CovLetOrder", 11}, {"CovOrProbe", 0}} {
		requireInOutput(t, filepath.Join(dir, "tlc", "coverage", tc.name+".text.out"), "End of statistics.")
		tlcGoldenRunIn(t, dir, filepath.Join(dir, "tlc", "coverage"), tc.name, []string{"-coverage", "1"}, tc.exit)
	}
}
