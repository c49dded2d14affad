package eval

import (
	"github.com/wspcycle/wspcycle/tla/ast"
	"github.com/wspcycle/wspcycle/tla/token"
	"github.com/wspcycle/wspcycle/tla/value"
)

// Unbounded CHOOSE x : P, \E x : P and \A x : P. TLC cannot enumerate
// them, but accepts them as long as it never evaluates them (the usual
// NoVal == CHOOSE v : v \notin S, replaced by a model value in the cfg):
// such an expression compiles to one that fails, with TLC's message and
// the expression's position, only when its value is really needed.

func hasUnbounded(bs []*ast.Bound) bool {
	for _, b := range bs {
		if b != nil && b.Set == nil {
			return true
		}
	}
	return false
}

// unboundedErr compiles an expression whose evaluation is TLC's error for
// an unbounded construct (what: "CHOOSE", "\\E", "\\A").
func unboundedErr(what string, pos token.Pos) cx {
	form := what + " x \\in S: P(x)"
	err := errorf(pos, "TLC attempted to evaluate an unbounded %s.\nMake sure that the expression is of form %s.", what, form)
	return cx{fn: func(*ctx) (value.Value, error) { return nil, err }, dep: depSide, pos: pos}
}

// unboundedQuant compiles \E x : P or \A x : P.
func (c *compiler) unboundedQuant(e *ast.Quant) cx {
	if e.Op == token.FORALL {
		return unboundedErr("\\A", e.Pos())
	}
	return unboundedErr("\\E", e.Pos())
}

// boundSet compiles the set of a binder; an unbounded binder (in an
// action's \E, a property's \A) fails when its set is needed.
func (c *compiler) boundSet(b *ast.Bound, en cenv) cx {
	if b.Set == nil {
		return unboundedErr("\\E", b.Pos())
	}
	return c.expr(b.Set, en)
}
