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
	if en.primed {
		return c.fail(e.Pos(), "ENABLED under a prime")
	}
	if en.init {
		return c.enabledInInit(e, en)
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

// enabledInInit compiles ENABLED A in the initial predicate, where TLC
// puts a conjunct of the specification that is a state predicate
// (Spec == Init /\ [][Next]_v /\ ENABLED Next): a filter of the
// initial states, A run from the state built so far (TLC rev cc6b616: the
// initial states where Next is not enabled are not generated). A variable
// not assigned yet is TLC's error where A reads it (partialState).
func (c *compiler) enabledInInit(e *ast.Unary, en cenv) cx {
	act := en
	act.init = false
	saw, partial := c.sawPrime, c.partialState
	c.partialState = true
	steps, cut := c.enabledAction(e.X, act)
	c.sawPrime, c.partialState = saw, partial
	n := cut.size()
	return cx{fn: func(k *ctx) (value.Value, error) {
		savedS := k.s
		k.s = k.t
		var pre value.State
		if n > 0 {
			pre = make(value.State, n)
		}
		found, err := k.someSuccessor(steps, pre, nil)
		k.s = savedS
		return value.Bool(found), err
	}, dep: depNext | depEnv | depSide}
}
