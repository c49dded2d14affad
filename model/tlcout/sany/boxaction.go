package sany

import (
	"strings"

	"github.com/wspcycle/wspcycle/tla/ast"
	"github.com/wspcycle/wspcycle/tla/token"
)

// boxAction is SANY's error for [] or <> applied to an action not of the
// form [A]_v or <<A>>_v (package sema's "level error: [] followed by
// action not of form [A]_v", at the operator), over the whole formula
// from the operator to its argument's end, as TLC rev cc6b616 prints it;
// and its errors for a logical operator with a temporal and an action
// operand, or ~> with an action operand, over the operator's formula.
func boxAction(e *token.Error, module string) (item, bool) {
	msg, ok := strings.CutPrefix(e.Msg, "level error: ")
	if !ok || !strings.Contains(msg, " followed by action not of form ") &&
		!strings.Contains(msg, " has both temporal formula and action as arguments") &&
		!strings.HasPrefix(msg, "Action used where only temporal formula or state predicate allowed") &&
		!strings.HasPrefix(msg, "Action-level bound of quantified temporal formula") {
		return item{}, false
	}
	// The operator's node: [] or <> of an action, a logical operator or ~>
	// with operands of levels it does not take, a bulleted list
	// (package sema's levelmix.go).
	r, ok := nodeRange(e.Pos, module, func(n ast.Node) bool {
		if strings.HasPrefix(msg, "Action-level bound") {
			// A quantifier's bound: the outermost expression there.
			x, ok := n.(ast.Expr)
			return ok && x.Pos() == e.Pos
		}
		switch n := n.(type) {
		case *ast.Unary:
			return n.OpPos == e.Pos
		case *ast.Binary:
			return n.OpPos == e.Pos
		case *ast.Junction:
			return n.Pos() == e.Pos
		}
		return false
	})
	if !ok {
		return item{}, false
	}
	return item{r, msg + "."}, true
}
