package model

import (
	"io"
	"strings"

	"github.com/wspcycle/wspcycle/tla/eval"
	"github.com/wspcycle/wspcycle/tla/value"
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

// tracePrints makes the evaluations TLC makes to rebuild tr, the trace of
// v, and returns what they print; nil when the spec has no Run or TLC
// rebuilds nothing.
func (c *checker) tracePrints(tr []TraceState, v *violation) *TracePrints {
	r := c.sp.Run
	n := len(tr)
	s1 := n - 2 // the last state TLC stored, s2 being the last of tr
	if v.expanding {
		s1 = n - 1
	}
	if r == nil || s1 < 0 || r.Printed() == 0 {
		return nil // the rebuilding would print nothing the search did not
	}
	// step[i] is what rebuilding tr[i] prints: Init for i = 0, else Next
	// in tr[i-1] up to the action that yields tr[i].
	step := make([]string, n)
	for i := range tr {
		if i == 0 {
			step[0] = c.printed(r, func() { c.sp.Init(func(value.State) error { return nil }) })
			continue
		}
		c.runLevel(i)
		step[i] = c.rebuildStep(r, tr[i-1].State, tr[i].State)
	}
	tp := &TracePrints{States: make([]string, n)}
	if s1 > 0 {
		tp.Before = strings.Join(step[:s1], "")
		tp.States[s1] = step[s1]
	}
	if s1 < n-1 {
		tp.States[n-1] = step[n-1]
	}
	tp.After = strings.Join(step, "")
	if v.result == ResultError && !v.expanding {
		// An error evaluating an invariant, action property or
		// CONSTRAINT in s2: TLC evaluates again only the step to s2.
		tp.After = step[n-1]
	}
	if v.expanding && v.result == ResultError {
		c.runLevel(n)
		tp.After += c.printed(r, func() { c.sp.Next(tr[n-1].State, func(eval.Step) error { return nil }) })
	}
	return tp
}

// printed runs f and returns what the spec printed meanwhile. A panic of
// the evaluator ends f, as its error would.
func (c *checker) printed(r *eval.Run, f func()) string {
	var b strings.Builder
	undo := r.Replaying(&b)
	defer undo()
	func() {
		defer func() { _ = recover() }()
		f()
	}()
	return b.String()
}

// rebuildStep evaluates Next in s as TLC's Tool.getState(fp, s) does and
// returns what that prints.
func (c *checker) rebuildStep(r *eval.Run, s, t value.State) string {
	want, err := c.fingerprint(t)
	if err != nil {
		return ""
	}
	return c.printed(r, func() { c.getState(s, &want, nil) })
}

// getState evaluates Next in s as TLC's Tool.getState(fp, s) does: TLC's
// actions (eval.Spec.TLCActions) in order, each wholly, up to and including
// the first that yields a state with the fingerprint *want (all of them
// when want is nil), giving every successor to count (when not nil). What
// it evaluates decides what a rebuilt trace prints and what -coverage
// counts for it.
func (c *checker) getState(s value.State, want *uint64, count func(eval.Step)) {
	found := false
	yield := func(st eval.Step) error {
		if count != nil {
			count(st)
		}
		if want != nil && !found {
			if fp, err := c.fingerprint(st.State); err == nil && fp == *want {
				found = true
			}
		}
		return nil
	}
	acts, err := c.sp.TLCActions()
	if err != nil {
		_ = c.sp.Next(s, yield)
		return
	}
	for i := range acts {
		if err := c.sp.NextOf(s, &acts[i], yield); err != nil || found {
			return
		}
	}
}

// livePrints makes the evaluations TLC makes to rebuild tr, a
// counterexample to a temporal property whose lasso goes back to state
// loopBack (0: none), and returns what they print.
func (c *checker) livePrints(tr []TraceState, loopBack int) *TracePrints {
	r := c.sp.Run
	if r == nil || len(tr) == 0 || r.Printed() == 0 {
		return nil
	}
	var b strings.Builder
	b.WriteString(c.printed(r, func() { c.sp.Init(func(value.State) error { return nil }) }))
	for i := 1; i < len(tr); i++ {
		c.runLevel(i)
		b.WriteString(c.rebuildStep(r, tr[i-1].State, tr[i].State))
	}
	tp := &TracePrints{Early: b.String()}
	if loopBack > 0 && loopBack < len(tr) {
		c.runLevel(len(tr))
		tp.Loop = c.rebuildStep(r, tr[len(tr)-1].State, tr[loopBack-1].State)
	}
	return tp
}
