package eval

import (
	"github.com/wspcycle/wspcycle/tla/token"
	"github.com/wspcycle/wspcycle/tla/value"
)

// TLC evaluates the constant definitions at load (SpecProcessor.
// processConstantDefns, rev cc6b616), before it has a model checker, a
// simulator or a worker thread. TLCSet is of constant level (TLC.tla
// defines it as TRUE, and its Java override asks for no higher level),
// so a definition using it is evaluated there too; but TLCSet of a
// register then finds nowhere to store the value and throws (a
// NullPointerException TLC swallows with every error of this
// evaluation): what the definition printed before stays printed, its
// register is not set, and the definition is left to be evaluated, and
// to print again, at each use (TLC: D == PrintT("d") /\ TLCSet(1, 5)
// prints "d" at load, unused; used in Init, again there, and sets the
// register). TLCSet("exit", v) and TLCSet("pause", v) find no checker to
// stop or pause and are TRUE: the definition is a value from load.

// evalAtLoad evaluates x, a constant definition's body, as TLC's load
// does (ctx.atLoad).
func (c *compiler) evalAtLoad(x cx) (value.Value, error) {
	k := c.constCtx()
	was := k.atLoad
	k.atLoad = true
	defer func() { k.atLoad = was }()
	return x.fn(k)
}

// errLoadTLCSet is the failure of TLCSet of a register at load: never
// reported (TLC swallows it), it only stops the evaluation.
func errLoadTLCSet(pos token.Pos) error {
	return errorf(pos, "TLCSet of a register while the constant definitions are evaluated at load")
}
