package eval

import (
	"github.com/wspcycle/wspcycle/tla/ast"
	"github.com/wspcycle/wspcycle/tla/token"
	"github.com/wspcycle/wspcycle/tla/value"
)

// Coverage of [A]_v and of what TLC evaluates as an expression once every
// variable of the next state has a value.
//
// [A]_v: TLC's successor generator (Tool.getNextStatesAppl, OPCODE_sa)
// runs A, then processUnchanged(v), which counts the states generated
// through each variable of v on that variable's node, as for UNCHANGED v.
// v itself is one of TLC's primed locations (Spec.collectPrimedLocs puts
// args[1] of [A]_v), so its line is printed even when it counts nothing
// (a tuple <<x, y>>: 0, its variables under it). Once every variable has
// a value, [A]_v is evaluated as an expression: its node counts, A is
// evaluated, and when A is false v is evaluated in both states (two
// counts on each of v's nodes) and the values compared.
//
// What is left once every variable has a value: TLC pops the pending
// conjuncts (ActionItemList) and evaluates each as an expression
// (Tool.getNextStatesAllAssigned): evalAppl counts the node of every
// operator application it meets, the application of a user-defined
// action, its body's /\, [A]_v, not only the conditions and assignments
// at the leaves that the expanded steps count. Each step therefore
// carries the nodes of the expressions whose expansion starts with it
// (step.covStart): reached once every variable has a value, the step
// starts the evaluation of those expressions, and each counts once.

// boxSub is v of [A]_v compiled as an expression in the current state and
// in the next, for [A]_v's evaluation as an expression.
type boxSub struct{ cur, nxt cx }

// covBox gives the sOr step st of [A]_v (e) its coverage: the node of
// [A]_v, the nodes of v's variables on the steps of the stay branch
// (stay, st.branches[1]), v marked as a primed location, and v compiled
// as an expression for the evaluation once every variable has a value.
// Nothing without coverage or inside ENABLED (whose walk TLC counts
// otherwise).
func (c *compiler) covBox(st *step, e *ast.BoxAction, en cenv) {
	n := c.covHere(e)
	if n == nil || c.inEnabled {
		return
	}
	st.cov = n
	stay := st.branches[1]
	if ns := c.covUnchanged(e.Sub, en, nil); len(ns) == len(stay) {
		for i := range stay {
			stay[i].cov = ns[i]
		}
	}
	if m, ok := n.byKey[ast.Unparen(e.Sub)]; ok {
		m.Primed = true
	}
	cur := c.expr(e.Sub, en)
	ne := en
	ne.primed = true
	nxt := c.expr(e.Sub, ne)
	st.box = &boxSub{cur: cur, nxt: nxt}
}

// boxHolds is [A]_v of the sOr step st evaluated as an expression (every
// variable has a value): A, and when A does not hold v = v'.
func (k *ctx) boxHolds(st *step) (bool, error) {
	if a := st.branches[0]; len(a) > 0 {
		// The probe runs a from its first step as the step probed,
		// which covStarted leaves to whoever reached it: here, no one.
		if k.covMute == 0 {
			for _, n := range a[0].covStart {
				n.count.Add(1)
			}
		}
		ok, err := k.probe(a)
		if err != nil || ok {
			return ok, err
		}
	}
	a, b, err := eval2(k, st.box.cur, st.box.nxt)
	if err != nil {
		return false, err
	}
	eq, err := value.EqualChecked(a, b)
	return eq, wrap(st.pos, err)
}

// covStartAt notes on steps[0] that the expression whose node is n starts
// with it (step.covStart): not for the step's own node, which the step
// counts itself, nor for an UNCHANGED, whose evaluation the variables'
// steps count.
func covStartAt(steps []step, n *CovNode, e ast.Expr) {
	if n == nil || len(steps) == 0 || steps[0].cov == n {
		return
	}
	if u, ok := e.(*ast.Unary); ok && u.Op == token.UNCHANGED {
		return
	}
	steps[0].covStart = append(steps[0].covStart, n)
}

// covStarted counts the evaluation of the expressions the step st starts
// when TLC evaluates them as expressions: in an action, once every
// variable has a value.
func (k *ctx) covStarted(st *step) {
	if k.phase != phaseNext || k.covMute != 0 || k.probing == st || !k.allSet() {
		return
	}
	for _, n := range st.covStart {
		n.count.Add(1)
	}
}

// covMarkUnchanged marks the node of an UNCHANGED wherever it is
// evaluated (an action constraint, an implied action): TLC wraps each
// UNCHANGED of the spec in an UnchangedOpApplNodeWrapper
// (CostModelCreator), printed with its variables' count.
func covMarkUnchanged(n *CovNode, e ast.Expr) {
	if u, ok := e.(*ast.Unary); ok && u.Op == token.UNCHANGED {
		n.Unchanged = true
	}
}

// covStartDrop takes n off the nodes steps[0] starts (covStart): the
// body of an \A in an action, whose evaluation as an item of TLC's list
// covForallItem counts.
func covStartDrop(steps []step, n *CovNode) {
	if n == nil || len(steps) == 0 {
		return
	}
	out := steps[0].covStart[:0]
	for _, m := range steps[0].covStart {
		if m != n {
			out = append(out, m)
		}
	}
	if len(out) == 0 {
		out = nil
	}
	steps[0].covStart = out
}

// unchEval is UNCHANGED e as TLC evaluates it once every variable has a
// value (an item of its list, OPCODE_unchanged of Tool.evalAppl): the
// UNCHANGED's node counts once and each node of e twice, e being
// evaluated in both states; its variables' steps then only compare.
// Reached while a variable has no value yet, its first variable is
// processUnchanged's and each later one an item of TLC's list, which
// counts the states generated through it even once every variable has a
// value (Tool.getNextStatesAllAssigned's UNCHANGED items).
type unchEval struct {
	node *CovNode
	sub  []*CovNode
}

// covUnchSteps gives the steps of the variables of the UNCHANGED whose
// node is n their evaluation as an expression (unchEval).
func covUnchSteps(steps []step, n *CovNode) {
	if n == nil || len(steps) == 0 {
		return
	}
	u := &unchEval{node: n}
	var walk func(m *CovNode)
	walk = func(m *CovNode) {
		for _, ch := range m.Children {
			u.sub = append(u.sub, ch)
			walk(ch)
		}
	}
	walk(n)
	for i := range steps {
		steps[i].covU = u
	}
	steps[0].covUFirst = true
}

// covUStart is the first variable's step st of an UNCHANGED: when every
// variable has a value (all), the UNCHANGED is evaluated as an
// expression and counted so.
func (k *ctx) covUStart(st *step, all bool) {
	if !all || k.phase != phaseNext || k.covMute != 0 {
		k.covUEval = nil
		return
	}
	k.covUEval = st.covU
	st.covU.node.count.Add(1)
	for _, n := range st.covU.sub {
		n.count.Add(2)
	}
}

// covUEvaluated reports whether the variable's step st belongs to the
// UNCHANGED being evaluated as an expression.
func (k *ctx) covUEvaluated(st *step) bool {
	return st.covU != nil && k.covUEval == st.covU
}
