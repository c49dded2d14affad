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
