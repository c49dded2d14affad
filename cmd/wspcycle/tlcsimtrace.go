package main

import (
	"github.com/wspcycle/wspcycle/model"
	"github.com/wspcycle/wspcycle/model/simulate"
)

// tlcSimTrace is the behaviour TLC prints and writes (simulate.TLCTrace:
// without its stuttering steps). The walk's statistics count the steps
// taken, stuttering ones included, unless the liveness check's getTrace
// renumbered the last state first (lastStutters).
func tlcSimTrace(trace []model.TraceState) []model.TraceState { return simulate.TLCTrace(trace) }

// lastStutters reports whether the behaviour's last step is a stuttering
// one: getTrace leaves that state out of the behaviour without renumbering
// it, so its level stays the steps taken.
func lastStutters(trace []model.TraceState) bool {
	n := len(trace)
	return n > 1 && simulate.SameState(trace[n-1].State, trace[n-2].State)
}
