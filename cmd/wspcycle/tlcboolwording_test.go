package main

import (
	"path/filepath"
	"testing"
)

// TestTLCBoolWording runs the specs of model/testdata/tlc/boolwording and
// compares wspcycle's output with TLC's (rev cc6b616), plain and -tool:
//   - an operand of P => Q that is not a boolean: "Attempted to evaluate
//     an expression of form P => Q when P was\nan integer." (Q when Q),
//     P <=> Q "... when P or Q was not a boolean.", each with the range
//     of the whole expression, which is on the stack, in Init, Next and
//     an invariant (Imp1-4, Equ1-3);
//   - the body of \E or \A that is not a boolean: in an invariant, a
//     property or once every variable of Next has a value, TLC's 2215
//     with the quantifier's range (ExNB3, ExNB5, ExNB6); a body hoisted
//     out of Init's \E is a conjunct of the initial predicate (ExNB1);
//   - a literal conjunct of Next once every variable has a value is 2247,
//     "In computing next states, TLC expected a boolean expression", not
//     "The next state relation is not a boolean expression." (NBAnd1,
//     NBAnd2, NBStr1); a definition whose body is one such condition is
//     named by its use (NBSet1, NBDef2);
//   - a variable read by Init before it has a value is TLC's 2280, "In
//     evaluation, the identifier x is either undefined or not an
//     operator." (Case1); a conjunct x alone is 2247 naming x's
//     declaration (InitVar, InitVar3);
//   - an unbounded CHOOSE, \E or \A: TLC's message with the whole
//     expression's range (Choose1-3, UnbE, UnbA, UnbEN);
//   - v \in BOOLEAN for a non-boolean v: v.compareTo(TRUE) (InB1-3, InB7),
//     raised in v's method when v is a set or a tuple (InB5, InB6: 2147);
//   - a Q of P => Q in Init once every variable has a value is evaluated
//     once, its Print and TLCSet too (ImpOnce1: one print; ImpOnce2: an
//     invariant reading the register TLCSet counted holds);
//   - a literal disjunct taken as an action after its action yielded
//     successors: TLC counts those twice in "states generated" (NBOr1-3),
//     not so for an IF that is no boolean (NBOr4);
//   - an IF or a P => Q pending once every variable has a value is
//     evaluated as one expression: a branch or Q that is no boolean is
//     named by the IF's range (NBOr4), is P => Q's error (NBImp1);
//   - a use of a definition the cfg replaced with a constant-level
//     operator (D <- [M] Op, D <- Op) is one condition, Op's body
//     evaluated again at the use and the use named (OvrUse, OvrUse2);
//     one that mentions the state is expanded (OvrUse3).
func TestTLCBoolWording(t *testing.T) {
	dir := filepath.Join("..", "..", "model", "testdata", "tlc", "boolwording")
	for _, name := range []string{
		"Imp1", "Imp2", "Imp3", "Imp4", "Equ1", "Equ2", "Equ3", "ExNB1", "ExNB3", "ExNB5", "ExNB6",
		"NBAnd1", "NBAnd2", "NBSet1", "NBStr1", "NBDef2", "InitVar", "InitVar3", "Case1",
		"Choose1", "Choose2", "Choose3", "UnbE", "UnbA", "UnbEN", "InB1", "InB2", "InB3", "InB5", "InB6", "InB7",
		"NBOr1", "NBOr2", "NBOr3", "NBOr4", "NBImp1", "OvrUse", "OvrUse2",
	} {
		t.Run(name, func(t *testing.T) { tlcGoldenRun(t, dir, name, nil, 75, inSpecDir()) })
	}
	// A replacement that mentions the state is expanded as before.
	for _, name := range []string{"ImpOnce1", "ImpOnce2", "OvrUse3"} {
		t.Run(name, func(t *testing.T) { tlcGoldenRun(t, dir, name, nil, 0, inSpecDir()) })
	}
}
