package sema

import (
	"fmt"

	"github.com/wspcycle/wspcycle/tla/ast"
)

// SANY's shapes of operator arguments (OpApplNode's argument checks, TLC
// rev cc6b616), which the evaluator does not enforce where a misuse still
// computes something: H(g(_, _), x) == g(LAMBDA y : y + 1, x) with
// H(G, 1) for G(f(_), x) == f(f(x)) evaluated to 3, where TLC refuses the
// spec.
//   - An operator parameter's arguments are expressions: a LAMBDA given
//     to g(_, _) is "LAMBDA expression used where an expression is
//     required."
//   - An operator passed for a parameter g(_, _) takes expressions: a
//     definition with an operator parameter of its own is "Argument
//     number 1 to operator 'H' should be a 2-parameter operator."

// opArgShapes checks x, an application of sym, against those rules.
func (c *checker) opArgShapes(sc *scope, sym *symbol, x *ast.OpApp) {
	switch {
	case sym.kind == symParam && sym.arity > 0:
		for _, a := range x.Args {
			if l, ok := a.(*ast.Lambda); ok {
				c.errorf(l.LambdaPos, "LAMBDA expression used where an expression is required.")
			}
		}
	case sym.kind == symDef && sym.def != nil && len(sym.def.ParamArity) == len(x.Args):
		for i, a := range x.Args {
			n := sym.def.ParamArity[i]
			id, ok := a.(*ast.Ident)
			if n == 0 || !ok {
				continue
			}
			arg := sc.lookup(id.Name)
			if arg == nil || arg.kind != symDef || arg.def == nil {
				continue
			}
			for _, m := range arg.def.ParamArity {
				if m > 0 {
					c.errorf(x.Name.NamePos, "%s", fmt.Sprintf("Argument number %d to operator '%s' \nshould be a %d-parameter operator.", i+1, x.Name.Name, n))
					break
				}
			}
		}
	}
}
