package model

import (
	"errors"

	"github.com/wspcycle/wspcycle/tla/ast"
	"github.com/wspcycle/wspcycle/tla/eval"
	"github.com/wspcycle/wspcycle/tla/value"
)

// worker is one goroutine's share of the search, with its own counters so
// that the hot path touches no shared memory but the fingerprint set.
type worker struct {
	// Padding on both sides keeps two workers' hot counters (generated, n,
	// the coverage slice header) off a shared cache line: each increments
	// them for every successor, and false sharing would make the cores
	// fight over the line.
	_         [64]byte
	c         *checker
	generated int64
	// initOutside counts the initial states generated outside the
	// constraints, which TLC's coverage of Init counts as distinct
	// (ModelChecker's DoInitFunctor: seen is false for a state not in
	// the model).
	initOutside int64
	cov         []ActionCoverage // Enabled, Generated, Distinct per action
	stamp       []int            // stamp[a] == cur: action a already counted as enabled in this state
	cur         int
	// recent is a direct-mapped cache of fingerprints this worker recently
	// found in (or added to) the visited set. Most successors are states
	// seen before, often just before (the two orders of independent
	// actions); answering those from a table that fits in the core's own
	// cache saves a probe of the large shared table, which is a cache miss.
	// It only ever holds fingerprints already in the set, so a hit is
	// always right.
	recent []uint64
	// outdeg[k] counts the expanded states with k new successors (TLC's
	// out-degree statistics).
	outdeg []int64

	// The state being expanded, for step.
	s     value.State
	sfp   uint64
	depth int
	out   *chunkOut
	n     int
	yield func(eval.Step) error // w.step, bound once
	// next is the spec's NextShared when it has one (the steps' states
	// are then the evaluator's buffers, copied only when kept), else Next.
	next   func(value.State, func(eval.Step) error) error
	shared bool
	// lp, when not nil, makes TLC's liveness evaluations of each state
	// expanded, on its distinct successors lpSucc (liveprints.go).
	lp     *livePrinter
	lpSucc []value.State
	lpStut []bool
	lpFP   []uint64
	lpFPs  map[uint64]bool
	// lsSucc are the distinct successors in the model of the state being
	// expanded, for the checker's liveSafety.
	lsSucc []uint64
	// lsAct: with a VIEW or a SYMMETRY, the successors' actual states
	// and bits, in lsSucc's order (livesafetyact.go).
	lsAct lsActual
	_     [64]byte
}

const recentBits = 15

func (c *checker) newWorker() *worker {
	n := len(c.sp.Actions)
	w := &worker{c: c, cov: padded[ActionCoverage](n), stamp: padded[int](n),
		recent: make([]uint64, 1<<recentBits)}
	w.yield = w.step
	w.next, w.shared = c.sp.Next, false
	if c.sp.NextShared != nil {
		w.next, w.shared = c.sp.NextShared, true
	}
	if w.lp = c.livePrinter(); w.lp != nil {
		w.lpFPs = map[uint64]bool{}
	}
	return w
}

// padded returns a slice of n zero values with at least a cache line of
// unused memory on each side. The coverage counters and stamps are
// written for every successor: two workers' small slices, allocated one
// after the other, would otherwise share a cache line, and the cores would
// take it from each other on every write (false sharing: it cost 3% of
// the CPU time of PoolBig on 2 workers). Eight elements are a cache line
// for any T of at least 8 bytes (int, ActionCoverage).
func padded[T any](n int) []T {
	const pad = 8
	return make([]T, n+2*pad)[pad : pad+n : pad+n]
}

// countOutDegree records one expanded state with k new successors.
func (w *worker) countOutDegree(k int) {
	for len(w.outdeg) <= k {
		w.outdeg = append(w.outdeg, 0)
	}
	w.outdeg[k]++
}

// mergeWorker folds a worker's coverage counters and out-degree
// statistics into the checker's.
func (c *checker) mergeWorker(w *worker) {
	for k, n := range w.outdeg {
		for len(c.outdeg) <= k {
			c.outdeg = append(c.outdeg, 0)
		}
		c.outdeg[k] += n
	}
	w.outdeg = w.outdeg[:0]
	for i := range w.cov {
		c.cov[i].Enabled += w.cov[i].Enabled
		c.cov[i].Generated += w.cov[i].Generated
		c.cov[i].Distinct += w.cov[i].Distinct
		w.cov[i] = ActionCoverage{}
	}
}

// expandChunk expands cur.states[lo:hi] (states of the given level) and
// returns how many it expanded. It stops at the first violation, recorded
// in out.viol.
func (w *worker) expandChunk(cur levelStates, lo, hi, level int, out *chunkOut) (done int) {
	c := w.c
	i := lo
	var s value.State
	defer func() {
		if r := recover(); r != nil {
			out.viol = panicError(r, cur.fps[i], level)
			out.viol.target, out.viol.expanding, out.viol.noSucc = s, true, w.n == 0
			done = i - lo
		}
	}()
	for ; i < hi; i++ {
		if c.stopped() {
			return i - lo
		}
		var sfp uint64
		s, sfp = cur.states[i], cur.fps[i]
		// The level's states are needed only until expanded: dropping them
		// now lets the collector reclaim a level while the next one grows,
		// which keeps the peak to about one level of whole states.
		cur.states[i] = nil
		w.cur++
		w.s, w.sfp, w.depth, w.out, w.n = s, sfp, level+1, out, 0
		before := len(out.next)
		w.liveReset()
		w.lsSucc = w.lsSucc[:0]
		w.lsAct.reset(s, level+1)
		err := w.next(s, w.yield)
		n := w.n
		w.countOutDegree(len(out.next) - before)
		if err != nil && !errors.Is(err, errAbort) && out.viol == nil {
			regenerated := 0
			if ee := (*eval.Error)(nil); errors.As(err, &ee) && ee.Partial == nil {
				// Not for a partial successor: TLC refuses it as a state
				// without replaying the action.
				regenerated = ee.Regenerated
				w.generated += int64(ee.Regenerated)
			}
			out.viol = evalError(err, sfp, level)
			out.viol.target, out.viol.expanding = s, out.viol.last == nil
			out.viol.noSucc = out.viol.expanding && n == 0 && regenerated == 0
			if out.viol.partial {
				// Named before TLC's words for one action drop the name.
				out.viol.lastLabel = partialLabel(out.viol.msg)
				out.viol.lastAct = ActionNamed(c.sp, out.viol.lastLabel)
				if ee := (*eval.Error)(nil); errors.As(err, &ee) && ee.PartialStep != nil {
					// The step's own label: the action's name alone does
					// not tell two disjuncts of Next apart.
					st := *ee.PartialStep
					st.State = out.viol.last
					label, act := c.label(st)
					out.viol.lastLabel, out.viol.lastAct = label+" (partial successor)", act
				}
				out.viol.msg = c.incompleteWording(out.viol.msg)
			}
			if out.viol.last != nil {
				w.generated++ // TLC counts the incompletely specified successor as generated
			}
		}
		if out.viol == nil && c.live != nil {
			out.viol = c.deferredEnabled(s, sfp, level)
		}
		if out.viol != nil {
			w.alsoLive(out.viol, sfp, out.base+int64(i))
			return i - lo + 1
		}
		if c.graph != nil && c.live != nil {
			c.graph.expanded(sfp, s)
		}
		if n == 0 && c.sp.CheckDeadlock {
			out.viol = &violation{result: ResultDeadlock, parent: sfp, target: s, depth: level, expanding: true}
			w.alsoLive(out.viol, sfp, out.base+int64(i))
			out.viol.deadLive = w.liveDeadlocked(s, sfp)
			return i - lo + 1
		}
		w.liveExpanded(s, sfp)
		if c.lsafe != nil && c.lsafe.deferred {
			w.lsRecord(out, out.base+int64(i), sfp, nil)
		} else if c.lsafe != nil {
			if fps := c.lsafe.expanded(sfp, w.lsSucc, w.lsActFor()); fps != nil {
				out.viol = &violation{result: ResultProperty, liveSafety: true, fps: fps, at: sfp, depth: level, expanding: true}
				return i - lo + 1
			}
		}
	}
	return hi - lo
}

// step is the yield callback of Next for the state being expanded (w.s):
// a method value bound once per worker, so that expanding a state does not
// allocate a closure.
func (w *worker) step(st eval.Step) error {
	w.n++
	w.generated++
	a := st.Action
	if a >= 0 && a < len(w.cov) {
		w.cov[a].Generated++
		if cv := w.c.sp.Coverage; cv != nil && a < len(cv.Actions) && cv.Actions[a] != nil {
			cv.Actions[a].AddCount(1) // TLC's coverage, read during the search (covlines.go)
		}
		if w.stamp[a] != w.cur {
			w.stamp[a] = w.cur
			w.cov[a].Enabled++
		}
	}
	if w.successor(w.s, w.sfp, st, w.depth, w.out) {
		if v := w.out.viol; v != nil && w.shared {
			// The violation may hold the evaluator's memory.
			if sameState(v.last, st.State) {
				v.last = st.Keep()
			}
			if sameState(v.target, st.State) {
				v.target = st.Keep()
			}
		}
		return errAbort
	}
	return nil
}

// sameState reports whether a and b are the same slice (not merely equal).
func sameState(a, b value.State) bool { return len(a) > 0 && len(b) > 0 && &a[0] == &b[0] }

// successor handles a state t = st.State reached from s by st (s is nil and
// st.Action is -1 for an initial state), at the given depth, with TLC's semantics:
//   - t is "in the model" when it satisfies every CONSTRAINT and the step
//     every ACTION_CONSTRAINT;
//   - an in-model t is added to the visited set, and if new it is queued
//     for the next level and its invariants are checked;
//   - a t outside the model is neither counted nor expanded, but its
//     invariants are still checked (ConstrainedFail.tla tests this);
//   - an initial t is checked against the PROPERTY conjuncts that are state
//     predicates (TLC's implied inits), after its invariants;
//   - every step s -> t, new or not, in the model or not, is checked
//     against the action properties ([][A]_v), after t's invariants.
//
// When w.shared, t is the evaluator's memory: it is copied (Step.Keep)
// when kept.
//
// It reports true when a violation was recorded in out.viol.
func (w *worker) successor(s value.State, sfp uint64, st eval.Step, depth int, out *chunkOut) bool {
	c := w.c
	t, a := st.State, st.Action
	fail := func(err error) bool {
		v := evalError(err, sfp, depth)
		if v.last == nil {
			v.last, v.depth = t, depth
			v.lastLabel, v.lastAct = c.label(st)
		}
		v.target = s
		v.initial = s == nil
		out.viol = v
		return true
	}
	// An error in a constraint is met before TLC writes t (TLC's depth).
	failUnwritten := func(err error) bool {
		r := fail(err)
		out.viol.unwritten, out.viol.noPost = true, true
		return r
	}
	inModel, excluded := true, 0
	for i, p := range c.sp.Constraints {
		ok, err := holds(p, s, t)
		if err != nil {
			return failUnwritten(err)
		}
		if !ok {
			inModel, excluded = false, i+1
			break
		}
	}
	if inModel && s != nil {
		for i, p := range c.sp.ActionConstraints {
			ok, err := p.Eval(s, t)
			if err != nil {
				return failUnwritten(err)
			}
			if !ok {
				inModel, excluded = false, -(i + 1)
				break
			}
		}
	}
	if !inModel && c.graph != nil && c.opt.RecordConstrained && s != nil {
		if xfp, err := c.fingerprint(t); err == nil {
			label, _ := c.label(st)
			c.graph.addExcluded(sfp, xfp, st.Keep(), label, c.sp.TLCActionOf(st), excluded)
		}
	}
	if !inModel {
		if s == nil {
			w.initOutside++ // TLC's Init coverage counts it as distinct
		}
		return w.checkInvariants(s, t, sfp, s, st, false, depth, out) || w.checkInitProps(s, t, sfp, s, st, false, depth, out) ||
			w.checkActionProps(s, sfp, st, false, depth, out)
	}
	fp, err := c.fingerprint(t)
	if err != nil {
		r := fail(err)
		out.viol.noPost = true
		var fe *value.FingerprintError
		switch {
		case errors.As(err, &fe):
			// A set TLC cannot enumerate (Report.FingerprintError): on
			// a successor, the trace ends at s, as for a VIEW.
			v := out.viol
			v.fpErr, v.fpSourced = true, fe.Src != nil
			v.fpCrash = fe.InitCrash && s == nil
			for _, n := range fe.Inner {
				if e, ok := n.(ast.Expr); ok {
					v.fpInner = append(v.fpInner, e)
				}
			}
			if s != nil {
				v.last, v.lastLabel, v.lastAct, v.depth = nil, "", 0, depth-1
			}
		case c.sp.View != nil && c.sp.Symmetry == nil && s != nil:
			// TLC fingerprints the successor before it writes it: the
			// trace ends at s, at s's depth (Report.ViewError).
			v := out.viol
			v.last, v.lastLabel, v.lastAct, v.depth, v.viewErr = nil, "", 0, depth-1, true
		}
		return r
	}
	slot := &w.recent[fp&(1<<recentBits-1)]
	isNew := false
	if *slot != fp {
		if c.disk != nil {
			isNew = c.disk.insert(c, fp, sfp)
		} else {
			isNew = c.seen.insert(fp, sfp)
		}
		*slot = fp
	}
	w.liveSuccessor(s, sfp, st, fp)
	if c.lsafe != nil && s != nil && !containsFP(w.lsSucc, fp) {
		w.lsSucc = append(w.lsSucc, fp)
		if c.lsafe.actual {
			w.lsActual(st)
		}
	}
	// An error evaluating the temporal properties' predicates on a step or
	// on a new successor is met by TLC when its worker adds the successors
	// to the behaviour graph, once they are queued: the trace ends at s
	// (liveEvalError).
	var liveErr error
	if c.live != nil && s != nil {
		taken, err := w.liveTakenBits(s, t)
		if err != nil {
			liveErr = err
		} else {
			out.edges = append(out.edges, liveEdge{from: sfp, to: fp, taken: taken})
		}
	}
	if isNew && w.shared && s != nil {
		t = st.Keep()
		st.State = t
	}
	if c.graph != nil {
		label, _ := c.label(st)
		c.graph.add(sfp, fp, t, label, c.sp.TLCActionOf(st), s == nil, isNew)
	}
	if !isNew {
		if liveErr != nil {
			return w.liveEvalError(liveErr, s, sfp, depth, out)
		}
		return w.checkActionProps(s, sfp, st, false, depth, out)
	}
	if a >= 0 && a < len(w.cov) {
		w.cov[a].Distinct++
		if cv := c.sp.Coverage; cv != nil && a < len(cv.Actions) && cv.Actions[a] != nil {
			cv.Actions[a].AddCost(1)
		}
	}
	out.next = append(out.next, t)
	out.nextFP = append(out.nextFP, fp)
	if c.live != nil && liveErr == nil {
		bits, err := w.liveStateBits(t)
		switch {
		case err != nil && s == nil:
			r := fail(err)
			out.viol.liveInit = true
			return r
		case err != nil && c.live.fairEnabled(err):
			c.liveDeferred.Store(fp, err) // raised when t is expanded
		case err != nil:
			liveErr = err
		default:
			out.nodes = append(out.nodes, liveNode{fp: fp, bits: bits, depth: int32(depth)})
			if c.lsafe != nil {
				c.lsafe.state(fp, bits, s == nil)
			}
		}
	}
	if liveErr != nil {
		return w.liveEvalError(liveErr, s, sfp, depth, out)
	}
	if max := c.opt.MaxStates; max > 0 && c.distinct() > max {
		c.stop.CompareAndSwap(stopNone, stopLimit)
	}
	w.liveInitial(s, t, fp)
	if w.checkInvariants(s, t, fp, t, st, true, depth, out) || w.liveAlways(t) || w.checkInitProps(s, t, fp, t, st, true, depth, out) ||
		w.checkActionProps(s, sfp, st, true, depth, out) {
		return true
	}
	if cv := c.sp.Coverage; cv != nil && s != nil {
		// TLC's 2779 counts: the values of a successor its worker queues,
		// after its invariants and action properties held (a violating
		// state is not counted: CovViol's x took 3 values, TLC says 2).
		cv.CountValues(t)
	}
	return false
}

// checkInvariants checks the invariants of t = st.State, reached from s
// (nil: t is initial). When t is in the
// visited set (inSet), parent and target are t's own fingerprint and t;
// otherwise they are t's predecessor's, and t is carried in the violation.
func (w *worker) checkInvariants(s, t value.State, parent uint64, target value.State, st eval.Step, inSet bool, depth int, out *chunkOut) bool {
	for _, inv := range w.c.sp.Invariants {
		ok, err := holds(inv, s, t)
		if err != nil || !ok {
			// On err: TLC's EC.TLC_INVARIANT_EVALUATION_FAILED, with the cause.
			v := failed(&violation{result: ResultInvariant, name: inv.Name, pos: inv.Pos, parent: parent, depth: depth},
				err, "invariant "+inv.Name)
			if err == nil && w.c.opt.Continue != nil {
				// -continue: reported now, and the state goes on; a
				// successor's other invariants are not checked, an
				// initial state's are (TLC's DoInitFunctor goes on
				// with its loop; continue.go).
				w.continued(v, t, target, st, inSet)
				if s == nil {
					continue
				}
				return false
			}
			v.initial = err != nil && s == nil
			v.noPost = err != nil
			r := w.found(v, t, target, st, inSet, out)
			if v.initial {
				// TLC has queued the initial state before its invariants
				// fail to evaluate: it counts it left on the queue.
				v.queued = false
			}
			return r
		}
	}
	return false
}

// checkInitProps checks an initial state t (s is nil) against the PROPERTY
// conjuncts that are state predicates, after its invariants, as TLC's
// DoInitFunctor checks its implied inits: "Property P is violated by the
// initial state" (ResultProperty, exit 13, a trace of that one state).
// parent, target and inSet are as for checkInvariants.
func (w *worker) checkInitProps(s, t value.State, parent uint64, target value.State, st eval.Step, inSet bool, depth int, out *chunkOut) bool {
	if s != nil {
		return false
	}
	for _, p := range w.c.sp.InitProperties {
		ok, err := holds(p, nil, t)
		if err == nil && ok {
			continue
		}
		v := failed(&violation{result: ResultProperty, name: p.Name, pos: p.Pos, parent: parent, depth: depth,
			msg: "Property " + p.Name + " is violated by the initial state."},
			err, "property "+p.Name+" on the initial state")
		v.initial = err != nil
		r := w.found(v, t, target, st, inSet, out)
		if v.initial {
			// As after an invariant: TLC has queued the initial state
			// before its implied inits fail to evaluate, and counts it
			// left on the queue (PrInitPropErr).
			v.queued = false
		}
		return r
	}
	return false
}

// checkActionProps checks the step s -> st.State against every [][A]_v of
// the PROPERTYs, as TLC's ModelChecker.doNextCheckImplied does: on every
// generated step, even one to a state seen before or outside the model
// ("We need to do it even if succState is not new"), after the successor's
// invariants. A violation's trace is the recorded path to s followed by the
// offending step, so it is a shortest one (s is reached by a shortest path,
// and the search meets steps level by level). isNew says st.State was
// queued already: TLC enqueues a new state only after its implied actions
// hold, so it is not counted among the states left on the queue.
func (w *worker) checkActionProps(s value.State, sfp uint64, st eval.Step, isNew bool, depth int, out *chunkOut) bool {
	if s == nil {
		return false // an initial state: no step
	}
	for _, ap := range w.c.sp.ActionProperties {
		ok, err := ap.Eval(s, st.State)
		if err == nil && ok {
			continue
		}
		// On err: TLC's EC.TLC_ACTION_PROPERTY_EVALUATION_FAILED, with the cause.
		v := failed(&violation{result: ResultActionProperty, name: ap.Name, pos: ap.Pos, parent: sfp, depth: depth},
			err, "action property "+ap.Name)
		if err == nil && w.c.opt.Continue != nil {
			// -continue: reported now, and the step goes on as if it
			// held; the other action properties are not checked
			// (TLC's doNextCheckImplied returns there, continue.go).
			w.continued(v, st.State, s, st, false)
			return false
		}
		// The offending step's target is always carried: it may be a state
		// seen before, but the trace must end with this step into it.
		w.found(v, st.State, s, st, false, out)
		v.queued = isNew
		return true
	}
	return false
}

// failed is the violation v of a predicate that is false, or, when it could
// not be evaluated (err), TLC's "Evaluating <what> failed.\n<cause>" error
// found at the same place.
func failed(v *violation, err error, what string) *violation {
	if err == nil {
		return v
	}
	e := evalError(err, v.parent, v.depth)
	e.depth = v.depth
	e.msg = "Evaluating " + what + " failed.\n" + e.msg // TLC's cause on a line of its own
	return e
}

// found records v, found in state t reached by step st, as this chunk's
// violation. The trace is rebuilt from the records up to target; t is added
// after it unless t is in the visited set already (inSet), in which case
// target is t itself.
func (w *worker) found(v *violation, t, target value.State, st eval.Step, inSet bool, out *chunkOut) bool {
	v.last, v.lastLabel, v.lastAct, v.target = nil, "", 0, target
	v.queued = inSet
	if !inSet {
		v.last = t
		v.lastLabel, v.lastAct = w.c.label(st)
	}
	out.viol = v
	return true
}

// label names the step that led to a state of a trace, and gives 1 + the
// index of its range in ActionRanges (StepName).
func (c *checker) label(st eval.Step) (string, int) {
	if st.Action < 0 {
		return "Initial predicate", 0
	}
	return StepName(c.sp, st)
}

// fingerprint identifies a state: its own fingerprint, or with a VIEW the
// fingerprint of the view's value, so that states with equal views are one;
// with a SYMMETRY, that of the least state of its orbit (symmetry.go).
func (c *checker) fingerprint(t value.State) (uint64, error) {
	if c.sp.Symmetry != nil {
		return c.symFingerprint(t)
	}
	if c.sp.View == nil {
		return checkedFingerprint(t)
	}
	v, err := c.sp.View(t)
	if err != nil {
		return 0, err
	}
	return checkedFingerprint(value.State{v})
}

// checkedFingerprint is t's fingerprint, or TLC's error when t holds a
// set TLC cannot enumerate (value.FingerprintError), which it meets
// fingerprinting t: a *FingerprintError in an *eval.Error naming the
// set's node when known.
func checkedFingerprint(t value.State) (uint64, error) {
	fp := t.Fingerprint()
	if err := t.CheckFingerprint(); err != nil {
		return 0, fingerprintError(err)
	}
	return fpKey(fp), nil
}

// fingerprintError is err, met fingerprinting a state, as the evaluation
// error the checker reports.
func fingerprintError(err error) error {
	fe, ok := err.(*value.FingerprintError)
	if !ok {
		return err
	}
	ee := &eval.Error{Msg: fe.Msg, Cause: fe}
	if e, ok := fe.Src.(ast.Expr); ok {
		ee.Expr, ee.Pos = e, e.Pos()
	}
	return ee
}

// liveEvalError records an error evaluating the temporal properties'
// predicates on a step from s (or on its new successor, already queued):
// TLC meets it adding s's successors to its behaviour graph, and reports
// it with the trace up to s, the stack of what it evaluated first, and
// exit 255 (TLC rev cc6b616, model/testdata/tlc/evalerrors: LState,
// LAct).
func (w *worker) liveEvalError(err error, s value.State, sfp uint64, depth int, out *chunkOut) bool {
	v := evalError(err, sfp, depth-1)
	v.target, v.expanding, v.liveEval = s, true, true
	out.viol = v
	return true
}
