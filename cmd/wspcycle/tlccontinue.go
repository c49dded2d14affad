package main

import (
	"context"
	"fmt"
	"io"
	"sync"
	"time"

	"github.com/wspcycle/wspcycle/model"
	"github.com/wspcycle/wspcycle/model/tlcout"
	"github.com/wspcycle/wspcycle/tla/eval"
	"github.com/wspcycle/wspcycle/tla/source"
	"github.com/wspcycle/wspcycle/tla/value"
)

// TLC's -continue goes on after an invariant is violated: it prints each
// violation with its trace as it finds it, explores the whole state space
// (violating states included), and ends as a run without violation would:
// "Model checking completed. No error has been found." and exit 0 (TLC rev
// cc6b616 on InvFail: two violations, then the full space's 23 generated
// and 15 distinct states).
//
// The checker stops at the first violation, so `wspcycle tlc -continue`
// searches with invariants that record each violating state (by its
// fingerprint, in the order found: TLC's order with one worker) instead of
// failing, and then finds each one's trace with one more breadth-first
// search that stops at that state; that search reaches it by the same
// path as the first (the same order of exploration), which is TLC's trace.
// The violations are therefore printed after the search rather than
// during it, in the same place of the output.

// maxContinueTraces bounds the violations printed with a trace (each costs
// a search); past it they are counted on stderr.
const maxContinueTraces = 1000

// continueViolation is one violating state found by the search.
type continueViolation struct {
	inv string
	fp  uint64
}

// continueRecorder wraps sp's invariants so that a violation is recorded
// and the search goes on.
type continueRecorder struct {
	mu    sync.Mutex
	seen  map[continueViolation]bool
	found []continueViolation
}

func (r *continueRecorder) wrap(sp *eval.Spec) *eval.Spec {
	cp := *sp
	r.seen = map[continueViolation]bool{}
	cp.Invariants = make([]eval.StatePred, len(sp.Invariants))
	for i, inv := range sp.Invariants {
		name := inv.Name
		// record notes a violation in t and lets the search go on.
		record := func(t value.State, ok bool, err error) (bool, error) {
			if err != nil || ok {
				return ok, err
			}
			v := continueViolation{inv: name, fp: t.Fingerprint()}
			r.mu.Lock()
			if !r.seen[v] {
				r.seen[v] = true
				r.found = append(r.found, v)
			}
			r.mu.Unlock()
			return true, nil
		}
		eval0, from0 := inv.Eval, inv.From
		cp.Invariants[i] = eval.StatePred{Name: inv.Name, Pos: inv.Pos, Eval: func(t value.State) (bool, error) {
			ok, err := eval0(t)
			return record(t, ok, err)
		}}
		if from0 != nil {
			// Kept, so that TLCExt's Trace in the invariant sees the
			// behaviour through s even when t is not stored.
			cp.Invariants[i].From = func(s, t value.State) (bool, error) {
				ok, err := from0(s, t)
				return record(t, ok, err)
			}
		}
	}
	return &cp
}

// traceTo finds the trace to the state with fingerprint v.fp: a search of
// sp with one worker whose only invariant fails there, without temporal
// or action properties and without deadlock (which would stop it first).
func traceTo(ctx context.Context, sp *eval.Spec, v continueViolation, maxMem uint64) (*model.Report, error) {
	cp := *sp
	cp.Invariants = []eval.StatePred{{Name: v.inv, Eval: func(s value.State) (bool, error) { return s.Fingerprint() != v.fp, nil }}}
	cp.Properties, cp.ActionProperties, cp.InitProperties = nil, nil, nil
	cp.CheckDeadlock = false
	cp.Postcondition = nil // evaluated once, after the main search
	// With -coverage, TLC counts what printing the trace evaluates, not
	// this search (CoverageTraceOnly).
	return model.Check(ctx, &cp, model.Options{Workers: 1, MaxMemory: maxMem, ReadSource: source.ReadFile, SearchSilent: true,
		CoverageTraceOnly: true})
}

// printContinued prints each recorded violation with its trace, as TLC
// prints a violation, and returns what TLC's rebuilding of those traces
// adds to the generated counts of its coverage report (nil without
// coverage).
func (r *continueRecorder) printContinued(ctx context.Context, sp *eval.Spec, w *tlcout.Writer, opt tlcout.TraceOptions, maxMem uint64, stderr io.Writer) *model.CovRebuild {
	var sum *model.CovRebuild
	for i, v := range r.found {
		if i == maxContinueTraces {
			fmt.Fprintf(stderr, "wspcycle tlc: -continue: %d more violations not printed (at most %d traces)\n", len(r.found)-i, maxContinueTraces)
			return sum
		}
		rep, err := traceTo(ctx, sp, v, maxMem)
		if err != nil || rep.Result != model.ResultInvariant {
			w.Msg(tlcout.InvariantViolated, tlcout.ClassError, fmt.Sprintf("Invariant %s is violated.", v.inv))
			continue
		}
		opt.Ranges = rep.Ranges
		sum = sum.Add(rep.CovRebuild)
		if rep.TracePrints != nil {
			rep.TracePrints.After = "" // TLC goes on with its search instead
		}
		w.Verdict(rep, opt, time.Now())
	}
	return sum
}

// continuedPostcondition evaluates the POSTCONDITION of a -continue run
// that ended without another violation after its traces are printed, as
// TLC evaluates it at the end of its search (model.Options
// DeferPostcondition): false, it is the run's verdict (exit 10).
func continuedPostcondition(rep *model.Report) {
	post := rep.PostconditionAfter
	if rep.Result != model.ResultOK || post == nil {
		return
	}
	rep.PostconditionAfter = nil
	if msg := post(); msg != "" {
		rep.Result = model.ResultPostcondition
		rep.Message = msg
	}
}
