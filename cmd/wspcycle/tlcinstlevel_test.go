package main

import (
	"path/filepath"
	"testing"
)

// TestTLCInstanceLevel runs the specs of model/testdata/tlc/instlevel and
// compares wspcycle's output with TLC's (rev cc6b616), plain and -tool:
// SANY's level check of INSTANCE ... WITH (InstanceNode.levelCheck). In a
// module that declares a VARIABLE, what is substituted for a CONSTANT
// must be constant (a LAMBDA that primes, InstLvLambda; an action
// operator's name, InstLvOpName; a variable, InstLvConstVar; ENABLED,
// InstLvEnabled) and for a VARIABLE at most a state function
// (InstLvVarPrime): "Level error in instantiating module" at the whole
// statement, exit 150. A constant module takes anything (InstLvConstMod)
// and a parameter of M(p) == INSTANCE is constant (InstLvParam). A
// definition of another module whose bound variable is named as one of
// this module's variables (InstLvPick's Pick(s) == CHOOSE i \in ... with
// VARIABLE i here) is constant, in the substitution and in an ASSUME
// (InstLvBoundName; the Examples' TestGraphs, through IOUtils' atoi). A
// name is bound only in its binder's body, and a LET definition and its
// parameters bind too: InstLvLetM's Twice(s) == LET F(i) == i + i IN
// F(s), One == (LET i == 1 IN i) * (CHOOSE i \in {1} : TRUE) and a LET
// recursive function over i are constant where the root declares
// VARIABLE i (InstLvLetName, exit 0; wspcycle refused them as reading
// i), while the root's own read of i is still a level error
// (InstLvLetVar, 150).
// The parameter p of M(p) == INSTANCE InstLvInner WITH K <- p, ... takes
// a constant only, since it is substituted for a CONSTANT: M(v)!Val with
// v a variable is "Level error in applying operator M!Val"
// (InstLvArgVar), M(k)!Val with k bound by \E is checked
// (InstLvArgConst). A parameter not named in WITH is substituted by the
// definition of its name, level-checked the same (InstLvImplicit: F(a)
// == a + v for CONSTANT F(_)).
func TestTLCInstanceLevel(t *testing.T) {
	dir := filepath.Join("..", "..", "model", "testdata", "tlc", "instlevel")
	for _, tc := range []struct {
		name string
		code int
	}{
		{"InstLvLambda", 150}, {"InstLvOpName", 150}, {"InstLvConstVar", 150}, {"InstLvEnabled", 150},
		{"InstLvVarPrime", 150}, {"InstLvConstMod", 11}, {"InstLvParam", 11},
		{"InstLvBoundName", 0}, {"InstLvLetName", 0}, {"InstLvLetVar", 150},
		{"InstLvArgVar", 150}, {"InstLvArgConst", 12}, {"InstLvImplicit", 150},
	} {
		t.Run(tc.name, func(t *testing.T) { tlcGoldenRun(t, dir, tc.name, nil, tc.code, inSpecDir()) })
	}
}
