package main

import (
	"github.com/wspcycle/wspcycle/model"
	"github.com/wspcycle/wspcycle/model/tlcout"
	"github.com/wspcycle/wspcycle/tla/ast"
	"github.com/wspcycle/wspcycle/tla/eval"
	"github.com/wspcycle/wspcycle/tla/token"
)

// tlcCoverageNote is said once on stderr with -coverage: what of TLC's
// coverage report is printed, and what is not.
const tlcCoverageNote = "wspcycle tlc: -coverage prints TLC's report at the level of definitions " +
	"(the initial predicate and each action with distinct:generated states, the invariants) at the end of the run; " +
	"not printed: the per-expression counts and costs, the number of values of each variable, the constraints' counts, " +
	"and the report every N minutes during the run\n"

// tlcCoverage builds TLC's coverage report from a finished search: the
// initial predicate (its distinct states and those generated, which the
// actions' counts leave of the report's), each action of Next named by its
// definition's head (an unnamed disjunct of Next as "Next (l c l c)" with
// its own range), and the invariants.
//
// TLC's counts agree with these on a search that completes without a
// violation and without temporal properties; on a violation or a liveness
// check TLC also counts the states it generates again to rebuild the
// trace or check the properties, which are not searches here.
func tlcCoverage(sp *eval.Spec, rep *model.Report, read func(string) ([]byte, error)) *tlcout.Coverage {
	head := func(name string, pos token.Pos) model.SourceRange {
		if d := findDef(sp.Module, name); d != nil {
			pos = d.Start
		}
		return model.HeadRange(pos, read)
	}
	c := &tlcout.Coverage{}
	gen := rep.Generated
	for i, a := range rep.Coverage {
		it := tlcout.CoverageItem{Name: a.Name, Distinct: a.Distinct, Generated: a.Generated}
		var expr ast.Expr
		if i < len(sp.Actions) {
			expr = sp.Actions[i].Expr
		}
		if expr != nil && expr.Pos() == a.Pos && i < len(rep.Ranges) {
			// A disjunct of Next, not a definition of its own.
			it.Head, it.Part = head(a.Name, token.Pos{}), rep.Ranges[i]
		} else {
			it.Head = head(a.Name, a.Pos)
		}
		c.Actions = append(c.Actions, it)
		gen -= a.Generated
	}
	c.Init = tlcout.CoverageItem{Name: sp.InitName, Head: head(sp.InitName, sp.InitPos), Distinct: rep.InitStates, Generated: max(gen, rep.InitStates)}
	for _, p := range sp.Invariants {
		c.Invariants = append(c.Invariants, tlcout.CoverageItem{Name: p.Name, Head: head(p.Name, p.Pos)})
	}
	return c
}

// findDef is the definition of name in mod, or nil.
func findDef(mod *ast.Module, name string) *ast.OpDef {
	if mod == nil {
		return nil
	}
	for _, u := range mod.Units {
		if d, ok := u.(*ast.OpDef); ok && d.Name != nil && d.Name.Name == name {
			return d
		}
	}
	return nil
}
