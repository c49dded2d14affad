package eval

import (
	"github.com/wspcycle/wspcycle/tla/ast"
	"github.com/wspcycle/wspcycle/tla/span"
	"github.com/wspcycle/wspcycle/tla/token"
	"github.com/wspcycle/wspcycle/tla/value"
)

// TLC does not refuse a CONSTRAINT, a VIEW or an INIT with a prime (or
// UNCHANGED) when
// it loads the model: it evaluates it on a state that has no successor,
// where x' is x looked up as an identifier, and stops with "In
// evaluation, the identifier x is either undefined or not an operator."
// at the first variable under a prime its evaluation meets (exit 75;
// TLC rev cc6b616: a constraint and a view on the first initial state,
// "While working on the initial state:", an initial predicate while
// computing the initial states). Compiling one of those
// (compiler.primeRun), a primed variable is that error when evaluated.

// primedAtRun is the primed variable i, at pos, compiled as TLC's error.
func (c *compiler) primedAtRun(i int, pos token.Pos) cx {
	name := c.varNames[i]
	// The message names the variable's range itself, as TLC does (the
	// error's expression is the primed one).
	end := pos
	end.Col += len(name) - 1
	msg := "In evaluation, the identifier " + name + " is either undefined or not an operator.\n" +
		span.Name(pos, end, span.Module(pos.Filename))
	return cx{fn: func(*ctx) (value.Value, error) {
		return nil, &Error{Pos: pos, Msg: msg}
	}, dep: depNext | depSide, pos: pos}
}

// withPrimeRun compiles with compiler.primeRun set.
func (c *compiler) withPrimeRun(f func()) {
	old := c.primeRun
	c.primeRun = true
	defer func() { c.primeRun = old }()
	f()
}

// primeInInit and unchangedInInit are the compile errors of a prime in
// an initial predicate, which initAction turns into TLC's evaluation
// error.
const (
	primeInInit     = "a primed expression in the initial predicate"
	unchangedInInit = "UNCHANGED in the initial predicate"
)

// initAction compiles the initial predicate e. One with a prime is
// compiled again with compiler.primeRun, its prime then TLC's evaluation
// error (only then: primeRun compiles the definitions Init uses afresh,
// not once for all).
func (c *compiler) initAction(e ast.Expr, en cenv) []step {
	n := len(c.errs)
	steps := c.action(e, en)
	primed := false
	for _, err := range c.errs[n:] {
		if err.Msg == primeInInit || err.Msg == unchangedInInit {
			primed = true
		}
	}
	if !primed {
		return steps
	}
	c.errs = c.errs[:n]
	c.withPrimeRun(func() { steps = c.action(e, en) })
	return steps
}
