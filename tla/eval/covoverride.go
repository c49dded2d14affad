package eval

import (
	"github.com/wspcycle/wspcycle/tla/ast"
	"github.com/wspcycle/wspcycle/tla/value"
)

// A name the cfg replaces by a definition (C <- Op) is, in TLC's coverage
// tree, an application whose operator TLC looks up to another definition:
// CostModelCreator walks that definition's body apart and hangs its tree
// under each use of the name (MCPaxos' Acceptor <- MCAcceptor lists
// MCAcceptor's {a1} under each Acceptor). Tool.evalAppl evaluates the body
// at each use, not the value processConstantDefns computed, so the body's
// nodes count once per evaluation of the name, its set's enumerations
// costed on the body's constructor.

// covOverride is the compiled use e of a name replaced by the definition d of
// the override x, when TLC lists d's body under the use (coverage on, the
// body an OpApplNode): ok false otherwise.
func (c *compiler) covOverride(e *ast.Ident, x *entry, d *ast.OpDef, en cenv) (cx, bool) {
	if c.cov == nil || len(d.Params) > 0 || !covKind(ast.Unparen(d.Body)) {
		return cx{}, false
	}
	if !c.isOverride(e.Name, x, en) {
		return cx{}, false
	}
	de := cenv{m: x.env, primed: en.primed, init: en.init, at: -1}
	n := c.covHere(e)
	if n != nil {
		body := covUnwrap(d.Body)
		n.ovBody = body
		if n.enumUse && setConstructor(body) {
			n.child(body, body, body).enumCost = true
		}
	}
	use := c.covTableMark(e, n)
	out := c.covInstIn(cenv{m: x.env}, en, func() cx {
		return c.inline(d.Pos(), func() cx { return c.expr(d.Body, de) })
	})
	return c.covTableWrap(out, n, use), true
}

// isOverride reports whether the entry x found for name in en is the cfg's
// replacement of name.
func (c *compiler) isOverride(name string, x *entry, en cenv) bool {
	e := c.env(en)
	if o, ok := c.overrides[overrideKey{e.mod.Name.Name, name}]; ok {
		return o == x
	}
	o, ok := c.overrides[overrideKey{"", name}]
	return ok && o == x
}

// covEnumUse marks the node of the set e, under n, that the construct of n
// enumerates: when e names a replaced constant whose body is a set
// constructor, that body's node costs each enumeration (CovOverride:
// \A p \in Procs with Procs <- MCProcs costs {1, 2} 3 each time).
func covEnumUse(n *CovNode, e ast.Expr) {
	if n == nil {
		return
	}
	switch e := ast.Unparen(e).(type) {
	case *ast.Ident:
		n.child(e, e, e).enumUse = true
	case *ast.OpApp:
		// An application of a definition whose body is a set
		// constructor (covAppBodyEnum).
		n.child(e, e, e).enumUse = true
	}
}

// covAppBodyEnum marks, when the application e of the definition d (with
// parameters) is a set its parent enumerates, d's body's node, under
// which TLC lists the body: a set constructor there costs each
// enumeration (SpanTree's \E m \in Nbrs(n), Nbrs(n) == {m \in Nodes :
// ...}, in ENABLED Next).
func (c *compiler) covAppBodyEnum(e *ast.OpApp, d *ast.OpDef) {
	n := c.covHere(e)
	if n == nil || !n.enumUse {
		return
	}
	if body := covUnwrap(d.Body); setConstructor(body) {
		n.child(body, body, body).enumCost = true
	}
}

// covOverrideBody is, for the set y of a member step whose node is n, the
// node of the set constructor that replaces y (nil if none).
func covOverrideBody(n *CovNode, y ast.Expr) *CovNode {
	id, ok := ast.Unparen(y).(*ast.Ident)
	if !ok || n == nil {
		return nil
	}
	m := n.byKey[id]
	if m == nil || m.ovBody == nil || !setConstructor(m.ovBody) {
		return nil
	}
	return m.byKey[m.ovBody]
}

// covDomainOf is, for the function constructor f (node n) a state stores,
// the node of its domain's set constructor, written in f or replacing
// the name written there (nil if none, or for more than one bound):
// TLC builds f lazily and, turning it into a table when the state holds
// it, enumerates the domain, each element and the end costed on the
// set's node (CovOverride: x = [p \in Procs |-> 0] costs {1, 2} 3).
func covDomainOf(n *CovNode, f *ast.FuncCons) *CovNode {
	if len(f.Bounds) != 1 || f.Bounds[0] == nil || f.Bounds[0].Set == nil || len(f.Bounds[0].Names) != 1 {
		return nil
	}
	set := ast.Unparen(f.Bounds[0].Set)
	if setConstructor(set) {
		return n.byKey[set]
	}
	return covOverrideBody(n, set)
}

// covCostOfOverrideFcn is covCostOf for an assignment x = C of a name the
// cfg replaces by a definition whose body is a function constructor
// (C <- F, F == [e \in D |-> ...]): TLC evaluates F's body at the use, a
// FcnLambdaValue turned into a table when the state holds it, costing as
// a constructor written there (its size on its node, its domain's
// enumeration). It reports whether y is such a name.
func (c *compiler) covCostOfOverrideFcn(st *step, y ast.Expr) bool {
	id, ok := y.(*ast.Ident)
	if !ok || st.kind != sAssign {
		return false
	}
	m := st.cov.byKey[id]
	if m == nil {
		return false
	}
	f, ok := m.ovBody.(*ast.FuncCons)
	if !ok {
		return false
	}
	n := m.byKey[f]
	if n == nil {
		return false
	}
	st.covCost = n
	st.covDom = covDomainOf(n, f)
	st.covDomProd = c.covDomainProd(n, f)
	return true
}

// covDomainProd is, for the function constructor f (node n) a state
// stores, the shape of its domain when that is a product or a record set
// written in f: TLC's FcnLambdaValue.toFcnRcd enumerates it with its
// odometer (covprod.go), k for each tuple of k sets on the set's node, and
// no more (CovDomProd: x = [e \in N \X N |-> ...] costs 18 on N \X N of
// 3 elements).
func (c *compiler) covDomainProd(n *CovNode, f *ast.FuncCons) *prodShape {
	if len(f.Bounds) != 1 || f.Bounds[0] == nil || f.Bounds[0].Set == nil || len(f.Bounds[0].Names) != 1 || f.Bounds[0].Tuple {
		return nil
	}
	set := ast.Unparen(f.Bounds[0].Set)
	m := n.byKey[set]
	if m == nil {
		return nil
	}
	sh, ok := c.covProdShape(m, set)
	if !ok {
		return nil
	}
	return sh
}

// fcnDomain is the domain of f, an enumerated set of its arguments.
func fcnDomain(f *value.FcnV) value.Value {
	keys := make([]value.Value, f.Len())
	for i := range keys {
		keys[i] = f.Key(i)
	}
	return value.SetFromSorted(keys)
}

// covDefBodyEnum marks, when the use e of the definition d (without
// parameters) is a set its parent enumerates, d's body's node: TLC lists
// the body under the use, and a set constructor there costs each
// enumeration (CovQB2: \A a \in S, ... with S == {x, 2}). The returned
// function takes the compiled use and drops the mark's node when the
// definition is a constant, evaluated once and listed without its body
// (covsubst.go: Cat's CHOOSE d \in Directions).
func (c *compiler) covDefBodyEnum(e *ast.Ident, d *ast.OpDef) func(cx) cx {
	n := c.covHere(e)
	if n == nil || !n.enumUse || len(d.Params) > 0 {
		return func(x cx) cx { return x }
	}
	body := covUnwrap(d.Body)
	if !setConstructor(body) {
		return func(x cx) cx { return x }
	}
	before := len(n.Children)
	n.child(body, body, body).enumCost = true
	return func(x cx) cx {
		if x.dep&(depState|depNext|depEnv|depSide|depRun|depPending) == 0 {
			n.truncate(before)
		}
		return x
	}
}
