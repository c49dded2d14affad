package sema

import (
	"github.com/wspcycle/wspcycle/tla/ast"
	"github.com/wspcycle/wspcycle/tla/token"
)

// temporalOfAction reports [] or <> applied to an action that is not of
// the form [A]_v (for []) or <<A>>_v (for <>), which SANY refuses (TLC rev
// cc6b616: "[] followed by action not of form [A]_v.", "<> followed by
// action not of form <<A>>_v.", over the whole formula): [](x' = 1),
// <>(x' = 1), []<>A with A an action. As SANY (OpApplNode.levelCheck),
// only an operator application is refused: a LET or a label (SANY's
// LetInNode, LabelNode) is not one, whatever its level ([](LET A == x' = 1
// IN A) is TLC's to check). An action defined in another module or in a
// LET is not seen here (no error, as before).
func (c *checker) temporalOfAction(x *ast.Unary) {
	arg := ast.Unparen(x.X)
	switch arg.(type) {
	case *ast.Let, *ast.Label:
		return
	case *ast.BoxAction:
		if x.Op == token.BOX {
			return
		}
	case *ast.AngleAction:
		if x.Op == token.EVENTUALLY {
			return
		}
	}
	if c.level(arg, 0).level != levelAction {
		return
	}
	if x.Op == token.BOX {
		c.errorf(x.OpPos, "level error: [] followed by action not of form [A]_v")
	} else {
		c.errorf(x.OpPos, "level error: <> followed by action not of form <<A>>_v")
	}
}
