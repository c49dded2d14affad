package sema

import (
	"fmt"

	"github.com/wspcycle/wspcycle/tla/ast"
	"github.com/wspcycle/wspcycle/tla/token"
)

// SANY's maximum argument levels of built-in operators
// (OpApplNode.levelCheck, "Level error in applying operator OP: The level
// of argument N exceeds the maximum level allowed by the operator.", TLC
// rev cc6b616): ENABLED, =, and the action [A]_v ($SquareAct) or
// <<A>>_v ($AngleAct) take no temporal formula (ENABLED <>P, x' = IF c
// THEN 0 ELSE <>P, [][N]_x with N temporal). Only the operators whose
// wording TLC was seen to print are checked: the others are left to TLC's
// run, as before.

// argTooHigh reports the argument n (from 1) of operator op, whose
// node is at pos, when its level lv is temporal.
func (c *checker) argTooHigh(pos token.Pos, op string, n, lv int) bool {
	if lv != levelTemporal {
		return false
	}
	c.levelErrorf(pos, "level error: %s", argLevelMsg(op, n))
	return true
}

// argLevelMsg is SANY's wording, which model/tlcout/sany prints.
func argLevelMsg(op string, n int) string {
	return fmt.Sprintf("Level error in applying operator %s: The level of argument %d exceeds the maximum level allowed by the operator", op, n)
}

// enabledLevel checks ENABLED's argument.
func (c *checker) enabledLevel(sc *scope, x *ast.Unary) {
	c.argTooHigh(x.OpPos, "ENABLED", 1, c.levelIn(sc, x.X, 0).level)
}

// actionArgLevel checks the action of [A]_v (op $SquareAct) or <<A>>_v
// ($AngleAct), whose node is at pos.
func (c *checker) actionArgLevel(sc *scope, pos token.Pos, op string, a ast.Expr) {
	c.argTooHigh(pos, op, 1, c.levelIn(sc, a, 0).level)
}
