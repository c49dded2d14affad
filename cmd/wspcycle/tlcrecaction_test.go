package main

import (
	"path/filepath"
	"testing"
)

// TestTLCRecursiveAction runs the specs of model/testdata/tlc/recaction
// and compares wspcycle's output with TLC's (rev cc6b616), plain and
// -tool: a RECURSIVE operator whose body assigns variables is an action
// that TLC unfolds (Tool.getNextStates, getInitStates), not a refusal:
//   - a disjunction through the recursion branches, an x' = e assigns
//     (RecStep), a conjunction of assignments over a set (RecInitSet's
//     Next) and a recursive initial predicate (RecInit, RecInitSet);
//   - a recursion whose assignments conflict deadlocks (RecDeadlock); a
//     LET RECURSIVE operator with \E inside (RecLet); UNCHANGED at the
//     bottom (RecUnchanged);
//   - an error at the bottom of the recursion with TLC's nested
//     positions, the application in Next not among them (RecDivErr);
//   - the split of Next into actions unfolds the application as TLC's
//     getActions does, so the trace names Step(1) with the part of its
//     body (RecSplit, RecSplitIf, RecSplitNested, RecSplitLoop);
//   - WF_x and ENABLED of a recursive action (RecFair); a recursive
//     condition on the variables in the initial predicate (RecInitCheck);
//   - a recursive action applied through an instance, M!Step(1) with
//     M == INSTANCE RecA, alone or WITH x <- y (RecInstance,
//     RecInstanceSubst; TLC names the action M!Step(1) at the INSTANCE),
//     and one whose action comes from an operator parameter, A(F(_), n)
//     == F(n) \/ (n < 3 /\ A(F, n + 1)) applied to a LAMBDA (RecLambda,
//     and in the initial predicate RecLambdaInit) or to a defined
//     operator (RecOpArg): wspcycle refused these as unsupported;
//   - a RECURSIVE operator without parameters whose value never ends,
//     R == <<a, R>>, is TLC's StackOverflowError where it is evaluated,
//     not a refusal at load: under UNCHANGED R in Next (RecZeroUnch,
//     1005 with the trace, exit 255), in an invariant on the initial
//     state (RecZeroInv, 1000 with the state and an empty stack, 75).
func TestTLCRecursiveAction(t *testing.T) {
	dir := filepath.Join("..", "..", "model", "testdata", "tlc", "recaction")
	for _, tc := range []struct {
		name string
		code int
	}{
		{"RecStep", 0}, {"RecInit", 0}, {"RecInitSet", 0}, {"RecDeadlock", 11},
		{"RecLet", 11}, {"RecDivErr", 255}, {"RecUnchanged", 12}, {"RecSplit", 12},
		{"RecSplitIf", 12}, {"RecSplitNested", 12}, {"RecSplitLoop", 12},
		{"RecFair", 0}, {"RecInitCheck", 0}, {"RecZeroUnch", 255}, {"RecZeroInv", 75},
		{"RecInstance", 12}, {"RecInstanceSubst", 12}, {"RecLambda", 12}, {"RecOpArg", 12}, {"RecLambdaInit", 12},
	} {
		t.Run(tc.name, func(t *testing.T) { tlcGoldenRun(t, dir, tc.name, nil, tc.code, inSpecDir()) })
	}
}
