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
// THEN 0 ELSE <>P, [][N]_x with N temporal); the subscript v of [A]_v,
// <<A>>_v, WF_v(A) and SF_v(A) is at most a state function ([N]_(x'):
// argument 2 of $SquareAct, argument 1 of $WF), and a fairness
// condition's action no temporal formula; the operands of the set and
// tuple constructors, CHOOSE, SUBSET, UNION, DOMAIN and [S -> T] no
// temporal formula (builtinArgs). Only the operators whose wording TLC
// was seen to print are checked: the others (\in, \cup, f[e], ...) are
// left to TLC's run, as before.

// argTooHigh reports the argument n (from 1) of operator op, whose
// node is at pos, when its level lv is temporal.
func (c *checker) argTooHigh(pos token.Pos, op string, n, lv int) bool {
	return c.argAbove(pos, op, n, lv, levelAction)
}

// argAbove reports the argument n (from 1) of operator op, whose node is
// at pos, when its level lv exceeds max.
func (c *checker) argAbove(pos token.Pos, op string, n, lv, max int) bool {
	if lv <= max {
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

// subscriptLevel checks the subscript v, argument n of op (at pos): at
// most a state function.
func (c *checker) subscriptLevel(sc *scope, pos token.Pos, op string, n int, v ast.Expr) {
	c.argAbove(pos, op, n, c.levelIn(sc, v, 0).level, levelState)
}

// fairnessLevel checks WF_v(A) and SF_v(A) ($WF, $SF: v argument 1, A
// argument 2).
// okSub and okAct say whether the operands are level-correct themselves
// (levelCorrect).
func (c *checker) fairnessLevel(sc *scope, x *ast.Fairness, okSub, okAct bool) {
	op := "$WF"
	if x.Op == token.SF {
		op = "$SF"
	}
	if okSub {
		c.subscriptLevel(sc, x.FairPos, op, 1, x.Sub)
	}
	if okAct {
		c.argTooHigh(x.FairPos, op, 2, c.levelIn(sc, x.Action, 0).level)
	}
}

// levelCorrect runs check (the checks of an operand) and reports whether
// it found no level error: SANY (OpApplNode.levelCheck) reports an
// argument above the level its operator takes only for an argument that
// is level-correct itself, so ENABLED (x' = 1 /\ [](x = 1)) is one error
// (the \land's), not two.
func (c *checker) levelCorrect(check func()) bool {
	n := len(c.errs)
	check()
	if len(c.errs) < n {
		return true
	}
	for _, e := range c.errs[n:] {
		if c.levelErrs[e] {
			return false
		}
	}
	return true
}

// builtinArgs checks args, the operands of the built-in operator op
// (SANY's name; its node at pos) whose names resolve in sc, then reports
// each level-correct one that is temporal: SUBSET, UNION, DOMAIN, a set
// {a, b}, {x \in S : P}, {e : x \in S}, a tuple, CHOOSE and [S -> T]
// take at most an action (BuiltInLevel's argMaxLevels; TLC rev cc6b616:
// <<[]P, 1>> is "Level error in applying operator $Tuple: The level of
// argument 1 exceeds ...").
func (c *checker) builtinArgs(pos token.Pos, op string, sc *scope, args ...ast.Expr) {
	ok := make([]bool, len(args))
	for i, a := range args {
		ok[i] = c.levelCorrect(func() { c.expr(sc, a) })
	}
	for i, a := range args {
		if ok[i] {
			c.argTooHigh(pos, op, i+1, c.levelIn(sc, a, 0).level)
		}
	}
}
