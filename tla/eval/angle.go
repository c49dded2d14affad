package eval

import (
	"github.com/wspcycle/wspcycle/tla/ast"
	"github.com/wspcycle/wspcycle/tla/value"
)

// angleExpr compiles <<A>>_v where a value is expected on a pair of states
// (an ACTION_CONSTRAINT, a trace spec's constraint): A /\ v' # v, as TLC
// evaluates it: A first, and v compared only when A holds. In a state
// predicate or at the initial state v' has no value, and reading it is
// the usual error.
func (c *compiler) angleExpr(e *ast.AngleAction, en cenv) cx {
	if en.primed || en.init {
		c.temporal = true
		return c.unsupported(e.Pos(), "temporal formula where a value or state predicate is expected")
	}
	act := c.expr(e.Action, en)
	cur := c.expr(e.Sub, en)
	ne := en
	ne.primed = true
	nxt := c.expr(e.Sub, ne)
	c.sawPrime = true // an action: not a state predicate
	pos := e.Pos()
	return cx{fn: func(k *ctx) (value.Value, error) {
		a, err := act.fn(k)
		if err != nil {
			return nil, err
		}
		ok, isBool := value.AsBool(a)
		if !isBool {
			return nil, errorf(pos, "The action of <<A>>_v should be a boolean, but instead it is:\n%s", a)
		}
		if !ok {
			return value.False, nil
		}
		x, y, err := eval2(k, cur, nxt)
		if err != nil {
			return nil, err
		}
		eq, err := value.EqualChecked(x, y)
		return value.Bool(!eq), wrap(pos, err)
	}, dep: deps(act, cur, nxt), pos: pos}
}
