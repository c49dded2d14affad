package sany

import (
	"regexp"
	"unicode/utf8"

	"github.com/wspcycle/wspcycle/model"
	"github.com/wspcycle/wspcycle/tla/ast"
	"github.com/wspcycle/wspcycle/tla/parser"
	"github.com/wspcycle/wspcycle/tla/source"
	"github.com/wspcycle/wspcycle/tla/token"
)

// reUndefinedOp reads package sema's error for an operator symbol that
// nothing defines where it is applied (x \o y without Sequences, -x
// without Integers, x^+ without a definition of ^+).
var reUndefinedOp = regexp.MustCompile(`^undefined operator (unary -|\S+)(?: \(|$)`)

// undefinedOp is SANY's pair of errors for that (TLC rev cc6b616): "Could
// not find declaration or definition of symbol 'S'." at the symbol, then
// "Couldn't resolve infix (prefix, postfix) operator symbol `S'." at the
// whole application, S being SANY's name of the operator ("-." for the
// prefix minus). ok is false when the application is not found.
func undefinedOp(e *token.Error, module string) ([]item, bool) {
	m := reUndefinedOp.FindStringSubmatch(e.Msg)
	if m == nil {
		return nil, false
	}
	src, err := source.ReadFile(e.Pos.Filename)
	if err != nil {
		return nil, false
	}
	mods, _ := parser.ParseModules(e.Pos.Filename, src)
	var app ast.Expr
	var kind string
	var op token.Kind
	for _, mod := range mods {
		ast.Inspect(mod, func(n ast.Node) bool {
			switch x := n.(type) {
			case *ast.Binary:
				if x.OpPos == e.Pos {
					app, kind, op = x, "infix", x.Op
				}
			case *ast.Unary:
				if x.OpPos == e.Pos {
					app, kind, op = x, "prefix", x.Op
				}
			case *ast.Postfix:
				if x.OpPos == e.Pos {
					app, kind, op = x, "postfix", x.Op
				}
			}
			return app == nil
		})
	}
	if app == nil {
		return nil, false
	}
	name := identifier(op.String())
	if kind == "prefix" && op == token.MINUS {
		name = "-."
	}
	whole := model.ExprRange(app, source.ReadFile)
	if !whole.IsValid() {
		return nil, false
	}
	whole.Module = module
	tok, _ := tokensAt(src, e.Pos)
	sym := model.SourceRange{Module: module, Start: e.Pos, End: e.Pos}
	sym.End.Col += utf8.RuneCountInString(tok) - 1
	if kind == "postfix" {
		whole.End = sym.End // the application ends with the symbol
	}
	return []item{
		{sym, "Could not find declaration or definition of symbol '" + name + "'."},
		{whole, "Couldn't resolve " + kind + " operator symbol `" + name + "'."},
	}, true
}
