package eval

import (
	"strings"

	"github.com/wspcycle/wspcycle/tla/token"
	"github.com/wspcycle/wspcycle/tla/value"
)

// Trace (TLCExt) is the behaviour up to the state it is evaluated in, as
// a tuple of records [v |-> value] of the states' variables: in an
// invariant or constraint, up to the state checked; in an action, up to
// the state expanded; in Init, the initial state once every variable is
// assigned. TLC rebuilds it from its trace file at each evaluation, and
// a checker gives it here the same way (SetTrace: its stored path,
// replayed). Before every variable is assigned (an ASSUME, Init's first
// conjuncts) it is TLC's error, in TLC's words, naming the unassigned
// variables. Without a checker (simulate, trace validation) it is
// unsupported.
//
// In a state not stored yet (a CONSTRAINT, the invariants of a state out
// of the model) it is the behaviour through the state it was reached
// from (ctx.succ), as TLC's TLCExt.getTrace means it: TLC takes the state
// its worker thread expands (IdThread.getCurrentState). One difference
// is TLC's and is not followed: rebuilding the behaviour to a stored
// state (Trace in Next, an action constraint or property, the invariant
// of a new state) leaves that thread's state at one of the states it
// replayed (Tool.getState sets it, getTrace0 does not restore it), so a
// later Trace in a not-yet-stored successor of the same state, three or
// more states deep, is a shorter behaviour in TLC than here.

// traceJavaMethod is how TLC names the Java code behind Trace in its
// errors.
const traceJavaMethod = "public static tlc2.value.impl.TupleValue tlc2.module.TLCExt.getTrace(tlc2.tool.impl.Tool,tla2sany.semantic.ExprOrOpArgNode[],tlc2.util.Context,tlc2.tool.TLCState,tlc2.tool.TLCState,int,tlc2.tool.coverage.CostModel) throws java.io.IOException"

// SetTrace installs how Trace finds the behaviour from an initial state
// to a state the search has stored (that state last). Rebuilding it
// evaluates Next again along the way, at each state's own level
// (Spec.NextAt), so it moves nothing the other workers read.
func (r *Run) SetTrace(f func(value.State) ([]value.State, error)) { r.trace.Store(&f) }

// statePredFrom is a state predicate's StatePred.From: x evaluated in t,
// reached from s (nil: t is initial), in the phase statePredIn evaluates
// it in t (phaseState, but phaseConst under expanded quantifiers), so
// that only Trace in x differs: it is the behaviour through s
// (ctx.succ).
func (b *builder) statePredFrom(x cx, binds []propBind) func(s, t value.State) (bool, error) {
	p := &b.prog
	phase := uint8(phaseState)
	if len(binds) > 0 {
		phase = phaseConst
	}
	return func(s, t value.State) (bool, error) {
		k := (*p).get()
		k.s, k.phase, k.succ, k.from = t, phase, true, s
		if err := bindAll(k, binds); err != nil {
			(*p).put(k)
			return false, err
		}
		r, err := evalBool(k, x)
		(*p).put(k)
		return r, err
	}
}

func (c *compiler) tlcTrace(pos token.Pos) cx {
	r := c.run
	return cx{fn: func(k *ctx) (value.Value, error) {
		vars := k.prog.vars
		if k.phase == phaseConst {
			missing := vars
			if k.t != nil {
				missing = unassigned(k.t, vars)
			}
			if len(missing) > 0 {
				what := "variable " + missing[0]
				if len(missing) > 1 {
					what = "variables " + strings.Join(missing, ", ")
				}
				return nil, errorf(pos, "Attempted to apply the operator overridden by the Java method\n%s,\nbut it produced the following error:\n"+
					"In evaluating TLCExt!Trace, the state is not completely specified yet (%s undefined).", traceJavaMethod, what)
			}
			return value.TupleOf([]value.Value{stateRecord(r.strs, vars, k.t)}), nil
		}
		if r.dfid.Load() {
			return r.dfidTrace(k, pos, vars)
		}
		f := r.trace.Load()
		if f == nil || k.s == nil {
			return nil, errorf(pos, "unsupported: Trace outside the breadth-first model checker")
		}
		var states []value.State
		var err error
		switch {
		case k.succ && k.from == nil: // an initial state (TLC: s0.isInitial())
			states = []value.State{k.s}
		case k.succ: // through the state it was reached from, stored
			states, err = (*f)(k.from)
			states = append(states, k.s)
		default: // the state expanded, stored
			states, err = (*f)(k.s)
		}
		if err != nil {
			return nil, errorf(pos, "unsupported: Trace: %v", err)
		}
		recs := make([]value.Value, len(states))
		for i, s := range states {
			recs[i] = stateRecord(r.strs, vars, s)
		}
		return value.TupleOf(recs), nil
	}, dep: depSide | depState, pos: pos}
}

// stateRecord is TLC's record of a state: a field per variable.
func stateRecord(strs *value.Strings, vars []string, s value.State) value.Value {
	kv := make([]any, 0, 2*len(vars))
	for i, v := range vars {
		kv = append(kv, v, s[i])
	}
	return strs.Record(kv...)
}
