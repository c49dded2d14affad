package eval

import (
	"fmt"

	"github.com/wspcycle/wspcycle/tla/ast"
	"github.com/wspcycle/wspcycle/tla/token"
)

// TLC gives a declared constant C replaced in the cfg by a definition
// (C <- Def) the value of Def, evaluated once as a constant before the
// search; when Def depends on the state, that evaluation fails and TLC
// stops with its configuration error 2281 (exit 151), wrapping the
// evaluation's own error (TLC rev cc6b616, on Def == x + 1 + y):
//
//	The configuration file substitutes constant C with non-constant Def - specifically: In evaluation, the identifier x is either undefined or not an operator.
//	line 5, col 8 to line 5, col 8 of module SC
//
// The variable named is the first TLC's evaluation meets: the first in
// the text of Def, looking through the definitions Def uses. A temporal
// operator met first ([](x > 0)) is TLC's "TLC encountered a temporal
// formula ([]A) when evaluating a predicate or action.".

// nonConstantSubst is that message for C <- Def, whose body is body in
// module context env.
func (c *compiler) nonConstantSubst(cname, def string, body ast.Expr, env *modEnv) string {
	head := fmt.Sprintf("The configuration file substitutes constant %s with non-constant %s - specifically: ", cname, def)
	if inner := c.firstStateRef(body, env, map[ast.Node]bool{}); inner != "" {
		return head + inner
	}
	return head + "it depends on the state."
}

// firstStateRef is TLC's evaluation error for the first variable or
// temporal operator in e's text, following the definitions it names; ""
// when there is none.
func (c *compiler) firstStateRef(e ast.Expr, env *modEnv, seen map[ast.Node]bool) string {
	var msg string
	ast.Inspect(e, func(n ast.Node) bool {
		if msg != "" {
			return false
		}
		var name *ast.Ident
		switch n := n.(type) {
		case *ast.Unary:
			if n.Op == token.BOX || n.Op == token.EVENTUALLY {
				msg = fmt.Sprintf("TLC encountered a temporal formula (%sA) when evaluating a predicate or action.\n%s", n.Op, tlcAt(n.Pos(), 0, env))
				return false
			}
		case *ast.Ident:
			name = n
		case *ast.OpApp:
			name = n.Name
		}
		if name == nil {
			return true
		}
		x, ok := c.lookupIn(env, name.Name)
		if !ok {
			return true
		}
		switch x.kind {
		case eVar:
			msg = fmt.Sprintf("In evaluation, the identifier %s is either undefined or not an operator.\n%s", name.Name, tlcAt(name.NamePos, len(name.Name), env))
			return false
		case eDef:
			if d, ok := x.node.(*ast.OpDef); ok && !seen[d] {
				seen[d] = true
				if m := c.firstStateRef(d.Body, x.env, seen); m != "" {
					// The arguments are in the text before the body is
					// evaluated.
					if app, ok := n.(*ast.OpApp); ok {
						for _, a := range app.Args {
							if am := c.firstStateRef(a, env, seen); am != "" {
								m = am
								break
							}
						}
					}
					msg = m
					return false
				}
			}
		}
		return true
	})
	return msg
}

// tlcAt is TLC's location line for the n characters at p in env's module
// ("line 5, col 8 to line 5, col 8 of module SC"; n = 0: the position
// alone).
func tlcAt(p token.Pos, n int, env *modEnv) string {
	end := p.Col + max(n, 1) - 1
	return fmt.Sprintf("line %d, col %d to line %d, col %d of module %s", p.Line, p.Col, p.Line, end, env.mod.Name.Name)
}
