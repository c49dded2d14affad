package sema

import (
	"sort"

	"github.com/wspcycle/wspcycle/tla/ast"
	"github.com/wspcycle/wspcycle/tla/token"
)

// SANY's level checks of the logical operators and of ~>
// (OpApplNode.levelCheck, TLC rev cc6b616): /\, \/, =>, <=> and the
// bulleted lists may not have both a temporal formula and an action as
// operands ("\land has both temporal formula and action as arguments.",
// "Conjunction list has ..."): Init /\ [][Next]_x /\ x' > x is no
// formula TLC can check, whatever the .cfg names; neither operand of ~>
// (or -+->) may be an action ("Action used where only temporal formula
// or state predicate allowed.").

// sanyLogical is SANY's name of a logical operator in its level errors.
var sanyLogical = map[token.Kind]string{token.AND: `\land`, token.OR: `\lor`, token.IMPLIES: "=>", token.EQUIV: `\equiv`}

// sanyActionArgs are the infix operators both of whose arguments are at
// most actions (BuiltInLevel's argMaxLevels), by SANY's name in its
// level errors: ([]P) \in BOOLEAN is "Level error in applying operator
// \in: The level of argument 1 exceeds ..." (TLC rev cc6b616).
var sanyActionArgs = map[token.Kind]string{
	token.EQ: "=", token.NEQ: "/=", token.IN: `\in`, token.NOTIN: `\notin`, token.SUBSETEQ: `\subseteq`,
	token.SETMINUS: `\`, token.CAP: `\intersect`, token.CUP: `\union`,
}

// mixed reports operands of levels a and b of which one is temporal and
// the other an action.
func mixed(a, b int) bool {
	return a == levelTemporal && b == levelAction || a == levelAction && b == levelTemporal
}

// spineLevels checks the operators of the left-associative chain spine
// (spine[0] outermost; full is its length before operators SANY could
// not resolve cut it, whose operands it does not check), innermost
// first, as SANY checks an operand before the expression.
func (c *checker) spineLevels(sc *scope, spine []*ast.Binary, full int, okX bool, okY []bool) {
	if len(spine) != full {
		return
	}
	checked := false
	for _, b := range spine {
		if _, ok := sanyLogical[b.Op]; ok || b.Op == token.LEADSTO || b.Op == token.PLUSARROW || sanyActionArgs[b.Op] != "" {
			checked = true
			break
		}
	}
	if !checked {
		return
	}
	lx := c.levelIn(sc, spine[len(spine)-1].X, 0).level
	lok := okX // the left operand is level-correct
	for i := len(spine) - 1; i >= 0; i-- {
		b := spine[i]
		ly := c.levelIn(sc, b.Y, 0).level
		nerr := len(c.errs)
		if name := sanyActionArgs[b.Op]; name != "" {
			if lok {
				c.argTooHigh(b.OpPos, name, 1, lx)
			}
			if okY[i] {
				c.argTooHigh(b.OpPos, name, 2, ly)
			}
		}
		if name, ok := sanyLogical[b.Op]; ok && mixed(lx, ly) {
			c.levelErrorf(b.OpPos, "level error: %s has both temporal formula and action as arguments", name)
		}
		lok = lok && okY[i] && len(c.errs) == nerr
		lx = max(lx, ly)
		if b.Op == token.LEADSTO || b.Op == token.PLUSARROW {
			if lx == levelAction || ly == levelAction {
				c.levelErrorf(b.OpPos, "level error: Action used where only temporal formula or state predicate allowed")
			}
			lx = levelTemporal
		}
	}
}

// junctionLevels checks a bulleted list's items as spineLevels checks
// its operators.
func (c *checker) junctionLevels(sc *scope, x *ast.Junction) {
	temporal, action := false, false
	for _, it := range x.Items {
		switch c.levelIn(sc, it, 0).level {
		case levelTemporal:
			temporal = true
		case levelAction:
			action = true
		}
	}
	if !temporal || !action {
		return
	}
	name := "Conjunction list"
	if x.Op == token.OR {
		name = "Disjunction list"
	}
	c.levelErrorf(x.Pos(), "level error: %s has both temporal formula and action as arguments", name)
}

// levelErrorf reports a level error. SANY checks levels after the
// rest, one top-level unit after the other, an expression's operands
// before the expression ([](x” = 1): the prime's error, then the
// []'s): the error is sorted at its unit's start, after the ones found
// before it there (sortErrs).
func (c *checker) levelErrorf(pos token.Pos, format string, args ...any) {
	c.errorf(pos, format, args...)
	c.markLevel()
	if c.unitAt.IsValid() {
		if c.sortAt == nil {
			c.sortAt = map[*token.Error]token.Pos{}
		}
		c.sortAt[c.errs[len(c.errs)-1]] = c.unitAt
	}
}

// sortErrs sorts the errors by position, a level error at its unit's
// start (levelErrorf), the order they were found in between equals.
func (c *checker) sortErrs() {
	at := func(e *token.Error) token.Pos {
		if p, ok := c.sortAt[e]; ok {
			return p
		}
		return e.Pos
	}
	sort.SliceStable(c.errs, func(i, j int) bool { return at(c.errs[i]).Before(at(c.errs[j])) })
}

// quantLevels is SANY's check of a bounded \A or \E whose body is
// temporal: none of its bounds may be an action ("Action-level bound of
// quantified temporal formula.", at the bound), the body's names resolved
// in inner.
func (c *checker) quantLevels(sc, inner *scope, x *ast.Quant) {
	bounded := false
	for _, b := range x.Bounds {
		if b != nil && b.Set != nil {
			bounded = true
		}
	}
	if !bounded || c.levelIn(inner, x.Body, 0).level != levelTemporal {
		return
	}
	for _, b := range x.Bounds {
		if b != nil && b.Set != nil && c.levelIn(sc, b.Set, 0).level == levelAction {
			c.levelErrorf(b.Set.Pos(), "level error: Action-level bound of quantified temporal formula")
		}
	}
}

// markLevel records the last error as a level error (dropLevelErrs).
func (c *checker) markLevel() {
	if c.levelErrs == nil {
		c.levelErrs = map[*token.Error]bool{}
	}
	c.levelErrs[c.errs[len(c.errs)-1]] = true
}

// dropLevelErrs drops the level errors when there is another: SANY
// (SemanticNode.levelCheck is only called on a module without errors)
// level-checks no module with another semantic error.
func (c *checker) dropLevelErrs() {
	other := false
	for _, e := range c.errs {
		if !c.levelErrs[e] {
			other = true
		}
	}
	if !other {
		return
	}
	kept := c.errs[:0]
	for _, e := range c.errs {
		if !c.levelErrs[e] {
			kept = append(kept, e)
		}
	}
	c.errs = kept
}
