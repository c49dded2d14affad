package main

import (
	"github.com/wspcycle/wspcycle/model"
	"github.com/wspcycle/wspcycle/tla/value"
)

// tlcSimTrace is a behaviour of the simulator as TLC's SimulationWorker
// (rev cc6b616) hands it out, to its -simulate file=F files, its error
// reports and its liveness checker: getTrace walks the behaviour back from
// its last state and leaves out every state equal to the one before it
// (a stuttering step the random walk took: SetY setting y to the y it
// had), so the behaviour keeps its first state of each run of equal
// states, named by its own action. The walk's statistics count the steps
// taken, stuttering ones included, unless getTrace ran first (TLC
// renumbers the states it keeps: with a liveness check).
func tlcSimTrace(trace []model.TraceState) []model.TraceState {
	out := trace[:0:0]
	for i, ts := range trace {
		if i > 0 && sameState(ts.State, trace[i-1].State) {
			continue
		}
		out = append(out, ts)
	}
	return out
}

// sameState is TLCStateMut.equals: every variable's value equal.
func sameState(a, b value.State) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if (a[i] == nil) != (b[i] == nil) || a[i] != nil && !value.Equal(a[i], b[i]) {
			return false
		}
	}
	return true
}

// lastStutters reports whether the behaviour's last step is a stuttering
// one: getTrace leaves that state out of the behaviour without renumbering
// it, so its level stays the steps taken.
func lastStutters(trace []model.TraceState) bool {
	n := len(trace)
	return n > 1 && sameState(trace[n-1].State, trace[n-2].State)
}
