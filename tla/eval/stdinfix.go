package eval

import (
	"github.com/wspcycle/wspcycle/tla/ast"
	"github.com/wspcycle/wspcycle/tla/sema"
	"github.com/wspcycle/wspcycle/tla/token"
)

// stdInfix are the infix symbols a standard module defines (+, <, \o,
// :>, ..., and Reals' /) rather than the language: a module may define
// them itself.
var stdInfix = func() map[token.Kind]bool {
	m := map[token.Kind]bool{token.SLASH: true}
	for _, b := range sema.Builtins {
		if b.Op != token.ILLEGAL && !b.Prefix && b.Arity == 2 {
			m[b.Op] = true
		}
	}
	return m
}()

// stdFirstKey is a module and a symbol, for compiler.stdFirst's cache.
type stdFirstKey struct {
	mod *ast.Module
	op  token.Kind
}

// ownInfix compiles the application of the standard infix symbol op
// (or Integers' prefix -., MINUSDOT, applied to args[0]) where the module the expression is written in means its own
// definition of it: an operator parameter or a LET definition named by
// it (which sema allows only where no standard module defines it), or
// a module-level definition that SANY read before any standard module
// defining op (sema.StdFirst: with EXTENDS Naturals, Foo, Naturals' +
// wins over Foo's, with EXTENDS Foo, Naturals, Foo's). ok is false for
// the standard operator.
func (c *compiler) ownInfix(op token.Kind, pos token.Pos, args []ast.Expr, en cenv) (cx, bool) {
	if en.sc.lookup(op.String()) == nil && c.stdFirst(op, en) {
		return cx{}, false
	}
	return c.userSymbol(op, pos, args, en)
}

// ownInfixDefined is ownInfix's choice without compiling: whether op
// means a definition of the spec.
func (c *compiler) ownInfixDefined(op token.Kind, en cenv) bool {
	if en.sc.lookup(op.String()) == nil && c.stdFirst(op, en) {
		return false
	}
	return c.userDefined(op, en)
}

// stdFirst reports whether op is the standard module's operator in the
// module en's expression is written in (sema.StdFirst).
func (c *compiler) stdFirst(op token.Kind, en cenv) bool {
	m := c.env(en).mod
	k := stdFirstKey{m, op}
	if v, ok := c.stdFirstCache[k]; ok {
		return v
	}
	if c.stdFirstCache == nil {
		c.stdFirstCache = map[stdFirstKey]bool{}
	}
	v := sema.StdFirst(m, c.prog, op.String())
	c.stdFirstCache[k] = v
	return v
}
