package sany

import (
	"strings"
	"unicode/utf8"

	"github.com/wspcycle/wspcycle/model"
	"github.com/wspcycle/wspcycle/tla/ast"
	"github.com/wspcycle/wspcycle/tla/token"
)

// opArg is SANY's range for package sema's errors about an argument given
// for an operator parameter (sema's opArgArity, whose messages are SANY's
// own; TLC rev cc6b616): "Argument number i to operator 'F' ..." over the
// application F(...), "Lambda expression with arity ..." over F's name,
// "Expected arity ..." over the argument's name (and "Non-unique fields
// in constructor." over the field's), and "An expression
// appears as argument ..." over the whole argument. ok is false for any
// other error.
func opArg(e *token.Error, src []byte, module string) (item, bool) {
	word := func(n int) model.SourceRange {
		end := e.Pos
		end.Col += n - 1
		return model.SourceRange{Module: module, Start: e.Pos, End: end}
	}
	switch {
	case strings.HasPrefix(e.Msg, "Argument number ") && strings.Contains(e.Msg, "-parameter operator."):
		if r, ok := parenRange(src, e.Pos, module); ok {
			r.Start = e.Pos // from the operator's name
			return item{r, e.Msg}, true
		}
	case strings.HasPrefix(e.Msg, "Lambda expression with arity "):
		if _, rest, ok := strings.Cut(e.Msg, "`"); ok {
			if name, _, ok := strings.Cut(rest, "'"); ok {
				return item{word(utf8.RuneCountInString(name)), e.Msg}, true
			}
		}
	case strings.HasPrefix(e.Msg, "Expected arity "), e.Msg == "Non-unique fields in constructor.":
		// The argument's name; a record's repeated field name (sema's
		// uniqueFields; golden HRecDupLong).
		if tok, _ := tokensAt(src, e.Pos); tok != "" {
			return item{word(utf8.RuneCountInString(tok)), e.Msg}, true
		}
	case strings.HasPrefix(e.Msg, "An expression appears as argument number "):
		if r, ok := nodeRange(e.Pos, module, func(n ast.Node) bool {
			x, ok := n.(ast.Expr)
			return ok && x.Pos() == e.Pos
		}); ok {
			return item{r, e.Msg}, true
		}
	}
	return item{}, false
}
