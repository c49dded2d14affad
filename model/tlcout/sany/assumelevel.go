package sany

import (
	"regexp"

	"github.com/wspcycle/wspcycle/model"
	"github.com/wspcycle/wspcycle/tla/ast"
	"github.com/wspcycle/wspcycle/tla/parser"
	"github.com/wspcycle/wspcycle/tla/source"
	"github.com/wspcycle/wspcycle/tla/token"
)

// reAssumeLevel reads package sema's error for an assumption that is not
// a constant formula.
var reAssumeLevel = regexp.MustCompile(`^assumption of level (\d) `)

// assumeLevel is SANY's error for that (TLC rev cc6b616), over the whole
// assumption, from its ASSUME (AXIOM) to the end of its formula:
// "Level error: assumptions must be level 0 (Constant), \nbut this one
// has level N.".
func assumeLevel(e *token.Error, module string) (item, bool) {
	m := reAssumeLevel.FindStringSubmatch(e.Msg)
	if m == nil {
		return item{}, false
	}
	src, err := source.ReadFile(e.Pos.Filename)
	if err != nil {
		return item{}, false
	}
	mods, _ := parser.ParseModules(e.Pos.Filename, src)
	var x ast.Expr
	for _, mod := range mods {
		for _, u := range mod.Units {
			switch u := u.(type) {
			case *ast.Assume:
				if u.Start == e.Pos {
					x = u.Expr
				}
			case *ast.Theorem:
				if u.Start == e.Pos {
					x = u.Body
				}
			}
		}
	}
	r := model.ExprRange(x, source.ReadFile)
	if x == nil || !r.IsValid() {
		return item{}, false
	}
	return item{model.SourceRange{Module: module, Start: e.Pos, End: r.End},
		"Level error: assumptions must be level 0 (Constant), \nbut this one has level " + m[1] + "."}, true
}
