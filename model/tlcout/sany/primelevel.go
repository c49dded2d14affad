package sany

import (
	"strings"

	"github.com/wspcycle/wspcycle/model"
	"github.com/wspcycle/wspcycle/tla/ast"
	"github.com/wspcycle/wspcycle/tla/parser"
	"github.com/wspcycle/wspcycle/tla/source"
	"github.com/wspcycle/wspcycle/tla/token"
)

// primeLevel is SANY's error for a prime applied to an expression that is
// already an action (x primed twice, (x' + 1)'; package sema's "level error: prime
// applied to an expression that already contains ..." at the outer
// prime), as TLC rev cc6b616 prints it: over the whole primed expression,
// from its operand's first character to the prime, "Level error in
// applying operator ':\nThe level of argument 1 exceeds the maximum level
// allowed by the operator.".
func primeLevel(e *token.Error, module string) (item, bool) {
	if !strings.HasPrefix(e.Msg, "level error: prime applied to an expression that already contains ") {
		return item{}, false
	}
	src, err := source.ReadFile(e.Pos.Filename)
	if err != nil {
		return item{}, false
	}
	mods, _ := parser.ParseModules(e.Pos.Filename, src)
	var x *ast.Prime
	for _, mod := range mods {
		ast.Inspect(mod, func(n ast.Node) bool {
			if p, ok := n.(*ast.Prime); ok && p.PrimePos == e.Pos {
				x = p
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
	return item{model.SourceRange{Module: module, Start: r.Start, End: r.End},
		"Level error in applying operator ':\nThe level of argument 1 exceeds the maximum level allowed by the operator."}, true
}
