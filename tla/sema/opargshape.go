package sema

import (
	"fmt"

	"github.com/wspcycle/wspcycle/tla/ast"
	"github.com/wspcycle/wspcycle/tla/token"
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
			if n > 0 && c.opArgArity(sc, x, i, n, a) {
				continue
			}
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

// opArgArity checks the argument a, number i (from 0) of x, given for a
// parameter of arity n > 0, as SANY does (TLC rev cc6b616, goldens
// HLamLong, HOpArgArity, HOpArgExpr in model/testdata/tlc/sany): a
// LAMBDA of another arity ("Lambda expression with arity ..." at the
// operator's name), a name of an operator of another arity ("Expected
// arity ..." at the name) or an expression ("An expression appears as
// argument ..." at it), each followed by "Argument number i to operator
// 'F' should be a n-parameter operator." over the application, sorted
// after the first. It reports whether it found such a mistake.
func (c *checker) opArgArity(sc *scope, x *ast.OpApp, i, n int, a ast.Expr) bool {
	name := x.Name.Name
	var at token.Pos
	switch a := a.(type) {
	case *ast.Lambda:
		if len(a.Params) == n {
			return false
		}
		at = x.Name.NamePos
		c.errorf(at, "Lambda expression with arity %d used as argument %d of operator `%s', \nbut an operator of arity %d is required.", len(a.Params), i+1, name, n)
	case *ast.Ident:
		arg := sc.lookup(a.Name)
		if arg == nil || arg.arity == n {
			return false
		}
		// Any name, a constant's or a 0-ary definition's too (goldens
		// HOpArgDef0, HOpArgConst).
		at = a.NamePos
		c.errorf(at, "Expected arity %d but found operator of arity %d.", n, arg.arity)
	case *ast.Number, *ast.String, *ast.Bool, *ast.Tuple, *ast.SetEnum, *ast.Binary, *ast.Paren:
		at = a.Pos()
		c.errorf(at, "An expression appears as argument number %d (counting from 1) to operator '%s', in a position an operator is required.", i+1, name)
	default:
		return false
	}
	c.errorf(x.Name.NamePos, "Argument number %d to operator '%s' \nshould be a %d-parameter operator.", i+1, name, n)
	if c.sortAt == nil {
		c.sortAt = map[*token.Error]token.Pos{}
	}
	c.sortAt[c.errs[len(c.errs)-1]] = at
	return true
}

// uniqueFields reports a field of a record constructor [a |-> 1, a |-> 2]
// or a set of records [a : S, a : T] that an earlier one names, in SANY's
// words, at the repeated name (TLC rev cc6b616, goldens HRecordDup and
// HRecSetDup in model/testdata/tlc/sany).
func (c *checker) uniqueFields(fields []*ast.Field) {
	seen := map[string]bool{}
	for _, f := range fields {
		if f == nil || f.Name == nil {
			continue
		}
		if seen[f.Name.Name] {
			c.errorf(f.Name.NamePos, "Non-unique fields in constructor.")
		}
		seen[f.Name.Name] = true
	}
}
