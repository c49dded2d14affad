package eval

import (
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
