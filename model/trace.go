package model

import (
	"errors"
	"fmt"
	"strings"

	"github.com/wspcycle/wspcycle/tla/eval"
	"github.com/wspcycle/wspcycle/tla/value"
)

// replay rebuilds the states of a trace from their fingerprints: the first
// is an initial state with that fingerprint, each next one a successor
// (under Next) of the previous with the next fingerprint. This is how the
// checker gets away with storing only fingerprints and predecessors.
//
// Without a VIEW or SYMMETRY a fingerprint names one state, so the first
// match is the state. With them it names a class of states, and a wrong choice early
// could make a later step impossible, so the replay backtracks over all
// matches, and when target is not nil the last state must equal it (the
// very state the violation was found from).
func (c *checker) replay(fps []uint64, target value.State) (tr []TraceState, err error) {
	return c.replayFrom(nil, fps, target)
}

// replayFrom is replay of fps whose first states, prefix (the first
// len(prefix) of fps, rebuilt already), are taken as they are. The trace
// is prefix extended in place: what prefix's array holds past it is
// overwritten (a caller going from one trace to the next copies nothing).
func (c *checker) replayFrom(prefix []TraceState, fps []uint64, target value.State) (tr []TraceState, err error) {
	if len(fps) == 0 {
		return nil, nil
	}
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("cannot rebuild the trace: the evaluator failed: %v", r)
		}
	}()
	all := c.sp.View != nil || c.sp.Symmetry != nil
	tr = prefix
	if tr == nil {
		tr = make([]TraceState, 0, len(fps))
	}
	var firstErr error
	// matches collects the candidates among the states enumerate yields.
	matches := func(want uint64, enumerate func(yield func(value.State, func() (string, int)) error) error) []TraceState {
		var out []TraceState
		err := enumerate(func(s value.State, name func() (string, int)) error {
			fp, err := c.fingerprint(s)
			if err == nil && fp == want {
				label, act := name()
				out = append(out, TraceState{Action: label, Act: act, State: s})
				if !all {
					return errAbort
				}
			}
			return nil
		})
		if err != nil && !errors.Is(err, errAbort) && firstErr == nil {
			firstErr = err
		}
		return out
	}
	if c.sp.View != nil {
		// A VIEW may read TLCGet("level"): the search fingerprints a state
		// at its predecessor's level (the level being expanded; 0 for an
		// initial state), and so must the replay (TLC's trace exploration
		// spec's _view tells the lasso's states apart by their level).
		defer c.runLevel(int(c.level.Load()))
	}
	var extend func(i int) bool
	extend = func(i int) bool {
		if i == len(fps) {
			return target == nil || tr[i-1].State.Equal(target)
		}
		if c.sp.View != nil {
			c.runLevel(i)
		}
		var cands []TraceState
		if i == 0 {
			cands = matches(fps[0], func(yield func(value.State, func() (string, int)) error) error {
				return c.sp.Init(func(s value.State) error {
					return yield(s, func() (string, int) { return "Initial predicate", 0 })
				})
			})
		} else {
			cur := tr[i-1].State
			cands = matches(fps[i], func(yield func(value.State, func() (string, int)) error) error {
				return c.nextAt(i, cur, func(st eval.Step) error {
					return yield(st.State, func() (string, int) { return StepName(c.sp, st) })
				})
			})
		}
		for _, cand := range cands {
			tr = append(tr, cand)
			if extend(i + 1) {
				return true
			}
			tr = tr[:i]
		}
		return false
	}
	if !extend(len(prefix)) {
		return tr, replayError(firstErr, len(tr)+1)
	}
	return tr, nil
}

func replayError(err error, i int) error {
	msg := fmt.Sprintf("cannot rebuild state %d of the trace by replaying the spec (a fingerprint collision, or a nondeterministic evaluation)", i)
	if err != nil && !errors.Is(err, errAbort) {
		msg += ": " + err.Error()
	}
	return errors.New(msg)
}

// MarkChanged fills in TraceState.Changed: which variables differ from the
// previous state (every defined one, for the first state). Tools that build
// traces of their own (wspcycle simulate) use it so that their traces mark
// changes exactly as the checker's do.
func MarkChanged(tr []TraceState) {
	for i := range tr {
		s := tr[i].State
		tr[i].Changed = make([]bool, len(s))
		for j := range s {
			if i == 0 {
				tr[i].Changed[j] = s[j] != nil
				continue
			}
			p := tr[i-1].State
			switch {
			case j >= len(p):
				tr[i].Changed[j] = true
			case s[j] == nil || p[j] == nil:
				tr[i].Changed[j] = (s[j] == nil) != (p[j] == nil)
			default:
				tr[i].Changed[j] = !value.Equal(s[j], p[j])
			}
		}
	}
}

// reportViolation fills the report for a safety verdict or an evaluation
// error, with its trace.
func (c *checker) reportViolation(rep *Report, v *violation) {
	rep.Result, rep.Property, rep.Pos, rep.Message = v.result, v.name, v.pos, v.msg
	rep.Expr, rep.InitialState, rep.LiveInit, rep.LiveEval = v.expr, v.initial, v.liveInit, v.liveEval
	rep.SuccessorCheck = v.unwritten && !v.initial
	rep.ViewError = v.viewErr
	rep.FingerprintError, rep.FingerprintSourced, rep.FingerprintCrash = v.fpErr, v.fpSourced, v.fpCrash
	rep.IllegalInit = v.illegalInit
	rep.FingerprintInner = v.fpInner
	rep.ContinueError = c.continueError(v)
	rep.ContinuePartial = c.opt.Continue != nil && v.partial && v.result == ResultError && !v.initial
	var fps []uint64
	var err error
	switch {
	case v.fps != nil:
		fps = v.fps
	case v.parent != 0:
		fps, err = c.chain(v.parent)
	}
	var tr []TraceState
	saved := c.covSave()
	if err == nil {
		// What the replay prints is not TLC's: traceRebuild makes TLC's.
		undo := c.muted()
		tr, err = c.replay(fps, v.target)
		undo()
	} else {
		err = fmt.Errorf("cannot rebuild the trace: %w", err)
	}
	if err != nil {
		rep.Warnings = append(rep.Warnings, err.Error())
	}
	if v.last != nil {
		label, act := v.lastLabel, v.lastAct
		if label == "partial successor" {
			label = partialLabel(v.msg)
			act = ActionNamed(c.sp, label)
		}
		tr = append(tr, TraceState{Action: label, Act: act, State: v.last})
	}
	rep.Trace = tr
	MarkChanged(rep.Trace)
	if v.liveSafety {
		rep.LiveSafety = true
		rep.Property, rep.Violated, rep.NoneViolated = c.prefixViolated(rep.Trace)
		rep.Pos = c.propertyPos(rep.Property)
		if c.opt.PrefixExpanded {
			rep.PrefixExpanded = c.shortestTo(rep, v.at)
		}
	}
	if v.alsoLive != nil {
		c.thenTemporal(rep, v.alsoLive)
	}
	if err == nil {
		rep.TracePrints, rep.CovRebuild = c.traceRebuild(saved, tr, v)
	} else if saved != nil {
		saved.Restore() // the failed replay's evaluations are not TLC's
	}
}

// ActionNamed is 1 + the index of the one action of sp named by the label
// (its name, before any "(" or " "), or 0 when no single action is.
func ActionNamed(sp *eval.Spec, label string) int {
	name := label
	if i := strings.IndexAny(name, "( "); i >= 0 {
		name = name[:i]
	}
	found := 0
	for i, a := range sp.Actions {
		if a.Name == name {
			if found != 0 {
				return 0
			}
			found = i + 1
		}
	}
	return found
}

// partialLabel names the action of an incompletely specified successor from
// TLC's message ("... by action Get of the next-state relation ...").
func partialLabel(msg string) string {
	const key = "by action "
	if i := strings.Index(msg, key); i >= 0 {
		rest := msg[i+len(key):]
		if j := strings.IndexAny(rest, " ."); j > 0 {
			return rest[:j] + " (partial successor)"
		}
	}
	return "partial successor"
}

// stepTo names a step from s to t (the step that closes a lasso): the
// first action of Next that leads from s to a state with t's fingerprint.
// Its State is t; Action is empty when no step is found.
func (c *checker) stepTo(s, t value.State) (ts TraceState) {
	ts.State = t
	want, err := c.fingerprint(t)
	if err != nil {
		return ts
	}
	defer func() {
		if r := recover(); r != nil {
			ts.Action, ts.Act = "", 0
		}
	}()
	c.sp.Next(s, func(st eval.Step) error {
		if fp, err := c.fingerprint(st.State); err == nil && fp == want {
			ts.Action, ts.Act = StepName(c.sp, st)
			return errAbort
		}
		return nil
	})
	return ts
}
