package eval

import (
	"github.com/wspcycle/wspcycle/tla/ast"
	"github.com/wspcycle/wspcycle/tla/value"
)

// enabled compiles ENABLED A: whether A has a successor from the current
// state. A runs on a fresh next state; the first successor stops it. In an
// instance context ENABLED is over the instance's variables, as TLC's is
// (enabledcut.go).
func (c *compiler) enabled(e *ast.Unary, en cenv) cx {
	if en.init || en.primed {
		return c.fail(e.Pos(), "ENABLED in the initial predicate or under a prime")
	}
	// ENABLED A is a state predicate even though A primes variables.
	saw := c.sawPrime
	steps, cut := c.enabledAction(e.X, en)
	c.sawPrime = saw
	n := cut.size()
	return cx{fn: func(k *ctx) (value.Value, error) {
		var pre value.State
		if n > 0 {
			pre = make(value.State, n)
		}
		found, err := k.someSuccessor(steps, pre, nil)
		return value.Bool(found), err
	}, dep: depState | depEnv | depSide}
}

// someSuccessor runs steps from k.s on a fresh next state (or on a copy of
// pre, to test a given step; a longer pre is the next state of an ENABLED
// with free instance variables) and reports whether some successor satisfies
// accept (any successor when accept is nil). k's own next state and
// continuation stack are saved and restored, so it may be called in the
// middle of evaluating an action.
func (k *ctx) someSuccessor(steps []step, pre value.State, accept func(k *ctx) (bool, error)) (bool, error) {
	savedT, savedStack, savedEmit := k.t, k.stack, k.emit
	// The scratch functions may be in the saved next state: they are not
	// to be reused meanwhile (and nothing here outlives the call anyway).
	savedOK, savedMask := k.scratchOK, k.scratchMask
	k.scratchOK, k.scratchMask = false, 0
	k.t = make(value.State, max(k.prog.nvars, len(pre)))
	copy(k.t, pre)
	k.stack = nil
	found := false
	k.emit = func(k *ctx) error {
		if accept != nil {
			ok, err := accept(k)
			if err != nil || !ok {
				return err
			}
		}
		found = true
		return stopErr{}
	}
	err := k.run(steps, 0)
	k.t, k.stack, k.emit = savedT, savedStack, savedEmit
	k.scratchOK, k.scratchMask = savedOK, savedMask
	if _, ok := err.(stopErr); ok {
		err = nil
	}
	return found, err
}
