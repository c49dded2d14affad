package eval

import (
	"github.com/wspcycle/wspcycle/tla/ast"
	"github.com/wspcycle/wspcycle/tla/token"
	"github.com/wspcycle/wspcycle/tla/value"
)

// TLC evaluates at load every definition without parameters whose level
// bound (levelBound, TLC's getLevelBound) is constant
// (SpecProcessor.processConstantDefns, rev cc6b616), and keeps its value
// unless the evaluation failed. The level bound counts nothing of an
// operator argument (a LAMBDA, an operator's name): with
// Ap(F(_)) == F(0), Ap(LAMBDA v : TLCGet("level") < 2) is constant to
// TLC, evaluated once at load, where TLCGet("level") is 1, and is TRUE
// for the whole run (an INVARIANT so defined gets TLC's warning 2149 and
// is never checked in a state). The same with a variable,
// Ap(LAMBDA v : x < 2), fails at load, reading a variable of no state,
// and is evaluated where it is used.

// loadsHidden reports whether d (its body's names resolved in de), a
// definition without parameters, is one TLC evaluates at load although
// it may read the run (TLCGet) where its level bound does not see it:
// a definition of a context TLC loads (loadContext) whose level bound
// is constant and that primes nothing and uses no temporal operator.
// x is its body compiled as TLC's load evaluates it, without a state:
// a variable read there fails, as TLC's does, but one short-circuited
// away does not (Ap(LAMBDA v : TRUE \/ x < 0) is TRUE at load to TLC).
func (c *compiler) loadsHidden(d *ast.OpDef, de cenv) (x cx, ok bool) {
	if len(d.Params) > 0 || !loadContext(de.m) || c.levelBound(d.Body, de) > 0 {
		return cx{}, false
	}
	wasTrial, wasNoState := c.loadTrial, c.noState
	c.loadTrial, c.noState = true, true
	x, prime, temporal, ok := c.trialCompile(d.Body, de)
	c.loadTrial, c.noState = wasTrial, wasNoState
	return x, ok && !prime && !temporal && x.dep&(depNext|depEnv|depPending) == 0
}

// loadContext reports whether the definitions of context m are among
// those TLC evaluates at load: the root's, an EXTENDed module's, and a
// named instance's written outside any bound name (I == INSTANCE M, the
// instance's own instances alike); not those of a parameterised or LET
// instance, whose definitions take the instance's parameters to TLC.
func loadContext(m *modEnv) bool {
	if m == nil {
		return true
	}
	for k := m.ctx; k != nil; k = k.parent {
		if k.scoped {
			return false
		}
	}
	return true
}

// loadGet is TLCGet(name) evaluated at load, where TLC has no model
// checker yet: "level" is 1 (TLCState.Empty's level), "duration" 0,
// "action" the unnamed action, "revision" TLC's; any other fails, and
// the definition is left to be evaluated where it is used (TLC rev
// cc6b616, each printed by a definition hidden in a LAMBDA).
func (r *Run) loadGet(name string, pos token.Pos) (value.Value, error) {
	switch name {
	case "level":
		return value.Int(1), nil
	case "duration":
		return value.Int(0), nil
	case "action":
		return unknownAction(r.strs), nil
	case "revision":
		return r.revision(), nil
	}
	return nil, errorf(pos, "TLCGet(%s) while the constant definitions are evaluated at load", name)
}

// runAtLoad is x, the compiled definition of key, or its value at load
// when TLC evaluates it there although it reads the run (loadsHidden):
// D == Ap(LAMBDA v : TLCGet("level")) is 1 for the whole run, wherever
// it is used, in the root context or an instance's. Only one that reads
// the run and the state where it is compiled, as the depState and
// depRun TLCGet gives say, is tried: no other pays for the check.
func (c *compiler) runAtLoad(key defKey, x cx) cx {
	if c.loadTrial || c.noState || c.cov != nil || x.dep&(depNext|depEnv|depPending) != 0 {
		return x
	}
	lx, ok := c.loadsHidden(key.d, cenv{at: -1, m: key.m})
	if !ok {
		return x
	}
	v, err := c.evalLoadTrial(lx)
	if err != nil {
		return x
	}
	return konst(value.NormalizedTop(v), x.pos)
}

// evalLoadTrial is evalAtLoad of lx, compiled without a state, where a
// code path compiled elsewhere and shared (a cache this compile did not
// bypass) could still index the missing state: such a panic is a failure
// of the evaluation at load, as TLC's reading a variable of no state.
func (c *compiler) evalLoadTrial(lx cx) (v value.Value, err error) {
	defer func() {
		if r := recover(); r != nil {
			v, err = nil, errorf(lx.pos, "evaluation at load without a state: %v", r)
		}
	}()
	return c.evalAtLoad(lx)
}

// hides reports whether TLC evaluates d at load although it may read the
// run (loadsHidden).
func (c *compiler) hides(d *ast.OpDef, de cenv) bool {
	_, ok := c.loadsHidden(d, de)
	return ok
}
