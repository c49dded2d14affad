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
// it reads the run (TLCGet) where its level bound does not see it: its
// level bound is constant, and a trial compile (loadTrial) finds it
// reads no variable, primes nothing and uses no temporal operator.
func (c *compiler) loadsHidden(d *ast.OpDef, de cenv) bool {
	if len(d.Params) > 0 || c.levelBound(d.Body, de) > 0 {
		return false
	}
	was := c.loadTrial
	c.loadTrial = true
	prime, temporal, dep, ok := c.trialDep(d.Body, de)
	c.loadTrial = was
	return ok && !prime && !temporal && dep&(depState|depNext|depEnv|depPending) == 0
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
// it is used. Only a definition of the root context is (an instance's
// is evaluated in its context, which this does not model), and only
// one that reads the run and no variable where it is compiled, as the
// depState and depRun TLCGet gives say: no other pays for the check.
func (c *compiler) runAtLoad(key defKey, x cx) cx {
	if c.loadTrial || c.cov != nil || key.m != nil && key.m.ctx != nil || x.dep&(depNext|depEnv|depPending) != 0 {
		return x
	}
	if !c.loadsHidden(key.d, cenv{at: -1, m: key.m}) {
		return x
	}
	v, err := c.evalAtLoad(x)
	if err != nil {
		return x
	}
	return konst(value.NormalizedTop(v), x.pos)
}
