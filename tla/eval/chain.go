package eval

import (
	"github.com/wspcycle/wspcycle/tla/ast"
	"github.com/wspcycle/wspcycle/tla/token"
	"github.com/wspcycle/wspcycle/tla/value"
)

// A chain of left-associative infix operators, a + b + c + ..., parses as a
// tree whose left spine is as long as the chain: compiling it by recursion
// (expr -> binary -> expr on e.X) and evaluating the nested closures that
// recursion builds both take stack in proportion to the length of the
// input, and a generated 1,000,000-term sum overflowed the stack (issue
// 13). chain compiles such a spine in a loop instead, into one closure
// that also evaluates it in a loop: the operands left to right, each link
// combined with the value so far by the same code binary uses (binaryOp),
// which reads the value so far from a slot of the chain's own.

// chainMin is the length of spine from which chain takes over: shorter
// chains, nearly all of those in real specs, keep binary's closures (a
// variable so that a test can compare the two).
var chainMin = 32

// chainable reports whether op is a built-in infix operator binary
// compiles by evaluating both operands, the left one first (so that the
// link can read the left value from a slot), or a junction.
func chainable(op token.Kind) bool {
	switch op {
	case token.AND, token.OR, token.PLUS, token.MINUS, token.STAR, token.DIV, token.MOD,
		token.CUP, token.CAP, token.SETMINUS, token.CONCAT, token.ATAT:
		return true
	}
	return false
}

// spine returns the links of the chain e heads, the outermost last, as far
// down its left spine as the operators are chainable (and, for a
// junction, the same junction); nil when it is shorter than chainMin.
func spine(e *ast.Binary) []*ast.Binary {
	if !chainable(e.Op) {
		return nil
	}
	junction := e.Op == token.AND || e.Op == token.OR
	n := 0
	for x := ast.Expr(e); ; n++ {
		b, ok := x.(*ast.Binary)
		if !ok || !chainable(b.Op) || (junction || b.Op == token.AND || b.Op == token.OR) && b.Op != e.Op {
			break
		}
		x = b.X
	}
	if n < chainMin {
		return nil
	}
	links := make([]*ast.Binary, n)
	x := e
	for i := n - 1; i >= 0; i-- {
		links[i] = x
		if i > 0 {
			x = x.X.(*ast.Binary)
		}
	}
	return links
}

// chain compiles e when it heads a chain of at least chainMin links; ok is
// false otherwise.
func (c *compiler) chain(e *ast.Binary, en cenv) (x cx, ok bool) {
	links := spine(e)
	if links == nil {
		return cx{}, false
	}
	for _, l := range links {
		if stdInfix[l.Op] && !c.stdSym(l) && c.ownInfixDefined(l.Op, en) {
			return cx{}, false // the module's own +, \o ... (binary)
		}
	}
	first := c.expr(links[0].X, en)
	if e.Op == token.AND || e.Op == token.OR {
		items := make([]cx, 0, len(links)+1)
		items = append(items, first)
		for _, l := range links {
			items = append(items, c.expr(l.Y, en))
		}
		return c.junctionOf(e.Op == token.AND, items, links), true
	}
	slot := c.newSlot()
	c.readSlot(slot)
	acc := cx{fn: func(k *ctx) (value.Value, error) { return k.env[slot], nil }, dep: depEnv, pos: first.pos}
	if acc.pos == (token.Pos{}) {
		acc.pos = links[0].X.Pos()
	}
	steps := make([]cx, len(links))
	d := first.dep
	for i, l := range links {
		steps[i] = c.binaryOp(l.Op, l.OpPos, acc, c.expr(l.Y, en))
		d |= steps[i].dep
	}
	return cx{fn: func(k *ctx) (value.Value, error) {
		v, err := first.fn(k)
		for _, s := range steps {
			if err != nil {
				return nil, err
			}
			k.env[slot] = v
			v, err = s.fn(k)
		}
		return v, err
	}, dep: d}, true
}
