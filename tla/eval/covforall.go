package eval

import "github.com/wspcycle/wspcycle/tla/ast"

// \A x \in S : A in an action (TLC's Tool.getNextStates, OPCODE_bf): TLC
// goes on with A for the first element, after pushing A for each other
// element on its list of conjuncts still to do. Its coverage tree has A's
// node under the \A's (covBodyFirst), which counts nothing while TLC
// generates states through it; but a conjunct taken from the list once
// every variable has a value is evaluated as a formula
// (getNextStatesAllAssigned, Tool.eval): A's node counts that evaluation,
// and so do, inside A, each conjunct evaluated (up to the first false one)
// and the x' of an assignment x' = e or x' \in S, read as a value there.
// CovForall: \A i \in {1, 2} : x' = (x + i) % 3 /\ y' = y counts, in the
// one state, A's node 1 (for i = 2), x' = (x + i) % 3 1 and its x' 1, and
// y' = y nothing more (x' = 2 is false).

// covForallBody is the node of the body of the \A e in an action, made
// under the current node (the \A's) by covBodyFirst: nil without coverage.
func (c *compiler) covForallBody(e *ast.Quant) *CovNode {
	if c.cov == nil {
		return nil
	}
	return c.cov.byKey[covUnwrap(e.Body)]
}

// covForallItem counts, for the \A step st whose body is taken for an
// element after the first (an item of TLC's list), the evaluation of the
// body as a formula when every variable has a value.
func (k *ctx) covForallItem(st *step) {
	if k.covMute == 0 && k.phase == phaseNext && k.allSet() {
		st.cov.count.Add(1)
	}
}

// covAssignLHS makes, for the assignment step st of an action (x' = e,
// x' \in S), the node of x' under the step's, before e's (SANY's order).
func (c *compiler) covAssignLHS(st *step, lhs ast.Expr, en cenv) {
	if st.cov == nil || en.init || !covKind(lhs) {
		return
	}
	if _, ok := st.cov.byKey[lhs]; ok {
		return
	}
	n := st.cov.child(lhs, lhs, lhs)
	kids := st.cov.Children
	copy(kids[1:], kids[:len(kids)-1])
	kids[0] = n
	st.covLHS = n
}

// covLHSEval counts the evaluation of x' of the assignment step st, read
// as a value when the conjunct is evaluated as a formula.
func (k *ctx) covLHSEval(st *step) {
	if st.covLHS != nil && k.phase == phaseNext {
		st.covLHS.count.Add(1)
	}
}

// covFalseFormula counts the assignment step st found false when every
// variable has a value (all): TLC evaluated the conjunct, and its x'.
func (k *ctx) covFalseFormula(st *step, all bool) {
	if !all || st.kind == sUnchanged || k.phase != phaseNext {
		return
	}
	st.cov.count.Add(1)
	k.covLHSEval(st)
}
