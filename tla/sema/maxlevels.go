package sema

import (
	"github.com/wspcycle/wspcycle/tla/ast"
	"github.com/wspcycle/wspcycle/tla/token"
)

// SANY's maximum argument levels of a user operator (OpDefNode's
// maxLevels, TLC rev cc6b616): a parameter whose level reaches an
// argument of ENABLED, =, SUBSET, UNION, DOMAIN, a set, a tuple, CHOOSE,
// [S -> T], the action of [A]_v, <<A>>_v, WF_v(A) or SF_v(A), or an
// argument of another such operator, may not be given a temporal
// argument (G(a) == ENABLED a: G(<>P) is "Level error in applying
// operator G: The level of argument 1 exceeds the maximum level allowed
// by the operator."), one that is primed, UNCHANGED or a subscript no
// action (F(a) == a': F(x')). The module's own definitions, its LET
// definitions and its instances' (I!Op) are checked, and only these
// constraints: whatever is not found is left to TLC's run.

// maxLevels is, per parameter of the module's definition d, the highest
// level its argument may have (cached; a definition under way, being
// recursive, constrains nothing).
func (c *checker) maxLevels(d *ast.OpDef) []int {
	return c.maxLevelsIn(d, c.topLook(nil))
}

// maxLevelsIn is maxLevels of d whose body's names look resolves (an
// instance's definition: the names of its module).
func (c *checker) maxLevelsIn(d *ast.OpDef, top lookFn) []int {
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
		look := bindLook(top, d.Params, bound)
		reaches := func(x ast.Expr, m int) {
			if m < ml[i] && c.levelWith(look, x, 1).level > m {
				ml[i] = m
			}
		}
		ast.Inspect(d.Body, func(n ast.Node) bool {
			switch n := n.(type) {
			case *ast.Prime:
				reaches(n.X, levelState)
			case *ast.Unary:
				switch n.Op {
				case token.ENABLED, token.SUBSET, token.UNION, token.DOMAIN:
					reaches(n.X, levelAction)
				case token.UNCHANGED:
					reaches(n.X, levelState)
				}
			case *ast.SetEnum:
				for _, e := range n.Elems {
					reaches(e, levelAction)
				}
			case *ast.Tuple:
				for _, e := range n.Elems {
					reaches(e, levelAction)
				}
			case *ast.SetFilter:
				reaches(n.Pred, levelAction)
			case *ast.SetMap:
				reaches(n.Elem, levelAction)
			case *ast.Choose:
				reaches(n.Body, levelAction)
			case *ast.FuncSet:
				reaches(n.Dom, levelAction)
				reaches(n.Rng, levelAction)
			case *ast.Binary:
				if n.Op == token.EQ {
					reaches(n.X, levelAction)
					reaches(n.Y, levelAction)
				}
			case *ast.BoxAction:
				reaches(n.Action, levelAction)
				reaches(n.Sub, levelState)
			case *ast.AngleAction:
				reaches(n.Action, levelAction)
				reaches(n.Sub, levelState)
			case *ast.Fairness:
				reaches(n.Sub, levelState)
				reaches(n.Action, levelAction)
			case *ast.OpApp:
				if s := top(n.Name.Name, n.Name.NamePos); s != nil && s.kind == symDef && s.def != nil && s.def != d && len(s.def.Params) == len(n.Args) {
					for j, m := range c.maxLevelsIn(s.def, top) {
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
		if m < levelTemporal && c.argAbove(x.Name.NamePos, x.Name.Name, i+1, c.levelIn(sc, x.Args[i], 0).level, m) {
			return
		}
	}
}

// instArgLevels checks the arguments of I!Op(args) (x) against the
// maxLevels of Op in its module, as userArgLevels does, naming it I!Op as
// SANY does (TLC rev cc6b616: I!CanStep(<>P) with CanStep(a) == ENABLED a
// is "Level error in applying operator I!CanStep: ...").
func (c *checker) instArgLevels(sc *scope, x *ast.ModRef) {
	d, names := c.modRefDef(c.topLook(sc), x)
	if d == nil || len(d.Params) != len(x.Args) {
		return
	}
	// SANY's I!Op takes the instance's parameters first: I(1)!Op(a)'s
	// a is its argument 2.
	name, off := "", 0
	for _, st := range x.Path {
		name += st.Name.Name + "!"
		off += len(st.Args)
	}
	name += x.Name.Name
	if c.instParamLevels(sc, x, name) {
		return
	}
	dl := func(n string, _ token.Pos) *symbol { return names[n] }
	for i, m := range c.maxLevelsIn(d, dl) {
		if m < levelTemporal && c.argAbove(x.Pos(), name, off+i+1, c.levelIn(sc, x.Args[i], 0).level, m) {
			return
		}
	}
}
