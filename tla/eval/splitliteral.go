package eval

import (
	"github.com/wspcycle/wspcycle/tla/ast"
	"github.com/wspcycle/wspcycle/tla/token"
)

// TLC splits the next-state relation into its actions (Tool.getActions)
// before it computes the initial states, going through \/, LET bodies,
// labels and the bodies of user-defined operators applied to
// constant-level arguments (a definition without parameters whose value
// TLC computed at its start is a value: an action). A literal met on that
// way (a number or a string: no operator application to SANY) fails the
// split, "The next state relation is not a boolean expression." and the
// literal (a number by its value, a string by its location), an exception
// after "Starting..." with no search, exit 255 (TLC rev cc6b616: Next == 1,
// Next == "a", Next == x' = 1 \/ 2). A \E catches its body's failure and
// is one action (its literal fails later, when evaluated), and so is any
// other operator.

// splitLiteral returns TLC's error for the first literal its split of e
// meets, nil when there is none.
func (b *builder) splitLiteral(e ast.Expr, en cenv, depth int) *Error {
	c := b.c
	if depth > maxInline {
		return nil
	}
	switch e := e.(type) {
	case *ast.Paren:
		return b.splitLiteral(e.X, en, depth)
	case *ast.Label:
		return b.splitLiteral(e.Body, en, depth)
	case *ast.Number, *ast.String:
		return &Error{Msg: nextNotBool + "\n" + c.nodeName(e, c.env(en).mod.Name.Name)}
	case *ast.Junction:
		if e.Op == token.OR {
			for _, it := range e.Items {
				if err := b.splitLiteral(it, en, depth); err != nil {
					return err
				}
			}
		}
	case *ast.Binary:
		if e.Op == token.OR {
			if err := b.splitLiteral(e.X, en, depth); err != nil {
				return err
			}
			return b.splitLiteral(e.Y, en, depth)
		}
	case *ast.Let:
		le, _ := c.letScopeMemo(e, en)
		return b.splitLiteral(e.Body, le, depth)
	case *ast.Ident, *ast.OpApp, *ast.ModRef:
		d, de, ok := c.userOp(e, en)
		if !ok {
			return nil
		}
		if depth > 0 && len(d.Params) == 0 && !isLetOp(e, en) && b.constLevel(e, en) {
			return nil // a value since TLC's start (not the cfg's NEXT itself)
		}
		if app, isApp := e.(*ast.OpApp); isApp {
			for _, a := range app.Args {
				if !b.constLevel(a, en) {
					return nil
				}
			}
		}
		return b.splitLiteral(d.Body, de, depth+1)
	}
	return nil
}
