package sany

import (
	"strings"

	"github.com/wspcycle/wspcycle/tla/ast"
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
	r, ok := nodeRange(e.Pos, module, func(n ast.Node) bool {
		p, ok := n.(*ast.Prime)
		return ok && p.PrimePos == e.Pos
	})
	if !ok {
		return item{}, false
	}
	return item{r, "Level error in applying operator ':\nThe level of argument 1 exceeds the maximum level allowed by the operator."}, true
}
