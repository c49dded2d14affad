package main

import (
	"path/filepath"
	"testing"
)

// TestTLCStacksArgs runs the specs of model/testdata/tlc/stacks whose
// stack depends on how TLC applies operators and splits Next, and
// compares wspcycle's output with TLC's (rev cc6b616), plain and -tool:
//   - an operator passed as an argument is applied as a value: the
//     application f(1, "a") in Op's body is pushed, and then nothing for
//     a symbol (OpArgPlus, OpArgPlusInit: Op(+), Naturals.Plus failing),
//     the body of a named operator (OpArgNamed) or of a LAMBDA
//     (OpArgLambda);
//   - TLC's getActions goes into an application of Next only when every
//     argument is of constant level (an operator argument counts its
//     operator's level): AppConstArg (A(1)) and OpArgConstLambda (a
//     LAMBDA of constant level) are split, the action's body pushed
//     first; AppStateArg (A(x + 1)), OpArgAction (Op(St), St an action)
//     and OpArgLambdaAction (a LAMBDA with a prime) are one action each,
//     the application pushed first;
//   - a \E of Next whose constant bound fails to evaluate is one action
//     (getActions' catch): the \E pushed, then the bound
//     (ExNextBoundFails, a set filter whose predicate fails).
func TestTLCStacksArgs(t *testing.T) {
	dir := filepath.Join("..", "..", "model", "testdata", "tlc", "stacks")
	for _, name := range []string{
		"ExNextBoundFails", "OpArgPlus", "OpArgPlusInit", "OpArgNamed", "OpArgLambda",
		"OpArgAction", "OpArgLambdaAction", "AppStateArg", "AppConstArg", "OpArgConstLambda",
	} {
		t.Run(name, func(t *testing.T) { tlcGoldenRun(t, dir, name, nil, 75, inSpecDir()) })
	}
}
