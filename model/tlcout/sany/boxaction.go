package sany

import (
	"strings"

	"github.com/wspcycle/wspcycle/tla/ast"
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
	r, ok := nodeRange(e.Pos, module, func(n ast.Node) bool {
		u, ok := n.(*ast.Unary)
		return ok && u.OpPos == e.Pos
	})
	if !ok {
		return item{}, false
	}
	return item{r, msg + "."}, true
}
