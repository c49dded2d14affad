package eval

import (
	"github.com/wspcycle/wspcycle/tla/ast"
	"github.com/wspcycle/wspcycle/tla/token"
	"github.com/wspcycle/wspcycle/tla/value"
)

// Coverage of a LAMBDA passed as an operator argument and applied through
// the parameter (ChooseOne(S, P(_)) == CHOOSE x \in S : P(x) ..., applied
// to LAMBDA x : smokers[x].smoking). TLC's tree holds no node for the
// LAMBDA's body under the application P(x): evaluating the body, each of
// its nodes looks itself up under P(x)'s node, is not found there, and
// counts on P(x)'s node instead (OpApplNodeWrapper.get returns itself).
// The arguments of P(x) are children of P(x), each counted once per
// application as any argument. CigaretteSmokers' stopSmoking: P(x) counts
// 30 for its 6 applications (itself, smokers[x].smoking, smokers[x],
// smokers and x: five nodes each time), and x under it 6.

// covLambdaApp compiles the body x of the LAMBDA lam applied at the
// current node (the application's), in xen, whose innermost scopes bind
// the LAMBDA's parameters: the parameters' arguments are listed under the
// application, the body's nodes count on it. ok is false when lam is not
// a LAMBDA or there is no current node.
func (c *compiler) covLambdaApp(lam ast.Expr, x ast.Expr, xen cenv, pos token.Pos) (cx, bool) {
	l, isLam := ast.Unparen(lam).(*ast.Lambda)
	call := c.cov
	if !isLam || call == nil {
		return cx{}, false
	}
	sc := xen.sc
	for range l.Params {
		sc.cov = call
		sc = sc.parent
	}
	scratch := &CovNode{}
	c.cov = scratch
	body := c.inline(pos, func() cx { return c.expr(x, xen) })
	c.cov = call
	fn := body.fn
	body.fn = func(k *ctx) (value.Value, error) {
		before := scratch.total()
		v, err := fn(k)
		call.count.Add(scratch.total() - before)
		return v, err
	}
	body.into = nil
	return body, true
}

// total is the sum of the counts of the tree n.
func (n *CovNode) total() int64 {
	t := n.count.Load()
	for _, m := range n.Children {
		t += m.total()
	}
	return t
}
