package sany

import (
	"github.com/wspcycle/wspcycle/model"
	"github.com/wspcycle/wspcycle/tla/ast"
	"github.com/wspcycle/wspcycle/tla/parser"
	"github.com/wspcycle/wspcycle/tla/source"
	"github.com/wspcycle/wspcycle/tla/token"
)

// nodeRange is the whole range of the node of the file at pos that at
// picks (at(n) reports whether n is the node an error at pos is about),
// named after module: SANY prints some of its errors over the whole
// expression where package sema positions them at an operator.
func nodeRange(pos token.Pos, module string, at func(ast.Node) bool) (model.SourceRange, bool) {
	src, err := source.ReadFile(pos.Filename)
	if err != nil {
		return model.SourceRange{}, false
	}
	mods, _ := parser.ParseModules(pos.Filename, src)
	var x ast.Node
	for _, mod := range mods {
		ast.Inspect(mod, func(n ast.Node) bool {
			if x == nil && n != nil && at(n) {
				x = n
			}
			return x == nil
		})
	}
	e, ok := x.(ast.Expr)
	if !ok {
		return model.SourceRange{}, false
	}
	r := model.ExprRange(e, source.ReadFile)
	if !r.IsValid() {
		return model.SourceRange{}, false
	}
	return model.SourceRange{Module: module, Start: r.Start, End: r.End}, true
}
