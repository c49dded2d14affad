package sema

import (
	"github.com/wspcycle/wspcycle/tla/ast"
	"github.com/wspcycle/wspcycle/tla/token"
)

// unsupportedSyntax reports, each with a positioned "unsupported" error,
// the constructs the parser reads as SANY does but the checker does not
// evaluate (RECURSIVE, higher-order operators, user-definable operator
// symbols, unbounded and temporal quantifiers), so that none of them
// reaches the evaluator to be misread.
//
// Theorems, axioms, USE and HIDE are skipped entirely: TLC neither checks
// proofs nor evaluates what a theorem or an axiom states (a false AXIOM
// does not stop it), so nothing in them can change a verdict.
func (c *checker) unsupportedSyntax(units []ast.Unit) {
	for _, u := range units {
		ast.Inspect(u, func(n ast.Node) bool {
			switch n := n.(type) {
			case *ast.Theorem, *ast.UseHide:
				return false
			case *ast.Recursive:
				c.errorf(n.Start, "unsupported: RECURSIVE")
			case *ast.OpDef:
				if n.Op != token.ILLEGAL {
					c.errorf(n.Name.NamePos, "unsupported: definition of the operator %s", n.Name.Name)
				}
				for i, a := range n.ParamArity {
					if a > 0 {
						c.errorf(n.Params[i].NamePos, "unsupported: operator parameter %s (higher-order operator)", n.Params[i].Name)
					}
				}
			case *ast.Lambda:
				c.errorf(n.LambdaPos, "unsupported: LAMBDA")
			case *ast.OpSymbol:
				c.errorf(n.SymPos, "unsupported: operator %s passed as an argument (higher-order operator)", n.Op)
			case *ast.Postfix:
				c.errorf(n.OpPos, "unsupported: user-definable operator %s", n.Op)
			case *ast.Binary:
				switch {
				case n.Op == token.SUBSETNEQ:
					c.errorf(n.OpPos, `unsupported: \subset (proper subset; write S \subseteq T /\ S # T)`)
				case n.Op == token.SLASH:
					c.errorf(n.OpPos, "unsupported: real division / (Reals)")
				case n.Op.IsUserDefinable():
					c.errorf(n.OpPos, "unsupported: user-definable operator %s", n.Op)
				}
			case *ast.Quant:
				if n.Op == token.TFORALL || n.Op == token.TEXISTS {
					c.errorf(n.QuantPos, "unsupported: temporal quantifier %s", n.Op)
					break
				}
				c.unbounded(n.Bounds)
			case *ast.Choose:
				c.unbounded([]*ast.Bound{n.Bound})
			case *ast.StepRef:
				c.errorf(n.StepPos, "unsupported: proof step name %s outside a proof", n.Name)
			}
			return true
		})
	}
}

// unbounded reports a binder without a set: TLC cannot enumerate \E x : P.
func (c *checker) unbounded(bounds []*ast.Bound) {
	for _, b := range bounds {
		if b != nil && b.Set == nil && len(b.Names) > 0 {
			x := b.Names[0]
			c.errorf(x.NamePos, "unsupported: unbounded quantifier or CHOOSE over %s (write %s \\in S)", x.Name, x.Name)
		}
	}
}
