package main

import (
	"path/filepath"
	"testing"
)

// TestTLCStacks runs the specs of model/testdata/tlc/stacks and compares
// wspcycle's output with TLC's (rev cc6b616), plain and -tool: each fails
// in an evaluation, and TLC prints the stack of nested expressions it was
// evaluating (2103) or its fingerprint stack (2147), which depend on how
// its generators walk Init and Next:
//   - ExInitBody: Init == \E i \in {1} : i, a body that is not a boolean
//     while a variable has no value: getInitStatesAppl pushed the body
//     before it looked it up, so it stays on the stack (once every
//     variable has a value it is evaluated and popped: evalerrors'
//     UInitVar);
//   - ExNextLiteral: Next == \E i \in {1} : 1: getActions fails on the
//     literal body and keeps the \E one action, so the \E is on the stack
//     before its body; ExNextStateSet: the same for a \E whose set reads
//     the state (Next == \E i \in x..x : ...), which TLC cannot expand at
//     startup; ExNextExpanded: a \E it expands names its body alone;
//     inside a \E kept whole, a disjunction (ExNextStateOr) and an inner
//     \E (ExNextStateInner) are pushed too; ExNextInnerState: a \E
//     expanded around one kept whole; the applications of operators
//     the split went into inside it (ExNextStateApp, ExNextStateAppOr,
//     ExNextStateApps: A(i), then B(i+0) in A's body), not those around
//     it (AppExNextState, AppExNextStateOr: Next == A(2) with A(y) == \E
//     i \in x..x : ...);
//   - AllInitLiteral, AllNextLiteral: \A i \in {1} : 1 as Init or Next,
//     TLC's "The init/next state relation is not a boolean expression."
//     with the \A and the literal on the stack (wspcycle evaluated the \A
//     as one condition and worded it as a quantifier's body);
//     AllInitAssigned: the same after x = 0, evaluated as an expression;
//   - once every variable has a value, TLC evaluates each pending item
//     of the action as an expression, pushed while it is:
//     ExInitAssigned and ExNextAssigned (a \E), LetInit, LetNext (a LET,
//     then its body), LetAssign (LET ... IN x = t[3]), EqInitAssigned,
//     EqNextAssigned (x = e and x' = e checked against the value
//     assigned), InInitAssigned, InNextAssigned (x \in S, x' \in S),
//     OpBodyInit, OpInitAssigned, OpNextAssigned, OpExistsInit (an
//     operator's application, then its body, a \A or \E whose set
//     fails); an item that is not a boolean is checked after eval
//     returned it, off the stack (boolwording's NBDef2);
//   - a function constructor is a value TLC evaluates only when a method
//     needs it (FcnLambdaValue): an error in its body met printing it
//     (FcnPrint, FcnOpPrint: through an operator, FcnOpInTuple: inside a
//     tuple) or assigning it in Init (FcnInitAssigned) is TLC's 2147,
//     FcnPrintSourced its 2147 naming the tuple that failed; applied at
//     once ([i \in S |-> e][1], FcnApplied) the constructor is no longer
//     on the stack when the body is evaluated; its domain TLC evaluates
//     in the constructor (FcnDomainOp: 2103);
//   - S \cup T of elements TLC cannot compare: TLC keeps the union
//     unevaluated (SetCupValue) and fails normalising it, its 2147
//     naming the \cup before the set and the element that failed
//     (CupInitAssigned, CupMixedInit, CupMixedNext: assigned to x or x';
//     CupMixedIn: x \in {S \cup T}); LetCapPrint, a LET whose set is
//     printed through \cap once every variable has a value;
//   - UNCHANGED of a tuple while a variable has no value: TLC's
//     processUnchanged pushes the tuple, then each element, the elements
//     after the first as items of the continuation, so that the
//     comparison that fails names them all: UnchTuple (UNCHANGED <<y,
//     x>>), UnchDef (UNCHANGED vars: vars, its body, x), UnchNested
//     (<<y, <<x>>>>: the inner tuple's frames once every variable has a
//     value too), UnchFirst (the UNCHANGED first, x' = e failing after).
func TestTLCStacks(t *testing.T) {
	dir := filepath.Join("..", "..", "model", "testdata", "tlc", "stacks")
	for name, code := range map[string]int{
		"ExInitBody":       75,
		"ExNextLiteral":    75,
		"ExNextStateSet":   75,
		"ExNextExpanded":   75,
		"AllInitLiteral":   75,
		"AllNextLiteral":   75,
		"AllInitAssigned":  75,
		"ExInitAssigned":   75,
		"ExNextAssigned":   75,
		"LetInit":          75,
		"LetAssign":        75,
		"LetNext":          75,
		"EqInitAssigned":   75,
		"EqNextAssigned":   75,
		"InInitAssigned":   75,
		"InNextAssigned":   75,
		"FcnPrintSourced":  75,
		"FcnApplied":       75,
		"FcnOpPrint":       75,
		"FcnOpInTuple":     75,
		"FcnPrint":         75,
		"FcnInitAssigned":  75,
		"CupInitAssigned":  75,
		"CupMixedInit":     75,
		"CupMixedNext":     75,
		"CupMixedIn":       75,
		"LetCapPrint":      75,
		"UnchTuple":        75,
		"UnchDef":          75,
		"UnchNested":       75,
		"UnchFirst":        75,
		"OpInitAssigned":   75,
		"OpNextAssigned":   75,
		"OpBodyInit":       75,
		"OpExistsInit":     75,
		"FcnDomainOp":      75,
		"ExNextStateOr":    75,
		"ExNextStateInner": 75,
		"ExNextInnerState": 75,
		"ExNextStateApp":   75,
		"ExNextStateAppOr": 75,
		"ExNextStateApps":  75,
		"AppExNextState":   75,
		"AppExNextStateOr": 75,
	} {
		t.Run(name, func(t *testing.T) { tlcGoldenRun(t, dir, name, nil, code, inSpecDir()) })
	}
}
