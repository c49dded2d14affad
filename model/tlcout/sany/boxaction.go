package sany

import (
	"strings"

	"github.com/wspcycle/wspcycle/model"
	"github.com/wspcycle/wspcycle/tla/ast"
	"github.com/wspcycle/wspcycle/tla/parser"
	"github.com/wspcycle/wspcycle/tla/source"
	"github.com/wspcycle/wspcycle/tla/token"
)

// boxAction is SANY's error for [] or <> applied to an action not of the
// form [A]_v or <<A>>_v (package sema's "level error: [] followed by
// action not of form [A]_v", at the operator), over the whole formula
// from the operator to its argument's end, as TLC rev cc6b616 prints it.
func boxAction(e *token.Error, module string) (item, bool) {
	msg, ok := strings.CutPrefix(e.Msg, "level error: ")
	if !ok || !strings.Contains(msg, " followed by action not of form ") {
		return item{}, false
	}
	src, err := source.ReadFile(e.Pos.Filename)
	if err != nil {
		return item{}, false
	}
	mods, _ := parser.ParseModules(e.Pos.Filename, src)
	var x *ast.Unary
	for _, mod := range mods {
		ast.Inspect(mod, func(n ast.Node) bool {
			if u, ok := n.(*ast.Unary); ok && u.OpPos == e.Pos {
				x = u
			}
			return x == nil
		})
	}
	if x == nil {
		return item{}, false
	}
	r := model.ExprRange(x, source.ReadFile)
	if !r.IsValid() {
		return item{}, false
	}
	return item{model.SourceRange{Module: module, Start: r.Start, End: r.End}, msg + "."}, true
}
