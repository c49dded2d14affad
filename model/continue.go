package model

import (
	"path/filepath"

	"github.com/wspcycle/wspcycle/tla/eval"
	"github.com/wspcycle/wspcycle/tla/value"
)

// TLC's -continue (Options.Continue): when a state violates an invariant,
// TLC's worker prints the error and its trace at once (MP.printError,
// TLCTrace.printTrace) and goes on with its search; the state is queued
// and expanded as any other (Worker.doNextCheckInvariants returns false,
// "no error", after the first invariant it violates). So the report of
// each violation is made here, in the middle of the search, with the
// trace rebuilt from the stored predecessors up to that state, and handed
// to Options.Continue before the search takes its next step: what the
// spec prints afterwards (Print, PrintT) comes after the report, as in
// TLC's output.

// continued reports v, an invariant violated by t (reached by st; target
// and inSet as for worker.found), to Options.Continue.
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
