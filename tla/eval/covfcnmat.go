package eval

import (
	"github.com/wspcycle/wspcycle/tla/ast"
	"github.com/wspcycle/wspcycle/tla/value"
)

// TLC builds a function constructor [x \in S |-> e] lazily (a
// FcnLambdaValue: applying it evaluates e at one argument) and turns it
// into a table when it must compare it: each element costs on the
// constructor's node and the enumeration of S (each element and the end)
// on S's set constructor (CovOverride: [p \in {1, 2} |-> 3] # x costs 2
// and 3 each time). An assignment turns it into a table as well
// (covAssign).

// covFcnMat marks, before the comparison of node n is compiled, the
// function constructor its operand e builds: e itself, or the body of
// the definition without parameters e names.
func (c *compiler) covFcnMat(n *CovNode, e ast.Expr, en cenv) {
	e = ast.Unparen(e)
	switch e := e.(type) {
	case *ast.FuncCons:
		n.child(e, e, e).fcnMat = true
	case *ast.Ident:
		if en.sc.lookup(e.Name) != nil {
			return
		}
		x, ok := c.lookupName(e.Name, en)
		if !ok || x.kind != eDef {
			return
		}
		d, ok := x.node.(*ast.OpDef)
		if !ok || len(d.Params) > 0 {
			return
		}
		if f, ok := covUnwrap(d.Body).(*ast.FuncCons); ok {
			n.child(e, e, e).child(f, f, f).fcnMat = true
		}
	}
}

// covFcnMatWrap makes the function constructor f (node n, marked by
// covFcnMat) cost what TLC's conversion to a table costs.
func covFcnMatWrap(x cx, n *CovNode, f *ast.FuncCons) cx {
	fn := x.fn
	x.fn = func(k *ctx) (value.Value, error) {
		v, err := fn(k)
		if g, ok := v.(*value.FcnV); ok && err == nil && k.covMute == 0 {
			n.cost.Add(int64(g.Len()))
			if dom := covDomainOf(n, f); dom != nil {
				dom.cost.Add(int64(g.Len()) + 1)
			}
		}
		return v, err
	}
	x.into = nil
	return x
}
