package eval

import (
	"fmt"

	"github.com/wspcycle/wspcycle/tla/ast"
	"github.com/wspcycle/wspcycle/tla/token"
	"github.com/wspcycle/wspcycle/tla/value"
)

// TLC does not refuse an ACTION_CONSTRAINT with a temporal operator
// when it loads the model: it meets []e or <>e when it evaluates the
// constraint on the first successor, and stops there with the exception
// "TLC encountered a temporal formula (<>A) when evaluating a predicate
// or action." and the formula's range, the trace up to that successor
// (exit 75; TLC rev cc6b616). Compiling an action constraint
// (compiler.temporalAtRun), []e and <>e are that error when evaluated.

// temporalAtRun compiles []e or <>e, met in an action constraint, as
// TLC's evaluation error.
func (c *compiler) temporalAtRun(e *ast.Unary) cx {
	c.metRun = true
	msg := fmt.Sprintf("TLC encountered a temporal formula (%sA) when evaluating a predicate or action.", e.Op)
	return cx{fn: func(*ctx) (value.Value, error) {
		return nil, &Error{Pos: e.Pos(), Msg: msg, Expr: e}
	}, dep: depNext | depSide, pos: e.Pos()}
}

// atRun reports whether the temporal operator op is compiled as
// temporalAtRun.
func (c *compiler) atRun(op token.Kind) bool {
	return c.temporalRun && (op == token.BOX || op == token.EVENTUALLY)
}
