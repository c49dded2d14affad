package sema

import (
	"github.com/wspcycle/wspcycle/tla/ast"
	"github.com/wspcycle/wspcycle/tla/token"
)

// SANY (TLC rev cc6b616) checks each a <- e of an INSTANCE's WITH, in
// the order written, before it looks for the declarations nothing
// substitutes (substmissing.go):
//
//   - a, that is not a CONSTANT or VARIABLE of the instantiated module
//     (its own or one of a module it extends; a standard module declares
//     none), is "Identifier 'a' is not a legal target of a substitution";
//   - a, substituted for by an earlier a <- e of the same WITH, is
//     "Multiple substitutions for symbol 'a' in substitution".
//
// Both are errors at a, whether or not the instance is ever used: the
// spec is refused, where the substitution was ignored (a checked spec
// TLC refuses).

// SubstNotTarget and SubstTwice start package sema's messages for these
// errors (package sany gives them SANY's words).
const (
	SubstNotTarget = "not a CONSTANT or VARIABLE of the module instantiated: "
	SubstTwice     = "substituted for twice in one WITH: "
	SubstArity     = "the substitution for an operator constant needs an operator of its arity: "
)

// substitutions checks the WITH of in, whose values are resolved in sc:
// each target, then (for a legal one, as SANY) its value. at is where the
// INSTANCE statement starts: the errors are sorted there, before the
// missing substitutions SANY reports next (sortErrs). An operator
// constant may be substituted by an operator (Leader <- Leader, Op <-
// LAMBDA x : e).
func (c *checker) substitutions(sc *scope, at token.Pos, in *ast.Instance) {
	if in == nil {
		return
	}
	decls := c.substDecls(in)
	var arities map[string]int
	if decls != nil {
		arities = c.substArities(in)
	}
	done := map[string]bool{}
	for _, w := range in.With {
		if w == nil {
			continue
		}
		if w.Name != nil && decls != nil {
			name := w.Name.Name
			switch {
			case !decls[name]:
				c.substErrorf(at, w.Name.NamePos, SubstNotTarget+"%s (module %s)", name, in.Module.Name)
				continue
			case done[name]:
				c.substErrorf(at, w.Name.NamePos, SubstTwice+"%s", name)
			}
			done[name] = true
		}
		c.substValue(sc, in, w, arities)
	}
}

// substValue resolves the value of the substitution w of in, whose target
// is an operator CONSTANT of arity n = arities[target] (0 for a constant
// or variable, or where the target is not known) and checks its arity as
// SANY does: for n > 0 an operator of arity n (a name of one, a LAMBDA
// of n parameters), for 0 an expression (a bare name of an operator with
// arguments is "The operator G requires 1 arguments.").
func (c *checker) substValue(sc *scope, in *ast.Instance, w *ast.Substitution, arities map[string]int) {
	n := 0
	if w.Name != nil {
		n = arities[w.Name.Name]
	}
	if n == 0 {
		if _, ok := w.Value.(*ast.Ident); ok && arities != nil {
			c.expr(sc, w.Value)
			return
		}
		c.operatorArgs(sc, []ast.Expr{w.Value})
		return
	}
	c.operatorArgs(sc, []ast.Expr{w.Value})
	name := w.Name.Name
	switch v := ast.Unparen(w.Value).(type) {
	case *ast.Lambda:
		if len(v.Params) != n {
			c.errorf(v.LambdaPos, SubstArity+"%s %d: a LAMBDA of %d", name, n, len(v.Params))
		}
		return
	case *ast.Ident:
		if sc.lookup(v.Name) == nil {
			// Reported undefined (operatorArgs); SANY adds that no
			// operator of the arity is substituted (golden HInstUndefOp).
			c.errorf(v.NamePos, SubstArity+"%s %d: an undefined name", name, n)
			return
		}
		if sym := sc.lookup(v.Name); sym != nil && sym.arity > 0 {
			if sym.arity != n {
				c.errorf(v.NamePos, SubstArity+"%s %d: an operator of arity %d", name, n, sym.arity)
			}
			return
		}
	case *ast.OpSymbol, *ast.ModRef:
		return // an operator's symbol, an instance's operator: not checked here
	}
	c.errorf(w.Value.Pos(), SubstArity+"%s %d: an expression", name, n)
}

// substErrorf reports an error at pos, sorted at the INSTANCE's start at.
func (c *checker) substErrorf(at, pos token.Pos, format string, args ...any) {
	c.errorf(pos, format, args...)
	if at.IsValid() {
		if c.sortAt == nil {
			c.sortAt = map[*token.Error]token.Pos{}
		}
		c.sortAt[c.errs[len(c.errs)-1]] = at
	}
}

// substDecls are the names of the CONSTANTs and VARIABLEs of the module
// in instantiates (none for a standard module); nil where that module is
// not known (not found, or a cycle: package module reports them).
func (c *checker) substDecls(in *ast.Instance) map[string]bool {
	if in.Module == nil || c.im.mods == nil {
		return nil
	}
	m := c.im.mods[in.Module.Name]
	if m == c.mod || m == nil && moduleImports[in.Module.Name] == nil {
		return nil
	}
	decls := map[string]bool{}
	if m != nil {
		for _, d := range c.im.declsInSANYOrder(m) {
			decls[d.name] = true
		}
	}
	return decls
}

// substArities are the arities of the operator CONSTANTs of the module in
// instantiates (with those of the modules it extends).
func (c *checker) substArities(in *ast.Instance) map[string]int {
	out := map[string]int{}
	if m := c.im.mods[in.Module.Name]; m != nil && m != c.mod {
		for name, s := range c.im.exports(m) {
			if s.kind == symConst && s.arity > 0 {
				out[name] = s.arity
			}
		}
	}
	return out
}
