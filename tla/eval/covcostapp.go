package eval

import "github.com/wspcycle/wspcycle/tla/ast"

// covCostOfApp is covCostOf for an assignment x' = Op(a, ...) of an
// operator of the module whose body is a function constructor (Echo's
// inbox' = multicast(inbox, self, nbrs[self], "m"), multicast(...) ==
// [m \in Node |-> ...]): the application's value is TLC's FcnLambdaValue
// as for a constructor written in place, turned into a table when the
// state holds it, each element costing on the body's constructor and the
// enumeration of its domain on the domain's set.
func (c *compiler) covCostOfApp(st *step, y ast.Expr, en cenv) {
	if st.cov == nil || st.kind != sAssign || st.covCost != nil {
		return
	}
	app, ok := ast.Unparen(y).(*ast.OpApp)
	if !ok || len(app.Args) == 0 || en.sc.lookup(app.Name.Name) != nil {
		return
	}
	nerr := len(c.errs)
	x, ok := c.lookupName(app.Name.Name, en)
	c.errs = c.errs[:nerr]
	if !ok || x.kind != eDef {
		return
	}
	d, ok := x.node.(*ast.OpDef)
	if !ok || len(d.Params) != len(app.Args) || c.isRecursiveOp(d) {
		return
	}
	f, ok := covUnwrap(d.Body).(*ast.FuncCons)
	if !ok {
		return
	}
	n := st.cov.byKey[app]
	if n == nil {
		return
	}
	if m := n.byKey[f]; m != nil {
		st.covCost = m
		st.covDom = covDomainOf(m, f)
	}
}
