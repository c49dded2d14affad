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

// traceJavaMethod is how TLC names the Java code behind Trace in its
// errors.
const traceJavaMethod = "public static tlc2.value.impl.TupleValue tlc2.module.TLCExt.getTrace(tlc2.tool.impl.Tool,tla2sany.semantic.ExprOrOpArgNode[],tlc2.util.Context,tlc2.tool.TLCState,tlc2.tool.TLCState,int,tlc2.tool.coverage.CostModel) throws java.io.IOException"

// SetTrace installs how Trace finds the behaviour from an initial state
// to a state the search has stored.
func (r *Run) SetTrace(f func(value.State) ([]value.State, error)) { r.trace.Store(&f) }

// Level is the level SetLevel last set (0 before the search).
func (r *Run) Level() int { return int(r.level.Load()) }

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
		f := r.trace.Load()
		if f == nil || k.s == nil {
			return nil, errorf(pos, "unsupported: Trace outside the breadth-first model checker")
		}
		if r.getsCompiled && r.workers.Load() > 1 {
			// Rebuilding the behaviour replays the search's levels on the
			// Run's one level, which the other workers' TLCGet("level")
			// would read meanwhile (TLC keeps a level per state).
			return nil, errorf(pos, "unsupported: Trace in a spec that uses TLCGet, with more than one worker (rebuilding the behaviour moves the level the other workers read); check it with one worker")
		}
		states, err := (*f)(k.s)
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
