package sema

import (
	"github.com/wspcycle/wspcycle/tla/ast"
	"github.com/wspcycle/wspcycle/tla/token"
)

// SANY's maximum argument levels of a user operator (OpDefNode's
// maxLevels, TLC rev cc6b616): a parameter whose level reaches an
// argument of ENABLED, of =, or the action of [A]_v or <<A>>_v, or an
// argument of another such operator, may not be given a temporal
// argument (G(a) == ENABLED a: G(<>P) is "Level error in applying
// operator G: The level of argument 1 exceeds the maximum level allowed
// by the operator."). Only the module's own definitions are checked, and
// only these constraints: whatever is not found is left to TLC's run.

// maxLevels is, per parameter of the module's definition d, the highest
// level its argument may have (cached; a definition under way, being
// recursive, constrains nothing).
func (c *checker) maxLevels(d *ast.OpDef) []int {
	if ml, ok := c.maxLv[d]; ok {
		if ml == nil {
			return c.noMax(d)
		}
		return ml
	}
	if c.maxLv == nil {
		c.maxLv = map[*ast.OpDef][]int{}
	}
	c.maxLv[d] = nil
	ml := c.noMax(d)
	for i := range d.Params {
		bound := make([]*levelArg, len(d.Params))
		for j := range bound {
			bound[j] = &levelArg{}
		}
		bound[i] = &levelArg{lv: levelInfo{level: levelTemporal}}
		look := bindLook(c.topLook(nil), d.Params, bound)
		reaches := func(x ast.Expr, m int) {
			if m < ml[i] && c.levelWith(look, x, 1).level > m {
				ml[i] = m
			}
		}
		ast.Inspect(d.Body, func(n ast.Node) bool {
			switch n := n.(type) {
			case *ast.Unary:
				if n.Op == token.ENABLED {
					reaches(n.X, levelAction)
				}
			case *ast.Binary:
				if n.Op == token.EQ {
					reaches(n.X, levelAction)
					reaches(n.Y, levelAction)
				}
			case *ast.BoxAction:
				reaches(n.Action, levelAction)
			case *ast.AngleAction:
				reaches(n.Action, levelAction)
			case *ast.OpApp:
				if g := c.defs[n.Name.Name]; g != nil && g != d && before(g.Name.NamePos, n.Name.NamePos) && len(g.Params) == len(n.Args) {
					for j, m := range c.maxLevels(g) {
						reaches(n.Args[j], m)
					}
				}
			}
			return true
		})
	}
	c.maxLv[d] = ml
	return ml
}

// noMax is d's parameters' levels unconstrained.
func (c *checker) noMax(d *ast.OpDef) []int {
	ml := make([]int, len(d.Params))
	for i := range ml {
		ml[i] = levelTemporal
	}
	return ml
}

// userArgLevels checks the arguments of x, an application of the
// module's definition d, against its maxLevels (all of which are an
// action's or a temporal formula's: argTooHigh reports a temporal
// argument), the first too high only.
func (c *checker) userArgLevels(sc *scope, d *ast.OpDef, x *ast.OpApp) {
	if len(d.Params) != len(x.Args) {
		return
	}
	for i, m := range c.maxLevels(d) {
		if m < levelTemporal && c.argTooHigh(x.Name.NamePos, x.Name.Name, i+1, c.levelIn(sc, x.Args[i], 0).level) {
			return
		}
	}
}
