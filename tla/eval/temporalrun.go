package eval

import (
	"fmt"
	"strings"

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

// fairnessAtRun compiles WF_v(A) or SF_v(A), met where TLC evaluates
// a predicate or an action (an INIT, a NEXT, a constraint), as TLC's
// evaluation error "TLC encountered a temporal formula (WF) ..."
// (model/testdata/tlc/postrun: WFRunNext, WFRunInit, WFRunConsSF).
func (c *compiler) fairnessAtRun(e *ast.Fairness) cx {
	kind := "WF"
	if strings.HasPrefix(e.Op.String(), "SF") {
		kind = "SF"
	}
	return c.temporalFormulaAtRun(e, kind)
}

// leadsToAtRun compiles a ~> b there: "(a ~> b)" in TLC's message, the
// whole formula its range (WFRunLeads).
func (c *compiler) leadsToAtRun(e *ast.Binary) cx {
	return c.temporalFormulaAtRun(e, "a ~> b")
}

// temporalFormulaAtRun is e compiled as TLC's error for the temporal
// formula named what.
func (c *compiler) temporalFormulaAtRun(e ast.Expr, what string) cx {
	c.metRun = true
	msg := "TLC encountered a temporal formula (" + what + ") when evaluating a predicate or action."
	return cx{fn: func(*ctx) (value.Value, error) {
		return nil, &Error{Pos: e.Pos(), Msg: msg, Expr: e}
	}, dep: depNext | depSide, pos: e.Pos()}
}

// atRun reports whether the temporal operator op is compiled as
// temporalAtRun.
func (c *compiler) atRun(op token.Kind) bool {
	return c.temporalRun && (op == token.BOX || op == token.EVENTUALLY)
}
