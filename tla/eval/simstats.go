package eval

import (
	"maps"
	"slices"
	"time"

	"github.com/wspcycle/wspcycle/tla/value"
)

// SimStats are a simulator's counts as TLC's simulator reports them in
// TLCGet("stats") (Simulator.getStatistics, rev cc6b616): the behaviours
// begun, the states generated (the initial states once all are computed,
// then every successor of an action tried), the mean and variance of the
// lengths of the behaviours done (its progress line's), and the
// behaviour the evaluated state belongs to: its number (0 outside one)
// and how many of its steps each action took (SimulationWorker's
// getTraceStatistics, which walks the state's predecessors and counts
// their actions by name).
type SimStats struct {
	Traces, Generated        int64
	LevelMean, LevelVariance int64
	Behavior                 int64
	Actions                  map[string]int64
}

// SimAction is TLC's TLCGet("action") of a state in its simulator (the
// state's action, which TLCStateMutExt keeps): the action's name and
// the source range it is located at.
type SimAction struct {
	Name, Module                               string
	BeginLine, BeginColumn, EndLine, EndColumn int64
	// Params and Values are the formal parameters of the action's
	// definition and their values (TLCAction.Parameters), which TLC adds
	// as the record's context and parameters.
	Params []string
	Values []value.Value
}

// SimView is what a simulator tells TLCGet while it runs (SetSimView).
// succ says that TLCGet is evaluated in a state predicate of a successor
// being checked, whose state (TLC's s0) is then that successor; else s0
// is the state whose successors are computed, or none (the initial
// predicate, a POSTCONDITION).
type SimView interface {
	SimStats(succ bool) SimStats
	// SimAction is the action of s0; false: TLC's unknown action.
	SimAction(succ bool) (SimAction, bool)
	// SimTrace is TLCGet("diameter") in TLC's simulator: on its worker,
	// the number of the behaviour being generated; on its main thread
	// (the initial states), 0.
	SimTrace() int64
}

// SetSimStats makes TLCGet("stats") the simulator's record, read from f:
// a simulator installs it once its behaviours are done, for its
// POSTCONDITION.
func (r *Run) SetSimStats(f func() SimStats) { r.simStats.Store(&f) }

// SetSimView installs what a running simulator tells TLCGet ("stats",
// "action", "diameter"); nil removes it once its behaviours are done.
func (r *Run) SetSimView(v SimView) {
	if v == nil {
		r.simView.Store(nil)
		return
	}
	r.simView.Store(&v)
}

func (r *Run) view() SimView {
	if v := r.simView.Load(); v != nil {
		return *v
	}
	return nil
}

// simStatsRecord is TLC's simulator's TLCGet("stats"): the current
// behaviour (its number, its actions), the worker, the counts, and -1
// for what a simulator does not count (distinct states, retries,
// distinct values). TLC's actions are an empty record without its
// action statistics, which prints [] (value.EmptyRecord), as are the
// behaviour's before its first step.
func (r *Run) simStatsRecord(st SimStats) value.Value {
	acts := value.EmptyRecord
	if len(st.Actions) > 0 {
		kv := make([]any, 0, 2*len(st.Actions))
		for _, name := range slices.Sorted(maps.Keys(st.Actions)) {
			kv = append(kv, name, value.Int(st.Actions[name]))
		}
		acts = r.strs.Record(kv...)
	}
	return r.strs.Record(
		"behavior", r.strs.Record("id", value.Int(st.Behavior), "actions", acts),
		"worker", value.Int(0), "traces", value.Int(st.Traces), "actions", value.EmptyRecord,
		"duration", value.Int(int64(time.Since(r.start)/time.Second)), "generated", value.Int(st.Generated),
		"distinct", value.Int(-1), "retries", value.Int(-1), "distinctvalues", value.Int(-1),
		"levelmean", value.Int(st.LevelMean), "levelvariance", value.Int(st.LevelVariance))
}

// simActionRecord is TLCGet("action") of a state in TLC's simulator.
func (r *Run) simActionRecord(a SimAction) value.Value {
	loc := r.strs.Record("beginLine", value.Int(a.BeginLine), "beginColumn", value.Int(a.BeginColumn),
		"endLine", value.Int(a.EndLine), "endColumn", value.Int(a.EndColumn), "module", r.strs.Str(a.Module))
	if len(a.Params) == 0 {
		return r.strs.Record("name", r.strs.Str(a.Name), "location", loc)
	}
	ctx := make([]any, 0, 2*len(a.Params))
	names := make([]value.Value, len(a.Params))
	for i, p := range a.Params {
		ctx = append(ctx, p, a.Values[i])
		names[i] = r.strs.Str(p)
	}
	return r.strs.Record("name", r.strs.Str(a.Name), "location", loc,
		"context", r.strs.Record(ctx...), "parameters", value.Tuple(names...))
}

// simGet is TLCGet(name) in TLC's simulator for the names its answer
// differs from the model checker's ("stats", "action", "diameter"); ok
// is false for the others. The simulator's view (SetSimView) answers
// while it runs; once it is done, "stats" is the record SetSimStats
// installed and "diameter" 0, as on TLC's main thread.
func (r *Run) simGet(k *ctx, name string) (value.Value, bool) {
	v := r.view()
	succ := k.phase == phaseState
	switch name {
	case "stats":
		if v != nil {
			return r.simStatsRecord(v.SimStats(succ)), true
		}
		if f := r.simStats.Load(); f != nil {
			return r.simStatsRecord((*f)()), true
		}
	case "action":
		if v != nil {
			if a, ok := v.SimAction(succ); ok {
				return r.simActionRecord(a), true
			}
		}
		return unknownAction(r.strs), true
	case "diameter":
		if v != nil {
			return value.Int(v.SimTrace()), true
		}
		return value.Int(0), true
	}
	return nil, false
}
