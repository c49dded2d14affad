package eval

import (
	"github.com/wspcycle/wspcycle/tla/ast"
	"github.com/wspcycle/wspcycle/tla/token"
)

// TLC splits the next-state relation into its actions (Tool.getActions)
// before it computes the initial states, going through \/, LET bodies and
// labels. A literal met on that way (a number or a string: no operator
// application to SANY) fails the split, "The next state relation is not
// a boolean expression." and the literal (a number by its value, a string
// by its location), an exception after "Starting..." with no search, exit
// 255 (TLC rev cc6b616: NEXT Next with Next == 1, Next == "a",
// Next == x' = 1 \/ 2). TLC walks the body of the cfg's NEXT as it walks
// the relation; the body of any other operator it applies (the Next of a
// SPECIFICATION's [][Next]_v included) it walks inside a try that swallows
// the failure, making the application one action, and a \E catches its
// body's failure too: there the literal fails later, when evaluated (TLC
// rev cc6b616: SPECIFICATION Init /\ [][Next]_x, Next == x' = 1 \/ 2, exit
// 75).

// splitLiteral returns TLC's error for the first literal its split of e
// meets outside operator applications, nil when there is none.
func (c *compiler) splitLiteral(e ast.Expr, en cenv) *Error {
	switch e := e.(type) {
	case *ast.Paren:
		return c.splitLiteral(e.X, en)
	case *ast.Label:
		return c.splitLiteral(e.Body, en)
	case *ast.Number, *ast.String:
		return &Error{Msg: nextNotBool + "\n" + c.nodeName(e, c.env(en).mod.Name.Name)}
	case *ast.Junction:
		if e.Op == token.OR {
			for _, it := range e.Items {
				if err := c.splitLiteral(it, en); err != nil {
					return err
				}
			}
		}
	case *ast.Binary:
		if e.Op == token.OR {
			if err := c.splitLiteral(e.X, en); err != nil {
				return err
			}
			return c.splitLiteral(e.Y, en)
		}
	case *ast.Let:
		le, _ := c.letScopeMemo(e, en)
		return c.splitLiteral(e.Body, le)
	}
	return nil
}
