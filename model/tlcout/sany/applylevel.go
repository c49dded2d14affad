package sany

import (
	"strings"

	"github.com/wspcycle/wspcycle/tla/ast"
	"github.com/wspcycle/wspcycle/tla/token"
)

// applyLevel is SANY's error for a built-in operator's argument above
// the level the operator takes (package sema's "level error: Level error
// in applying operator OP: The level of argument N exceeds ...", at the
// operator: ENABLED's, ='s, the [ of [A]_v or the << of <<A>>_v, WF_'s, a user
// operator's name), over the
// operator's whole application, on two lines as TLC rev cc6b616 prints
// it.
func applyLevel(e *token.Error, module string) (item, bool) {
	msg, ok := strings.CutPrefix(e.Msg, "level error: Level error in applying operator ")
	if !ok {
		return item{}, false
	}
	op, rest, ok := strings.Cut(msg, ": ")
	if !ok {
		return item{}, false
	}
	r, ok := nodeRange(e.Pos, module, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.Unary:
			return n.OpPos == e.Pos
		case *ast.Binary:
			return n.OpPos == e.Pos
		case *ast.BoxAction:
			return n.Lbrack == e.Pos
		case *ast.AngleAction:
			return n.Ltuple == e.Pos
		case *ast.Fairness:
			return n.FairPos == e.Pos
		case *ast.OpApp:
			return n.Name.NamePos == e.Pos
		case *ast.SetEnum:
			return n.Lbrace == e.Pos
		case *ast.SetFilter:
			return n.Lbrace == e.Pos
		case *ast.SetMap:
			return n.Lbrace == e.Pos
		case *ast.Tuple:
			return n.Ltuple == e.Pos
		case *ast.Choose:
			return n.ChoosePos == e.Pos
		case *ast.FuncSet:
			return n.Lbrack == e.Pos
		case *ast.FuncApp:
			return n.Lbrack == e.Pos
		case *ast.Except:
			return n.Lbrack == e.Pos
		case *ast.ModRef:
			return len(n.Path) > 0 && n.Pos() == e.Pos
		}
		return false
	})
	if !ok {
		return item{}, false
	}
	return item{r, "Level error in applying operator " + op + ":\n" + rest + "."}, true
}
