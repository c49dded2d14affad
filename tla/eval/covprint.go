package eval

import (
	"github.com/wspcycle/wspcycle/tla/ast"
	"github.com/wspcycle/wspcycle/tla/value"
)

// A name the cfg replaces by a definition whose body is a function
// constructor (C <- F, F == [e \in D |-> ...]) is, at each use, TLC's
// FcnLambdaValue of F's body, made with the CostModel node of the
// constructor under the use. Printed by PrintT, it is first
// copied (TLC.PrintT's deepCopy), the copy without that node: turning it
// into a table to print it counts neither the body's evaluations nor the
// table's size on the constructor, but the domain keeps its own node and
// costs its enumeration there (a product's odometer). ToString turns the
// value itself into a table: the body, the size and the domain counted,
// as when a state stores it (covCostOfOverrideFcn). CovPrintFcn: PrintT(C)
// lists C's constructor 1 and its product domain 1:18, not the body.

// tableUse is how a builtin turns its argument into a table.
type tableUse uint8

const (
	tableNone  tableUse = iota
	tablePrint          // a copy printed: the domain's cost only
	tableOwn            // the value itself: size, body and domain
)

// covTableArgs notes, while the arguments args of the builtin name are
// compiled, those TLC turns into tables; the returned function ends the
// notes.
func (c *compiler) covTableArgs(name string, args []ast.Expr) func() {
	if c.cov == nil {
		return func() {}
	}
	var use tableUse
	switch name {
	case "PrintT":
		use = tablePrint
	case "ToString":
		use = tableOwn
	default:
		return func() {}
	}
	saved := c.covTabled
	c.covTabled = map[ast.Expr]tableUse{}
	for _, a := range args {
		c.covTabled[ast.Unparen(a)] = use
	}
	return func() { c.covTabled = saved }
}

// covTableMark is, for the use e (node n) of a replaced name whose body
// is a function constructor, how the builtin it is an argument of turns
// it into a table; a printed copy's build counts no body (lazyBody).
func (c *compiler) covTableMark(e *ast.Ident, n *CovNode) tableUse {
	use := c.covTabled[e]
	if n == nil || use == tableNone {
		return tableNone
	}
	f, ok := n.ovBody.(*ast.FuncCons)
	if !ok {
		return tableNone
	}
	if use == tablePrint {
		n.child(f, f, f).lazyBody = true
	}
	return use
}

// covTableWrap adds to x, the compiled use (node n) marked use, the costs
// of turning its value into a table.
func (c *compiler) covTableWrap(x cx, n *CovNode, use tableUse) cx {
	if use == tableNone {
		return x
	}
	f := n.ovBody.(*ast.FuncCons)
	fn := n.byKey[f]
	if fn == nil {
		return x
	}
	dom := covDomainOf(fn, f)
	prod := c.covDomainProd(fn, f)
	run := x.fn
	x.fn = func(k *ctx) (value.Value, error) {
		v, err := run(k)
		t, ok := v.(*value.FcnV)
		if err != nil || !ok || k.covMute != 0 {
			return v, err
		}
		if use == tableOwn {
			fn.cost.Add(int64(t.Len()))
			if dom != nil {
				dom.cost.Add(int64(t.Len()) + 1)
			}
		}
		if prod != nil {
			covProdEnum(prod, fcnDomain(t))
		}
		return v, err
	}
	x.into = nil
	return x
}
