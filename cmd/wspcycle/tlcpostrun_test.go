package main

import (
	"path/filepath"
	"testing"
)

// TestTLCPostRun runs `wspcycle tlc`, plain and -tool, on
// model/testdata/tlc/postrun (one spec, PostRun.tla, one cfg a case) and
// compares with TLC's own run (TLC rev cc6b616, -workers 1). TLC
// evaluates the POSTCONDITION after an error computing the successors
// (PostRunNextErr: the post line and "Postcondition Post ... is false."
// after the trace, exit 255 still), but not after an error checking a
// state: evaluating an invariant (PostRunInvErr), a constraint
// (PostRunConsErr), an action constraint (PostRunACErr), or the run-time
// errors of a primed constraint (PostRunConsPrime), a temporal action
// constraint (PostRunACTemp) and a primed view (PostRunViewPrime: met
// fingerprinting the successor x = 2, the trace ends at its predecessor,
// depth 2, and TLC's stack of nested expressions is empty). A
// postcondition that fails to evaluate is 2405 nesting the cause's 2179
// with -tool (PostRunEvalFail, exit 10).
func TestTLCPostRun(t *testing.T) {
	dir := filepath.Join("..", "..", "model", "testdata", "tlc", "postrun")
	for _, c := range []struct {
		name string
		code int
	}{
		{"PostRunInvErr", 76},
		{"PostRunConsErr", 255},
		{"PostRunACErr", 255},
		{"PostRunConsPrime", 75},
		{"PostRunACTemp", 75},
		{"PostRunViewPrime", 75},
		{"PostRunNextErr", 255},
		{"PostRunEvalFail", 10},
	} {
		tlcGoldenRun(t, dir, c.name, nil, c.code, inSpecDir(), withSpec("PostRun"))
	}
	// A postcondition that is no boolean: 2215 naming its node (Post ==
	// 5 names 5), framed in -tool, exit 10 (PostNB).
	tlcGoldenRun(t, dir, "PostNB", nil, 10, inSpecDir())
	// A CONSTRAINT false on the only initial state: TLC's depth is 1
	// (InitRunCons, exit 0); an error evaluating the initial predicate is
	// TLC's 1000 framing the cause's 2179 with -tool, exit 75 (InitRunErr).
	tlcGoldenRun(t, dir, "InitRunCons", nil, 0, inSpecDir(), withSpec("InitRun"))
	tlcGoldenRun(t, dir, "InitRunErr", nil, 75, inSpecDir(), withSpec("InitRun"))
	// WF, SF and ~> where TLC evaluates a predicate or an action are
	// its run-time error "TLC encountered a temporal formula (WF) ..."
	// ("(a ~> b)" for ~>), exit 75: in the NEXT (WFRunNext: on the first
	// state's successors), in the INIT (WFRunInit, WFRunLeads: computing
	// the initial states), in a CONSTRAINT when its evaluation reaches it
	// (WFRunConsSF at x = 2; WFRunCons never does: the deadlock, exit 11).
	for _, c := range []struct {
		name string
		code int
	}{{"WFRunNext", 75}, {"WFRunInit", 75}, {"WFRunLeads", 75}, {"WFRunCons", 11}, {"WFRunConsSF", 75}} {
		tlcGoldenRun(t, dir, c.name, nil, c.code, inSpecDir(), withSpec("WFRun"))
	}
	// TLC's simulator evaluates the POSTCONDITION once its traces are
	// done: false (PostRunSim) or failing (PostRunSimErr), its message is
	// the verdict, followed by the progress line without the statistics,
	// exit 10.
	sim := []string{"-simulate", "num=3", "-seed", "1", "-deadlock"}
	tlcGoldenRun(t, dir, "PostRunSim", sim, 10, inSpecDir(), withSpec("PostRun"))
	tlcGoldenRun(t, dir, "PostRunSimErr", sim, 10, inSpecDir(), withSpec("PostRun"))
}
