package eval

import (
	"github.com/wspcycle/wspcycle/tla/ast"
	"github.com/wspcycle/wspcycle/tla/token"
	"github.com/wspcycle/wspcycle/tla/value"
)

// A substitution whose expression names a constant the cfg replaced by a
// definition (INSTANCE Voting's implicit Acceptor <- Acceptor, with
// Acceptor <- MCAcceptor in MCPaxos' cfg) is, in TLC's tree, the
// application of that name: its LazyValue evaluates the replacement's body
// (Tool.evalAppl looks the name up to the definition, not to the value
// processConstantDefns computed), so the body's nodes are listed under
// the substitution's node and count each evaluation of the LazyValue, as
// under any other use of the name (covoverride.go). Its value is a
// constant, but it is not one evaluated at load (covsubst.go): its nodes
// stay (CovSubLazy).

// covOverrideSubst reports whether the substitution expression e, of the
// instantiating context en, is a name the cfg replaced by a definition
// without parameters whose body TLC's tree holds.
func (c *compiler) covOverrideSubst(e ast.Expr, en cenv) bool {
	id, ok := e.(*ast.Ident)
	if !ok || len(c.overrides) == 0 || en.sc.lookup(id.Name) != nil {
		return false
	}
	nerr := len(c.errs)
	defer func() { c.errs = c.errs[:nerr] }()
	x, ok := c.lookupName(id.Name, en)
	if !ok || x.kind != eDef || !c.isOverride(id.Name, x, en) {
		return false
	}
	d, ok := x.node.(*ast.OpDef)
	return ok && len(d.Params) == 0 && covKind(ast.Unparen(d.Body))
}

// covOverrideSetBody is, when e is a name the cfg replaced by a
// definition whose body is a set constructor, that body (nil otherwise).
func (c *compiler) covOverrideSetBody(e ast.Expr, en cenv) ast.Expr {
	id, ok := ast.Unparen(e).(*ast.Ident)
	if !ok || !c.covOverrideSubst(id, en) {
		return nil
	}
	nerr := len(c.errs)
	defer func() { c.errs = c.errs[:nerr] }()
	x, _ := c.lookupName(id.Name, en)
	body := covUnwrap(x.node.(*ast.OpDef).Body)
	if !setConstructor(body) {
		return nil
	}
	return body
}

// substOverrideSet reports whether e, in the context en, names a constant
// of an instantiated module substituted by a name the cfg replaced by a
// set constructor's definition: its value keeps that constructor's node.
func (c *compiler) substOverrideSet(e ast.Expr, en cenv) bool {
	id, ok := ast.Unparen(e).(*ast.Ident)
	if !ok || c.cov == nil || en.sc.lookup(id.Name) != nil {
		return false
	}
	nerr := len(c.errs)
	defer func() { c.errs = c.errs[:nerr] }()
	x, ok := c.lookupName(id.Name, en)
	if !ok || x.kind != eConst || x.env == nil || x.env.ctx == nil || x.env.ctx.inst == nil {
		return false
	}
	s, ok := x.env.subst[id.Name]
	return ok && c.covOverrideSetBody(s.e, s.en) != nil
}

// covDelta is what one evaluation adds to a node.
type covDelta struct {
	m           *CovNode
	count, cost int64
}

// substitutedBody is substituted without dropping the nodes the
// expression's compile made under the substitution's node sn.n
// (covOverrideSubst). The expression is a constant, which the folds
// around its reads replay as reads of sn.n (the proxy of substitutedIn):
// what one evaluation counts under sn.n, measured here, is counted again
// with sn.n there (countBody), as TLC's LazyValue evaluates the body each
// time it is not cached.
func (c *compiler) substitutedBody(s substArg, pos token.Pos, en cenv, sn *covSubstNode) cx {
	ae := s.en
	ae.primed = ae.primed || en.primed
	ae.init = ae.init || en.init
	n := sn.n
	x := c.inline(pos, func() cx { return c.expr(s.e, ae) })
	if body := c.covOverrideSetBody(s.e, s.en); body != nil {
		if m := n.byKey[body]; m != nil {
			// The set the LazyValue evaluates to keeps the node of the
			// constructor that built it: each enumeration of it, in the
			// instantiated module, costs there (covOriginEnum).
			o := c.origins
			fn := x.fn
			x.fn = func(k *ctx) (value.Value, error) {
				v, err := fn(k)
				if err != nil {
					return v, err
				}
				return o.note(v, m), nil
			}
			x.into = nil
		}
	}
	if x.dep != 0 || sn.measured {
		return x
	}
	sn.measured = true
	type counts struct{ count, cost int64 }
	before := map[*CovNode]counts{}
	n.walk(func(m *CovNode) { before[m] = counts{m.Count(), m.Cost()} })
	if _, err := x.fn(c.constCtx()); err != nil {
		return x
	}
	n.walk(func(m *CovNode) {
		if m == n {
			return
		}
		b := before[m]
		if d := (covDelta{m, m.Count() - b.count, m.Cost() - b.cost}); d.count > 0 || d.cost > 0 {
			sn.body = append(sn.body, d)
		}
	})
	return x
}

// countBody counts d evaluations of the substitution's expression on the
// nodes under its node.
func (sn *covSubstNode) countBody(d int64) {
	for _, b := range sn.body {
		b.m.count.Add(d * b.count)
		b.m.cost.Add(d * b.cost)
	}
}
