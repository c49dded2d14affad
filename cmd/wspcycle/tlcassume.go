package main

import (
	"fmt"
	"strings"

	"github.com/wspcycle/wspcycle/model"
	"github.com/wspcycle/wspcycle/tla/ast"
	"github.com/wspcycle/wspcycle/tla/eval"
	"github.com/wspcycle/wspcycle/tla/parser"
	"github.com/wspcycle/wspcycle/tla/source"
)

// tlcAssumptionText is TLC's words for a false ASSUME: its message names
// the assumption's whole range ("Assumption line 4, col 8 to line 4, col
// 12 of module A is false.", TLC rev cc6b616), where the loader's, which
// `wspcycle check` prints, names its first position only. The message is
// kept as it is when the ASSUME cannot be found again.
func tlcAssumptionText(ae *eval.AssumptionError) string {
	src, err := source.ReadFile(ae.Pos.Filename)
	if err != nil {
		return ae.Msg
	}
	mods, err := parser.ParseModules(ae.Pos.Filename, src)
	if err != nil {
		return ae.Msg
	}
	var expr ast.Expr
	var find func(m *ast.Module)
	find = func(m *ast.Module) {
		for _, u := range m.Units {
			switch u := u.(type) {
			case *ast.Assume:
				if u.Expr != nil && u.Expr.Pos() == ae.Pos {
					expr = u.Expr
				}
			case *ast.InnerModule:
				find(u.Module)
			}
		}
	}
	for _, m := range mods {
		find(m)
	}
	r := model.ExprRange(expr, source.ReadFile)
	if !r.IsValid() {
		return ae.Msg
	}
	at := fmt.Sprintf("line %d, col %d of module ", ae.Pos.Line, ae.Pos.Col)
	return strings.Replace(ae.Msg, at, fmt.Sprintf("line %d, col %d to line %d, col %d of module ", r.Start.Line, r.Start.Col, r.End.Line, r.End.Col), 1)
}
