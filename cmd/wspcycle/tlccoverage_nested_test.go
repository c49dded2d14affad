package main

import (
	"path/filepath"
	"testing"
)

// TestTLCCoverageNested compares `wspcycle tlc -coverage 1` with TLC's
// runs kept in model/testdata/tlc/coverage (TLC rev cc6b616), plain and
// -tool, on specs whose sets TLC keeps inside other values:
//
//   - CovFcnSets (its comment says what): sets stored as the values of a
//     function cost on the constructor that built them wherever a later
//     state enumerates them (tla/eval's covnested.go); an enumerated
//     UNION costs on its operand's node; a \E TLC does not expand whose
//     whole tree counts one number is one line at the \E. The {} of
//     Init, Add's {v} and UNION's operand counted nothing, and Rem was
//     two lines.
//
//   - CovAppSet (its comment says what): a set built by the body of the
//     definition an application names (Nbrs(x)) costs there when its
//     parent enumerates it, as a set written in place does; a \E of an
//     action run by ENABLED stops at the first successor, having
//     fetched one element more (the body counted nothing).
//
//   - CovLetSet (its comment says what): a LET definition's set
//     constructor listed under a use a binder enumerates costs there; the
//     sets x \in {{1, 2}, {3}} stores keep their nodes (both counted
//     nothing).
//
//   - CovLetStore (its comment says what): a LET definition's set
//     constructor whose use an EXCEPT stores keeps its node, costing
//     where later states enumerate it (it counted nothing).
//
//   - CovChoose (its comment says what): CHOOSE's loop fetches its set's
//     elements up to the one it returns; it was costed one more, as a
//     \E that stops is.
//
//   - CovArgSet (its comment says what): a set constructor passed to an
//     operator costs what the body's binders over the parameter fetch
//     (it counted nothing).
//
//   - CovCupEnum (its comment says what): a binder over S \cup T while S
//     is empty enumerates T's value, costing on T's constructor or on
//     the one a variable's value came from (it counted nothing).
//
//   - CovSetOps (its comment says what): S \ T and S \cap T keep S's
//     node, and S \cup T enumerates T's value on its node whatever T's
//     form (a function's value, a filter).
//
//   - CovSetPass (its comment says what): an empty S \cup (f[1] \ {k})
//     passes f[1]'s node on to the stored value, and {k} \cup d costs on
//     the action's LET d's filter under that use (both counted nothing).
//
//   - CovOrigApp (its comment says what): a set filter an assignment
//     stores, in place or as the body of an applied definition, also as
//     a function's value, costs on the filter where later states
//     enumerate it (the filters counted no cost: MCEcho's nbrs).
func TestTLCCoverageNested(t *testing.T) {
	dir := filepath.Join("..", "..", "model", "testdata")
	for _, name := range []string{"CovFcnSets", "CovAppSet", "CovLetSet", "CovLetStore", "CovChoose", "CovArgSet", "CovCupEnum", "CovSetOps", "CovSetPass", "CovOrigApp"} {
		requireInOutput(t, filepath.Join(dir, "tlc", "coverage", name+".text.out"), "End of statistics.")
		tlcGoldenRunIn(t, dir, filepath.Join(dir, "tlc", "coverage"), name, []string{"-coverage", "1"}, 0)
	}
}
