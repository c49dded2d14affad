package eval

import (
	"github.com/wspcycle/wspcycle/tla/ast"
	"github.com/wspcycle/wspcycle/tla/token"
)

// UNCHANGED of a tuple that is not all variables. TLC's processUnchanged
// (Tool, rev cc6b616) takes a tuple element by element, in order: an
// element that is a variable (Tool.getVar: unchangedVars here) is kept
// in the next state, any other element e is evaluated as e' = e. So
// b' = b /\ UNCHANGED <<c, K(b)>> (K(v) == v) keeps c and then checks
// K(b)' = K(b); evaluating the whole tuple at once would meet c' before
// it has a value. The tuple may be written there or be the body of a
// definition without parameters (vars == <<c, K(b)>>), a LET definition
// or an operator argument, which TLC follows to it too.

// unchangedElems returns the elements of the tuple e denotes (through
// parentheses, arguments and definitions without parameters), with the
// environment they are written in; ok is false when e is not one.
func (c *compiler) unchangedElems(e ast.Expr, en cenv) (elems []ast.Expr, ee cenv, ok bool) {
	for depth := 0; depth < maxInline; depth++ {
		e = ast.Unparen(e)
		switch x := e.(type) {
		case *ast.Tuple:
			return x.Elems, en, true
		case *ast.Ident:
			if b := en.sc.lookup(x.Name); b != nil {
				if e, en, ok = localBody(b, en); !ok {
					return nil, en, false
				}
				continue
			}
			y, found := c.lookupName(x.Name, en)
			if !found || y.kind != eDef {
				return nil, en, false
			}
			if e, en, ok = defBody(y, en); !ok {
				return nil, en, false
			}
			continue
		}
		return nil, en, false
	}
	return nil, en, false
}

// unchangedSplit compiles UNCHANGED e, e a tuple that unchangedVars
// could not take as variables, as TLC does: UNCHANGED of each element in
// turn (each a variable kept, or a value evaluated).
func (c *compiler) unchangedSplit(e ast.Expr, en cenv) ([]step, bool) {
	if c.unchDepth > maxInline {
		return nil, false
	}
	c.unchDepth++
	defer func() { c.unchDepth-- }()
	elems, ee, ok := c.unchangedElems(e, en)
	if !ok {
		return nil, false
	}
	var steps []step
	for _, x := range elems {
		steps = append(steps, c.action(&ast.Unary{OpPos: x.Pos(), Op: token.UNCHANGED, X: x}, ee)...)
	}
	return steps, true
}
