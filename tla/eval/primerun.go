package eval

import (
	"strings"

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
	c.metRun = true
	msg := "In evaluation, the identifier " + name + " is either undefined or not an operator.\n" +
		span.Name(pos, end, span.Module(pos.Filename))
	return cx{fn: func(*ctx) (value.Value, error) {
		return nil, &Error{Pos: pos, Msg: msg}
	}, dep: depNext | depSide, pos: pos}
}

// withPrimeRun compiles with compiler.primeRun and temporalRun set: a
// CONSTRAINT or a VIEW, where TLC meets a prime or a temporal operator
// only when it evaluates them.
func (c *compiler) withPrimeRun(f func()) {
	c.withRun(true, true, f)
}

// withRun compiles with compiler.primeRun and temporalRun set as given.
func (c *compiler) withRun(prime, temporal bool, f func()) {
	oldP, oldT := c.primeRun, c.temporalRun
	c.primeRun, c.temporalRun = prime, temporal
	defer func() { c.primeRun, c.temporalRun = oldP, oldT }()
	f()
}

// atRunError reports whether msg is a compile error that TLC meets only
// as an evaluation error: a prime or UNCHANGED in an initial predicate,
// [] or <> where a predicate or action is evaluated.
func atRunError(msg string) bool {
	return msg == primeInInit || msg == unchangedInInit || msg == "unsupported: "+temporalFormula ||
		strings.HasPrefix(msg, temporalUnsupported+"[] ") || strings.HasPrefix(msg, temporalUnsupported+"<> ") ||
		strings.HasPrefix(msg, temporalUnsupported+"~> ")
}

// retryAtRun runs compile; when it met one of atRunError's errors, it
// drops its errors and runs it again with primeRun (when prime) and
// temporalRun set (only then: the definitions that meet a prime or a
// temporal operator under them are compiled apart, defcache.go).
func (c *compiler) retryAtRun(prime bool, compile func()) {
	n := len(c.errs)
	compile()
	for _, err := range c.errs[n:] {
		if atRunError(err.Msg) {
			c.errs = c.errs[:n]
			c.withRun(prime, true, compile)
			return
		}
	}
}

// primeInInit and unchangedInInit are the compile errors of a prime in
// an initial predicate, which initAction turns into TLC's evaluation
// error.
const (
	primeInInit         = "a primed expression in the initial predicate"
	unchangedInInit     = "UNCHANGED in the initial predicate"
	temporalUnsupported = "unsupported: temporal operator " // ops.go's, of [], <> and ~>
	// temporalFormula: compile.go's, of WF, SF and [][A]_v
	temporalFormula = "temporal formula where a value or state predicate is expected"
)

// initAction compiles the initial predicate e, a prime, UNCHANGED, []
// or <> in it TLC's evaluation error (retryAtRun).
func (c *compiler) initAction(e ast.Expr, en cenv) []step {
	var steps []step
	c.retryAtRun(true, func() { steps = c.action(e, en) })
	return steps
}
