package model

import (
	"io"

	"github.com/wspcycle/wspcycle/tla/eval"
)

// TracePrints is what a spec's Print and PrintT print while TLC rebuilds
// the error trace of a safety verdict, in the places TLC prints it.
//
// TLC keeps only fingerprints and predecessors, and rebuilds the states of
// a trace by evaluating Init (all of it, whichever initial state is
// sought) and Next on the previous state, one action at a time up to and
// including the action that yields a state with the fingerprint sought
// (tlc2.tool.TLCTrace.getTrace, Tool.getState, rev cc6b616). Its report of
// a verdict found in a state s2 reached from the last state it stored, s1
// (s2 nil for a deadlock or an error evaluating Next in s1), rebuilds
// (TLCTrace.printTrace):
//   - after the verdict's message, the states before s1: Init, then the
//     steps up to the state before s1 (Before); nothing when s1 is
//     initial;
//   - after the header, s1 from the state before it, just before s1 is
//     printed (nothing when s1 is initial), and s2 from s1 just before s2
//     is printed (States);
//   - after the trace the whole trace once more, Init and every step
//     (Worker.doPostCondition), and for an error evaluating Next, Next in
//     s1 once more up to the error; for an error evaluating an invariant,
//     action property or CONSTRAINT in s2, only the step to s2 (After).
//
// An initial state that violates an invariant is reported without any
// rebuilding. The TLC runs these rules were read from are in
// cmd/wspcycle/tlcprint_test.go (model/testdata/tlc/print).
//
// A counterexample to a temporal property TLC rebuilds whole, Init and
// every step, after "Checking temporal properties ..." and before the
// verdict's message (Early), then the step that closes its lasso, just
// before "Back to state" (Loop).
type TracePrints struct {
	Early  string
	Before string
	// States[i] is printed just before the trace's state i (0-based).
	States []string
	After  string
	Loop   string
}

// muted sends what the spec prints nowhere until the func returned is
// called, for evaluations TLC does not make.
func (c *checker) muted() (undo func()) {
	if r := c.sp.Run; r != nil {
		return r.Replaying(io.Discard)
	}
	return func() {}
}

// traceRebuild makes the evaluations TLC makes to rebuild tr, the trace
// of the safety verdict v (rebuild.go), and returns what they print (nil
// when the spec has no Run, printed nothing, or TLC rebuilds nothing) and
// what they add to the coverage counts, those since saved being undone
// (nil without coverage).
func (c *checker) traceRebuild(saved *eval.CovSaved, tr []TraceState, v *violation) (*TracePrints, *CovRebuild) {
	prints := c.printsWanted()
	if !prints && saved == nil {
		return nil, nil
	}
	tp := &TracePrints{States: make([]string, len(tr))}
	plan := c.tracePlan(tr, v, tp)
	rb := c.rebuild(saved, tr, plan)
	if !prints || plan == nil {
		tp = nil
	}
	if v.deadLive != "" {
		// The liveness evaluations of a deadlocked state, after the
		// rebuilt trace (worker.liveDeadlocked).
		if tp == nil {
			tp = &TracePrints{States: make([]string, len(tr))}
		}
		tp.After += v.deadLive
	}
	return tp, rb
}

// tracePlan is what TLC evaluates to rebuild tr, the trace of v, each
// evaluation printing into its part of tp (TracePrints' doc); nil when TLC
// rebuilds nothing. After a violation of Options.Continue (-continue)
// TLC goes on with its search: no POSTCONDITION.
func (c *checker) tracePlan(tr []TraceState, v *violation, tp *TracePrints) []rebuildEval {
	n := len(tr)
	s1 := n - 2 // the last state TLC stored, s2 being the last of tr
	if v.expanding {
		s1 = n - 1
	}
	if s1 < 0 {
		return nil
	}
	plan := []rebuildEval{}
	if s1 > 0 {
		// TLCTrace.printTrace: the states before s1, then s1.
		for i := range s1 {
			plan = append(plan, rebuildStep(i, &tp.Before))
		}
		plan = append(plan, rebuildStep(s1, &tp.States[s1]))
	}
	if s1 < n-1 {
		plan = append(plan, rebuildStep(n-1, &tp.States[n-1])) // and s2
	}
	if v.continued {
		return plan
	}
	// Worker.doPostCondition: the whole trace once more, but for an
	// error evaluating an invariant, action property or CONSTRAINT in
	// s2 (only the step to s2); after an error evaluating Next in s1,
	// Next in s1 once more, up to the error.
	if v.result == ResultError && !v.expanding {
		return append(plan, rebuildStep(n-1, &tp.After))
	}
	ce := c.continueError(v)
	if ce != nil && !ce.Deadlock {
		// -continue: Next in s1 up to the error only, to find its
		// nested expressions (ContinueError).
		return append(plan, rebuildEval{from: n - 1, to: -1, out: &tp.After})
	}
	for i := range n {
		plan = append(plan, rebuildStep(i, &tp.After))
	}
	if v.expanding && v.result == ResultError && ce == nil {
		// (After a deadlock found once the error was reported, TLC
		// rebuilds the deadlock's trace alone: ContinueError.Deadlock.)
		plan = append(plan, rebuildEval{from: n - 1, to: -1, out: &tp.After})
	}
	return plan
}

// liveRebuild makes the evaluations TLC makes to rebuild tr, a
// counterexample to a temporal property whose lasso goes back to state
// loopBack (0: none): Init and every step, then the step that closes the
// lasso. It returns what they print and count, as traceRebuild.
func (c *checker) liveRebuild(saved *eval.CovSaved, tr []TraceState, loopBack int) (*TracePrints, *CovRebuild) {
	prints := c.printsWanted()
	if len(tr) == 0 || (!prints && saved == nil) {
		return nil, nil
	}
	tp := &TracePrints{}
	var plan []rebuildEval
	for i := range tr {
		plan = append(plan, rebuildStep(i, &tp.Early))
	}
	if loopBack > 0 && loopBack < len(tr) {
		plan = append(plan, rebuildEval{from: len(tr) - 1, to: loopBack - 1, out: &tp.Loop})
	}
	rb := c.rebuild(saved, tr, plan)
	if !prints {
		tp = nil
	}
	return tp, rb
}
