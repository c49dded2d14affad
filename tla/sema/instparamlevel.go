package sema

import (
	"github.com/wspcycle/wspcycle/tla/ast"
)

// instParamLevels checks the arguments of M(args)!Op, x, for the
// parameters of M(p) == INSTANCE N WITH ... (SANY's I!Op takes them
// first), and reports the first too high, as "Level error in applying
// operator name"; it reports whether it did. When N is not a constant
// module, an expression substituted for a CONSTANT of N must be constant
// and one for a VARIABLE at most a state function (instanceLevels): a
// parameter that raises the substitution's level takes no higher an
// argument (TLC rev cc6b616: M(p) == INSTANCE Inner WITH K <- p, ...:
// M(v)!Val with v a variable is refused; it had been checked, reading v
// for the constant K). Only plain expressions are followed: what an
// operator substituted (F <- LAMBDA ...) allows is left to TLC's run.
func (c *checker) instParamLevels(sc *scope, x *ast.ModRef, name string) bool {
	if len(x.Path) == 0 || len(x.Path[0].Args) == 0 || c.im.mods == nil {
		return false
	}
	st := x.Path[0]
	sym := c.topLook(sc)(st.Name.Name, st.Name.NamePos)
	if sym == nil || sym.kind != symInst || sym.idef == nil || sym.inst == nil {
		return false
	}
	d := sym.idef
	if len(d.Params) != len(st.Args) || d.Inst == nil {
		return false
	}
	kinds := map[string]symKind{}
	constant := true
	for _, dc := range c.im.declsInSANYOrder(sym.inst) {
		kinds[dc.name] = dc.kind
		if dc.kind == symVar {
			constant = false
		}
	}
	if constant {
		return false
	}
	for i := range d.Params {
		most := levelTemporal
		for _, w := range d.Inst.With {
			if w == nil || w.Name == nil || w.Value == nil {
				continue
			}
			if _, lambda := w.Value.(*ast.Lambda); lambda {
				continue
			}
			k, ok := kinds[w.Name.Name]
			if !ok || k != symConst && k != symVar {
				continue
			}
			m := 0
			if k == symVar {
				m = levelState
			}
			if m >= most {
				continue
			}
			bound := make([]*levelArg, len(d.Params))
			for j := range bound {
				bound[j] = &levelArg{}
			}
			bound[i] = &levelArg{lv: levelInfo{level: levelTemporal}}
			if c.levelWith(bindLook(c.topLook(nil), d.Params, bound), w.Value, 1).level > m {
				most = m
			}
		}
		if most == levelTemporal {
			continue
		}
		// levelIn counts from an action up; formulaLevel sees the
		// variables a state function reads.
		lv := max(c.levelIn(sc, st.Args[i], 0).level, c.formulaLevel(st.Args[i], map[*ast.OpDef]bool{}))
		if c.argAbove(x.Pos(), name, i+1, lv, most) {
			return true
		}
	}
	return false
}
