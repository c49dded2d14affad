package model

import (
	"strings"

	"github.com/wspcycle/wspcycle/tla/eval"
	"github.com/wspcycle/wspcycle/tla/value"
)

// TLC keeps only fingerprints and predecessors, and rebuilds the states of
// a trace by evaluating Init and Next again (traceprints.go says which
// evaluations, in which order). Those evaluations both print (Print and
// PrintT: TracePrints) and count (-coverage: CovRebuild), so they are
// planned once (rebuildEval), made once (rebuild), and what each prints
// and generates goes to both: the prints and the counts cannot drift
// apart.

// rebuildEval is one evaluation TLC makes to rebuild a trace tr: Init
// whole (from < 0), or Next in tr[from] one action at a time up to and
// including the action that yields tr[to] (to < 0: every action, as after
// an error evaluating Next). What it prints goes to *out.
type rebuildEval struct {
	from, to int
	out      *string
}

// rebuildStep is the evaluation that rebuilds tr[i]: Init for i = 0, else
// Next in tr[i-1] up to tr[i].
func rebuildStep(i int, out *string) rebuildEval {
	return rebuildEval{from: i - 1, to: i, out: out}
}

// printsWanted reports whether the rebuilding can print anything the
// search did not: the spec has a Run and printed, or warned (a warning
// TLC gives again as it rebuilds), during the search.
func (c *checker) printsWanted() bool {
	r := c.sp.Run
	return r != nil && (r.Printed() > 0 || r.Warned())
}

// rebuild undoes the coverage counts made since saved (the checker's own
// rebuilding, which is not TLC's) and makes the evaluations of plan on
// tr, each once: what each prints goes to its out, the states each
// generates count in the CovRebuild returned (nil without coverage, saved
// nil).
func (c *checker) rebuild(saved *eval.CovSaved, tr []TraceState, plan []rebuildEval) *CovRebuild {
	var rb *CovRebuild
	if saved != nil {
		saved.Restore()
		rb = &CovRebuild{Actions: make([]int64, len(c.sp.Actions))}
	}
	r := c.sp.Run
	if len(plan) > 0 {
		// Each evaluation sets the run's level to its state's; the search
		// goes on after a -continue report, at the level it expands.
		defer c.runLevel(int(c.level.Load()))
	}
	for _, e := range plan {
		var b strings.Builder
		undo := func() {}
		if r != nil {
			undo = r.Replaying(&b)
		}
		c.rebuildOne(tr, e, rb)
		undo()
		*e.out += b.String()
	}
	return rb
}

// rebuildOne makes the evaluation e, counting in rb (when not nil). A
// panic of the evaluator ends it, as its error would.
func (c *checker) rebuildOne(tr []TraceState, e rebuildEval, rb *CovRebuild) {
	defer func() { _ = recover() }()
	if e.from < 0 {
		_ = c.sp.Init(func(value.State) error {
			if rb != nil {
				rb.Init++
			}
			return nil
		})
		return
	}
	c.runLevel(e.from + 1)
	var want *uint64
	if e.to >= 0 {
		fp, err := c.fingerprint(tr[e.to].State)
		if err != nil {
			return
		}
		want = &fp
	}
	c.getState(tr[e.from].State, want, rb.count)
}

// getState evaluates Next in s as TLC's Tool.getState(fp, s) does: TLC's
// actions (eval.Spec.TLCActions) in order, each wholly, up to and including
// the first that yields a state with the fingerprint *want (all of them
// when want is nil), giving every successor to count. What it evaluates
// decides what a rebuilt trace prints and what -coverage counts for it.
func (c *checker) getState(s value.State, want *uint64, count func(eval.Step)) {
	found := false
	yield := func(st eval.Step) error {
		count(st)
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
