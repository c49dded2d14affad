package main

import (
	"path/filepath"
	"testing"
)

// TestTLCCoverageInstance compares `wspcycle tlc -coverage 1` with TLC's
// runs (TLC rev cc6b616) kept in testdata/covinst, plain and -tool, on
// specs whose Init, Next and invariant are definitions of an instance
// with substitutions (each spec's comment says what TLC reports):
//
//   - CovInstDecl: INSTANCE without a name. Init, Next and TypeOK keep
//     their names and are located at the INSTANCE statement (line 11):
//     "<Next line 11, col 1 to line 11, col 53 of module CovInstDecl>:
//     7:14"; they were named "Action" and located in CovInstInner.
//   - CovInstNamed: I == INSTANCE and J(m) == INSTANCE. Next's actions are
//     "<I!Next line 11, col 1 to line 11, col 1 ...>" and "<J!Inc line 12,
//     col 1 to line 12, col 4 ...>" (the heads I and J(m)); they were
//     "Action" at the whole statement.
//   - CovInstOrder: six implicit substitutions, listed in the order of the
//     instantiated module's SANY symbol table (model's covinstorder.go),
//     told apart by their counts 2, 5, 1, 6, 3, 4.
//   - CovInstCached: an invariant of the instance reads each substituted
//     name three times, counted once per state (TLC caches the LazyValues
//     there), a constant's reads too, though they are folded.
//   - CovForall: \A in actions, whose body TLC evaluates as a formula for
//     the elements after the first once every variable has a value (the
//     body's node, its conjuncts and the x' of an assignment count), and
//     an \E TLC keeps whole whose set, read from the state, costs on the
//     set constructor its value came from.
//   - CovSubstDef: constant definitions of the instantiated module (S ==
//     1 .. K), which TLC evaluates at each use, reading K there (21),
//     not once at load (6); Pairs == S \X S of the instantiating module,
//     evaluated at load, reads nothing in the search.
//   - CovInstWithOrder: an explicit substitution of a name the
//     instantiating module has (B <- B + 0) keeps the place of the
//     implicit one SANY made first; the others (v <- p) follow. All
//     explicit ones were listed after the implicit ones.
//
// TLC also lists the substitution expressions (x, y, 1 + 2, m), written
// on the INSTANCE lines, in the last tree its CostModelCreator walked
// through them (TypeOK; I!Next and J!Inc), counting all their evaluations
// (tla/eval's covinst.go): CovInstDecl's x 22, y 16, 1 + 2 16.
func TestTLCCoverageInstance(t *testing.T) {
	dir := filepath.Join("testdata", "covinst")
	for _, name := range []string{"CovInstDecl", "CovInstNamed", "CovInstOrder", "CovInstCached", "CovForall", "CovSubstDef", "CovInstWithOrder"} {
		requireInOutput(t, filepath.Join(dir, name+".text.out"), "of module "+name+">: ")
		tlcGoldenRun(t, dir, name, []string{"-coverage", "1"}, 0)
	}
}
