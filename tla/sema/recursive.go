package sema

import (
	"sort"

	"github.com/wspcycle/wspcycle/tla/ast"
	"github.com/wspcycle/wspcycle/tla/token"
)

// Recursive and higher-order operators, as SANY resolves them.

// declareRecursive declares the operators that RECURSIVE F(_), G(_, _)
// announces: they are visible from here on (in their own and each other's
// bodies), and each must be defined later among the same units with the
// declared number of parameters.
func (c *checker) declareRecursive(sc *scope, u *ast.Recursive) {
	for _, d := range u.Names {
		n := len(sc.syms)
		c.declare(sc, d.Name, &symbol{kind: symDef, arity: d.Arity, recursive: true})
		if sc == c.global && len(sc.syms) > n {
			c.recOpen++
		}
	}
}

// declareDef declares an operator definition, or completes the RECURSIVE
// declaration of the same scope that announced it.
func (c *checker) declareDef(sc *scope, u *ast.OpDef) {
	if prev := sc.syms[u.Name.Name]; prev != nil && prev.recursive && prev.def == nil {
		if prev.arity != len(u.Params) {
			c.errorf(u.Name.NamePos, "%s is declared RECURSIVE with %d parameter%s but defined with %d", u.Name.Name, prev.arity, plural(prev.arity), len(u.Params))
		} else if n := len(u.ParamArity); n > 0 && u.ParamArity[n-1] > 0 {
			// A RECURSIVE declaration declares no operator parameter
			// (R(_, _)), and SANY compares each parameter's arity, but
			// keeps only the last comparison (Generator, TLC rev
			// cc6b616): R(n, F(_)) is of "different arity", R(F(_), n)
			// is not.
			c.errorf(u.Name.NamePos, "%s is declared RECURSIVE with %d parameter%s but defined with the operator parameter %s last", u.Name.Name, prev.arity, plural(prev.arity), u.Params[n-1].Name)
		}
		prev.def = u
		if sc == c.global {
			c.recOpen--
		}
		return
	}
	c.declare(sc, u.Name, &symbol{kind: symDef, arity: len(u.Params), def: u})
}

// undefinedRecursive reports the operators of sc declared RECURSIVE but
// never defined there.
func (c *checker) undefinedRecursive(sc *scope) {
	var missing []*symbol
	for _, s := range sc.syms {
		if s.recursive && s.def == nil {
			missing = append(missing, s)
		}
	}
	sort.Slice(missing, func(i, j int) bool { return missing[i].pos.Before(missing[j].pos) })
	for _, s := range missing {
		c.errorf(s.pos, "the operator %s is declared RECURSIVE but not defined", s.name)
		if sc == c.global {
			// SANY reports a module's undefined ones after its whole
			// body (golden RecDecl): sorted last.
			if c.sortAt == nil {
				c.sortAt = map[*token.Error]token.Pos{}
			}
			c.sortAt[c.errs[len(c.errs)-1]] = token.Pos{Filename: s.pos.Filename, Line: 1 << 30}
		}
		s.def = &ast.OpDef{} // once
	}
}

// paramArity is the arity of parameter p of d: 0 for an ordinary
// parameter, n for an operator parameter F(_, ..., _).
func paramArity(d *ast.OpDef, p *ast.Ident) int {
	for i, q := range d.Params {
		if q == p && i < len(d.ParamArity) {
			return d.ParamArity[i]
		}
	}
	return 0
}

// operatorArgs checks the arguments of an operator application, where an
// operator may be passed by its name (SelectSeq(s, Test), F(G)) or its
// symbol (FoldFunction(+, 0, f)), as well as LAMBDA.
func (c *checker) operatorArgs(sc *scope, args []ast.Expr) {
	for _, a := range args {
		switch a := a.(type) {
		case *ast.Ident:
			if sym := sc.lookup(a.Name); sym != nil && sym.arity > 0 {
				continue // an operator passed by name
			}
		case *ast.ModRef:
			if len(a.Args) == 0 && len(a.Sels) == 0 && c.refArity(sc, a) > 0 {
				// An instance's operator passed by name: I!Op.
				for _, st := range a.Path {
					for _, x := range st.Args {
						c.expr(sc, x)
					}
				}
				continue
			}
		case *ast.OpSymbol:
			prefix := a.Op == token.MINUSDOT
			if prefix {
				c.needOp(sc, token.MINUS, true, a.SymPos)
			} else {
				c.needOp(sc, a.Op, false, a.SymPos)
				c.userOp(sc, a.Op, a.SymPos)
			}
			continue
		}
		c.expr(sc, a)
	}
}

// userOp reports a user-definable operator symbol (a \prec b, a ** b,
// x^+) that neither a standard module nor the spec defines, and whether
// it did.
func (c *checker) userOp(sc *scope, op token.Kind, pos token.Pos) bool {
	// \subset and / are user-definable symbols too (the token kinds keep
	// them apart). One that nothing defines (no Reals for /, no
	// a \subset b == ... of the spec's) is SANY's undefined symbol, in
	// any module (TLC rev cc6b616); a defined \subset, which the
	// evaluator lacks, unsupportedSyntax reports.
	special := op == token.SUBSETNEQ || op == token.SLASH
	if !op.IsUserDefinable() && !special {
		return false
	}
	if _, ok := builtinByOp(op, false); ok {
		return false
	}
	switch {
	case sc.lookup(op.String()) != nil:
	case op == token.SLASH && c.visible["Real"].Module == "Reals":
		// Reals' division, which SANY resolves (the evaluator lacks it).
	case bagsInfix[op] && c.visible["BagIn"].Module == "Bags":
		// Bags' (+), (-), \sqsubseteq, visible with the module.
	case op == token.CDOT:
		// SANY predefines \cdot as the composition of actions, which the
		// evaluator computes in actions (eval/compose.go).
	case op == token.SLASH:
		c.errorf(pos, "undefined operator / (it is defined in the standard module Reals: add EXTENDS Reals)")
		return true
	default:
		c.errorf(pos, "undefined operator %s", op)
		return true
	}
	return false
}
