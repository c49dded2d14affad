package main

import (
	"path/filepath"
	"testing"
)

// TestTLCSubstitutionTargets runs the specs of model/testdata/tlc/substs
// and compares wspcycle's output with TLC's (rev cc6b616), plain and
// -tool: SANY's errors for the a <- e of an INSTANCE's WITH, reported
// whether or not the instance is used (all of them were checked to "no
// error" before, a spec TLC refuses):
//   - a target that is not a CONSTANT or VARIABLE of the instantiated
//     module: a name it does not know (SbNotTarget), one of its
//     definitions (SbDefTarget), any name for a standard module
//     (SbMixed's INSTANCE Naturals WITH x <- 1), marked at the name, its
//     expression not resolved (SbTwiceExpr's y <- Foo);
//   - a target substituted for twice: marked at the second
//     substitution's expression (SbTwice, SbVarTwice, SbTwiceExpr's
//     K <- (2 +  3));
//   - in the order written, before the declarations nothing substitutes
//     (SbMixed), in a LET and in M(p) == INSTANCE too (SbLet);
//   - for SbM2's CONSTANT F(_), an expression (SbArityExpr: F <- 3), an
//     operator of another arity (SbArityOp: G(a, b)) or a LAMBDA of
//     another arity (SbArityLambda), and for its CONSTANT K a bare
//     operator name (SbArityBare: K <- G with G(a)): SANY's errors, the
//     first two with its position-less "In module --TLA+ BUILTINS--" one;
//     the right arities are checked (SbArityOk).
func TestTLCSubstitutionTargets(t *testing.T) {
	dir := filepath.Join("..", "..", "model", "testdata", "tlc", "substs")
	for _, name := range []string{"SbTwice", "SbNotTarget", "SbDefTarget", "SbVarTwice", "SbMixed", "SbTwiceExpr", "SbLet",
		"SbArityExpr", "SbArityOp", "SbArityBare", "SbArityLambda"} {
		t.Run(name, func(t *testing.T) { tlcGoldenRun(t, dir, name, nil, 150, inSpecDir()) })
	}
	tlcGoldenRun(t, dir, "SbArityOk", nil, 0, inSpecDir())
}
