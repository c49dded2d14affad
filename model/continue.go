package model

import (
	"path/filepath"
	"strings"

	"github.com/wspcycle/wspcycle/tla/eval"
	"github.com/wspcycle/wspcycle/tla/value"
)

// TLC's -continue (Options.Continue): when a state violates an invariant,
// or a step an action property, TLC's worker prints the error and its
// trace at once (MP.printError, TLCTrace.printTrace) and goes on with its
// search; the state is queued and expanded as any other
// (Worker.doNextCheckInvariants and doNextCheckImplied return false, "no
// error", after the first one violated). So the report of
// each violation is made here, in the middle of the search, with the
// trace rebuilt from the stored predecessors up to that state, and handed
// to Options.Continue before the search takes its next step: what the
// spec prints afterwards (Print, PrintT) comes after the report, as in
// TLC's output.

// continued reports v, an invariant violated by t or an action property
// violated by the step st to t (target and inSet as for worker.found), to
// Options.Continue.
func (w *worker) continued(v *violation, t, target value.State, st eval.Step, inSet bool) {
	c := w.c
	v.target, v.continued = target, true
	if !inSet {
		// t outside the model is not stored: the trace ends with it.
		v.last = t
		if w.shared {
			v.last = st.Keep()
		}
		v.lastLabel, v.lastAct = c.label(st)
	}
	rep := &Report{Spec: c.sp.Name, Vars: c.sp.Vars, VarOrder: SpecVarOrder(c.sp), Workers: c.workers}
	if c.sp.Module != nil {
		rep.Source = filepath.Base(c.sp.Module.Start.Filename)
	}
	c.reportViolation(rep, v)
	c.applyAlias(rep)
	if c.opt.ReadSource != nil {
		if c.contRanges == nil {
			c.contRanges = ActionRanges(c.sp, c.opt.ReadSource)
		}
		rep.Ranges = c.contRanges
	}
	c.opt.Continue(rep)
}

// ContinueError is how TLC's report of an evaluation error that ends a
// -continue run goes on (Report.ContinueError). TLC prints the error
// with its trace, then, as the exception its worker rethrows lets
// through by -continue, "TLC threw an unexpected exception" with the
// cause and the trace once more (Rethrown: an error evaluating an
// invariant or an action property, which TLC catches and rethrows;
// an error computing the successors or checking a CONSTRAINT is
// printed once). TLC then evaluates the step again to find the error's
// nested expressions (what it prints: TracePrints.After), which meets
// the error again (Rerun: but for an invariant, which TLC does not check
// on a state it has seen) and prints it all once more, before the nested
// expressions (TLC rev cc6b616: ContAssert, ContInvError in
// model/testdata/tlc/contprints).
//
// Deadlock: the error was met computing the successors of the trace's
// last state before any was generated, and deadlock is checked: TLC's
// worker, which goes on after the error, then finds that state
// deadlocked (Worker.run compares its count of generated states before
// and after), reports the deadlock with the same trace and stops there
// with exit 11, in place of the repeated report and nested expressions
// (the deadlock's error state keeps no call stack; TLC rev cc6b616).
type ContinueError struct {
	Rethrown, Rerun bool
	Deadlock        bool
}

// continueError is the Report.ContinueError of v, the evaluation error
// that ends a -continue run; nil for the errors whose report is not
// repeated that way.
func (c *checker) continueError(v *violation) *ContinueError {
	if c.opt.Continue == nil || v.result != ResultError || v.initial || v.liveInit || v.liveEval || v.liveSafety ||
		v.partial || v.fpErr || v.viewErr || v.illegalInit {
		return nil
	}
	inv := strings.HasPrefix(v.msg, "Evaluating invariant ")
	return &ContinueError{Rethrown: inv || strings.HasPrefix(v.msg, "Evaluating action property "), Rerun: !inv,
		Deadlock: v.expanding && v.noSucc && c.sp.CheckDeadlock}
}
