package sema

import (
	"github.com/wspcycle/wspcycle/tla/ast"
	"github.com/wspcycle/wspcycle/tla/token"
)

// SANY's recursive definition section (Generator, TLC rev cc6b616): from
// a module's RECURSIVE declaration until every operator it announced is
// defined, only definitions (of operators, functions, instances) may
// come; a declaration, an assumption or a theorem there is an error of
// its own, over the whole statement: "A VARIABLE declaration may not
// appear within a recursive definition section." (a CONSTANT is "A
// declaration", ASSUME "An ASSUME", THEOREM "A THEOREM"). The section
// stays open while any operator of any earlier RECURSIVE is undefined:
// RECURSIVE F(_), G(_) then F(n) == n then VARIABLE y is refused.

// inRecursiveSection reports the module unit u when it may not appear
// where it does, inside a recursive definition section.
func (c *checker) inRecursiveSection(u ast.Unit) {
	if c.recOpen <= 0 {
		return
	}
	var what string
	switch u := u.(type) {
	case *ast.Variables:
		what = "a VARIABLE declaration"
	case *ast.Constants:
		what = "a declaration"
	case *ast.Assume:
		what = "an ASSUME"
	case *ast.Theorem:
		what = "a THEOREM"
		if u.Kind == token.AXIOM {
			what = "an ASSUME"
		}
	default:
		return
	}
	c.errorf(u.Pos(), "%s may not appear within a recursive definition section (between a RECURSIVE declaration and the definitions of all the operators it declares)", what)
}
