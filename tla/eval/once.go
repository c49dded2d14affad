package eval

import (
	"sync/atomic"

	"github.com/wspcycle/wspcycle/tla/value"
)

// Constant-level definitions that apply a recursive operator or function.
// TLC evaluates every constant-level definition without parameters once,
// before the search (SpecProcessor.processConstantDefns), and uses its
// value from then on. A definition with no dependency at all is folded
// here when it is compiled (compiler.fold); one that applies a recursive
// definition (depRec) cannot be: a recursive body may still be compiling.
// Such a definition is evaluated once instead, the first time a value is
// needed, and shared by every evaluation after it (Ring == CHOOSE r \in [S
// -> S] : IsCycle(r), with IsCycle recursive, used at every step).
//
// An evaluation that fails is not kept: each use evaluates again and fails
// the same way where it is used, as when the definition is expanded. A
// definition with effects (Print), that reads the run (RandomElement) or
// the states is left as it is.

// onceCell holds the value of one such definition once computed; workers
// share it (the value is immutable, and two workers computing it at the
// same time compute the same value).
type onceCell struct{ v value.Value }

// onceValue wraps the compiled constant-level definition ce so that it is
// evaluated at most once successfully.
func onceValue(ce compiled) cx {
	x := ce.x
	if x.dep&depRec == 0 || x.dep&^depRec != 0 || ce.prime || ce.temporal {
		return x
	}
	var cell atomic.Pointer[onceCell]
	fn := x.fn
	x.fn = func(k *ctx) (value.Value, error) {
		if c := cell.Load(); c != nil {
			return c.v, nil
		}
		v, err := fn(k)
		if err != nil {
			return nil, err
		}
		cell.Store(&onceCell{v: v})
		return v, nil
	}
	return x
}
