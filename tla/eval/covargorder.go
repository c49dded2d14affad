package eval

import (
	"sort"

	"github.com/wspcycle/wspcycle/tla/ast"
	"github.com/wspcycle/wspcycle/tla/token"
)

// TLC's tree lists the arguments of an operator's application in the
// order they are written: Att(Append(s, c), i, n) lists Append(s, c), i,
// n under the application, after the body (TLC rev cc6b616, probe
// coverage/CovArgOrd; Examples' Queens: Attacks(Append(queens, c), i,
// nxtQ)). Ours are made where the body's compilation first uses each
// parameter (q[i] compiles i before q), so they are put back in source
// order once the trees are built, each in the slots the arguments hold.

// noteCovArg notes e as an argument compiled under its application's
// node.
func (c *compiler) noteCovArg(e ast.Expr) {
	if c.covArgs == nil {
		c.covArgs = map[any]bool{}
	}
	c.covArgs[e] = true
	c.covArgs[covUnwrap(e)] = true
}

// orderArgs puts the argument nodes of each node of cv's trees in source
// order.
func (cv *Coverage) orderArgs(args map[any]bool) {
	if len(args) == 0 {
		return
	}
	for _, r := range cv.roots() {
		if r != nil {
			r.walk(func(n *CovNode) { n.orderArgs(args) })
		}
	}
}

func (n *CovNode) orderArgs(args map[any]bool) {
	var slots []int
	var kids []*CovNode
	for i, k := range n.Children {
		if k.key != nil && args[k.key] && k.From != nil {
			slots = append(slots, i)
			kids = append(kids, k)
		}
	}
	if len(kids) < 2 {
		return
	}
	sort.SliceStable(kids, func(i, j int) bool {
		a, b := kids[i].From.Pos(), kids[j].From.Pos()
		if a.Filename != b.Filename {
			return false
		}
		return a.Before(b)
	})
	for i, s := range slots {
		n.Children[s] = kids[i]
	}
}

// userBinary reports whether e applies a definition of the spec (a ** b,
// or a + b where the spec defines +), as binary compiles it: its operands
// are arguments, whose nodes TLC lists after the body's (CovRecLazy: d ^^
// k in Encrypt(d, k) == d ^^ k lists ^^'s body, then d and k).
func (c *compiler) userBinary(e *ast.Binary, en cenv) bool {
	if c.stdSym(e) {
		return false
	}
	if stdInfix[e.Op] {
		return c.ownInfixDefined(e.Op, en)
	}
	if e.Op == token.SUBSETNEQ || e.Op == token.USEROP || e.Op == token.CDOT || e.Op.IsUserDefinable() {
		return c.userDefined(e.Op, en)
	}
	return false
}
