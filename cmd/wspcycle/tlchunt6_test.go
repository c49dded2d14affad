package main

import (
	"path/filepath"
	"testing"
)

// TestTLCHunt6DiffTrace runs the small specs of model/testdata/tlc/hunt6
// with -difftrace and compares wspcycle's output with TLC's kept beside
// each. TLC does not compare every state of a trace with the one before
// it (model/tlcout.DiffEnd): an invariant or action property violated by
// a successor, or an evaluation error on it (DiffInv*, DiffAct, ErrInv,
// ErrConstr, LoopCont with -continue), prints the state before the
// violating one compared with the state two before it and the violating
// one whole (the initial state compared with itself, nothing printed,
// when the trace has two states); a deadlock or an error computing the
// successors (DiffDead, LoopErr, PreCont's second trace) prints the last
// state whole; a counterexample to a temporal property (LoopLive, Pre)
// prints every state whole. wspcycle compared each state with the one
// before it.
func TestTLCHunt6DiffTrace(t *testing.T) {
	dir := filepath.Join("..", "..", "model", "testdata", "tlc", "hunt6")
	for _, c := range []struct {
		name, spec string
		flags      []string
		out        string
		code       int
	}{
		{"DiffInv2", "DiffSteps", nil, "", 12},
		{"DiffInv3", "DiffSteps", nil, "", 12},
		{"DiffInv6", "DiffSteps", nil, "", 12},
		{"DiffDead", "DiffSteps", nil, "", 11},
		{"DiffAct", "DiffSteps", nil, "", 13},
		{"ErrInv", "DiffErr", nil, "", 76},
		{"ErrConstr", "DiffErr", nil, "", 255},
		{"LoopLive", "DiffLoop", nil, "", 13},
		{"LoopErr", "DiffLoop", nil, "", 255},
		{"LoopCont", "DiffLoop", []string{"-continue"}, "", 0},
		{"Pre", "DiffPre", nil, "", 12},
		{"Pre", "DiffPre", []string{"-continue"}, "PreCont", 255},
	} {
		out := c.out
		if out == "" {
			out = c.name
		}
		t.Run(out, func(t *testing.T) {
			tlcGoldenRun(t, dir, c.name, append([]string{"-difftrace"}, c.flags...), c.code, inSpecDir(), withSpec(c.spec), withOutput(out))
		})
	}
}

// TestTLCHunt6ContinueDeadlock runs, with -continue and deadlock checked,
// evaluation errors met computing a state's successors
// (model.ContinueError.Deadlock): when no successor was generated before
// the error (ContDeadB: the failing action first; ContDeadAssert: a false
// Assert; LoopErrCont: an error in the only action, with -difftrace too),
// TLC's worker reports the error, then finds the state deadlocked and
// reports that with the same trace, rebuilds the trace once more, and
// exits 11 with no nested expressions; wspcycle repeated the error's
// report with its nested expressions and exited 75, 14 or 255 (a wrong
// verdict). When an action generated a successor before the error
// (ContDeadA), there is no deadlock and the report is repeated as before.
func TestTLCHunt6ContinueDeadlock(t *testing.T) {
	dir := filepath.Join("..", "..", "model", "testdata", "tlc", "hunt6")
	for _, c := range []struct {
		name, spec string
		flags      []string
		out        string
		code       int
	}{
		{"ContDeadA", "ContDead", nil, "", 75},
		{"ContDeadB", "ContDead", nil, "", 11},
		{"ContDeadAssert", "ContDead", nil, "", 11},
		{"LoopErr", "DiffLoop", []string{"-difftrace"}, "LoopErrCont", 11},
	} {
		out := c.out
		if out == "" {
			out = c.name
		}
		t.Run(out, func(t *testing.T) {
			tlcGoldenRun(t, dir, c.name, append([]string{"-continue"}, c.flags...), c.code, inSpecDir(), withSpec(c.spec), withOutput(out))
		})
	}
}
