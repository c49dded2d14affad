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
// IN A) is TLC's to check), but an action named by a LET definition or
// an instance's (LET A == x' = 1 IN []A, []I!A) is one: its level is its
// definition's, the names resolved in sc.
func (c *checker) temporalOfAction(sc *scope, x *ast.Unary) {
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
	if c.levelIn(sc, arg, 0).level != levelAction {
		return
	}
	if x.Op == token.BOX {
		c.levelErrorf(x.OpPos, "level error: [] followed by action not of form [A]_v")
	} else {
		c.levelErrorf(x.OpPos, "level error: <> followed by action not of form <<A>>_v")
	}
}
