package sany

import (
	"unicode/utf8"

	"github.com/wspcycle/wspcycle/model"
	"github.com/wspcycle/wspcycle/tla/ast"
	"github.com/wspcycle/wspcycle/tla/parser"
	"github.com/wspcycle/wspcycle/tla/source"
	"github.com/wspcycle/wspcycle/tla/token"
)

// proofDefEntry is SANY's range for package sema's errors on a BY, USE or
// HIDE (TLC rev cc6b616; goldens DefNope, DefKinds): "DEF clause entry
// should describe a defined operator." over the entry's name (a step
// name <1>1 whole), "Empty BY" and "Empty USE or HIDE statement." from
// the statement's first keyword (PROOF of PROOF BY) to the end of its
// last DEF entry. ok is false for any other error.
func proofDefEntry(e *token.Error, src []byte, module string) (item, bool) {
	switch e.Msg {
	case "DEF clause entry should describe a defined operator.":
		tok, _ := tokensAt(src, e.Pos)
		if tok == "" {
			return item{}, false
		}
		end := e.Pos
		end.Col += utf8.RuneCountInString(tok) - 1
		return item{model.SourceRange{Module: module, Start: e.Pos, End: end}, e.Msg}, true
	case "Empty BY", "Empty USE or HIDE statement.":
		end, ok := lastDefEnd(e.Pos)
		if !ok {
			return item{}, false
		}
		return item{model.SourceRange{Module: module, Start: e.Pos, End: end}, e.Msg}, true
	}
	return item{}, false
}

// lastDefEnd is the position of the last character of the last DEF entry
// of the BY, USE or HIDE that starts at pos.
func lastDefEnd(pos token.Pos) (token.Pos, bool) {
	src, err := source.ReadFile(pos.Filename)
	if err != nil {
		return token.Pos{}, false
	}
	mods, _ := parser.ParseModules(pos.Filename, src)
	var defs []ast.Expr
	found := false
	for _, mod := range mods {
		ast.Inspect(mod, func(n ast.Node) bool {
			if found || n == nil {
				return false
			}
			switch n := n.(type) {
			case *ast.TerminalProof:
				if n.Start == pos {
					defs, found = n.Defs, true
				}
			case *ast.UseHide:
				if n.Start == pos {
					defs, found = n.Defs, true
				}
			}
			return !found
		})
	}
	if len(defs) == 0 {
		return token.Pos{}, false
	}
	end := token.Pos{}
	switch d := defs[len(defs)-1].(type) {
	case *ast.Ident:
		end = d.NamePos
		end.Col += utf8.RuneCountInString(d.Name) - 1
	case *ast.Bool:
		end = d.ValuePos
		end.Col += len("FALSE") - 1
		if d.Value {
			end.Col = d.ValuePos.Col + len("TRUE") - 1
		}
	case *ast.StepRef:
		end = d.StepPos
		tok, _ := tokensAt(src, d.StepPos)
		end.Col += utf8.RuneCountInString(tok) - 1
	default:
		return token.Pos{}, false
	}
	return end, true
}
