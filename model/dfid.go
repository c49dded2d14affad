package model

import (
	"context"
	"errors"
	"fmt"
	"path/filepath"
	"time"

	"github.com/wspcycle/wspcycle/tla/eval"
	"github.com/wspcycle/wspcycle/tla/token"
	"github.com/wspcycle/wspcycle/tla/value"
)

// DFIDOptions configure CheckDFID, TLC's depth-first iterative deepening
// (its -dfid N).
type DFIDOptions struct {
	// MaxDepth is TLC's -dfid N (TLCGlobals.DFIDMax): the iterations
	// are levels 2..MaxDepth, each a depth-first search to that depth.
	MaxDepth int
	// Init, when not nil, is told the counts once the initial states are
	// computed (TLC's "Finished computing initial states: N states
	// generated, with M of them distinct.").
	Init func(generated, distinct int64)
	// Level, when not nil, is told the counts before each iteration
	// (TLC's "Starting level L: N states generated, M distinct states
	// found.").
	Level func(level int, generated, distinct int64)
	// Progress, when not nil, is told the counts as TLC's main thread
	// prints them during an iteration: DFIDProgressFirst into it, then
	// every DFIDProgressEvery (TLC's "Progress: N states generated, M
	// distinct states found.").
	Progress func(generated, distinct int64)
	// Continue, when not nil, is TLC's -continue (TLCGlobals.continuation
	// in DFIDModelChecker): each invariant or action property violated is
	// reported to it as it is found (a DFIDReport with the Result,
	// Property and Trace TLC prints, InitViolation for an initial state)
	// and the search goes on. A successor reports only the first
	// invariant it violates and then skips the action properties; an
	// initial state reports every invariant it violates. Deadlocks,
	// violated implied inits and evaluation errors still end the run.
	Continue func(*DFIDReport)
	// Dump, when not nil, is told each initial state new to the
	// fingerprint set (in the model) as it is added, and DumpStep each
	// step to a successor in the model, with whether the successor is
	// new, which is what TLC's -dump FILE hears in its depth-first mode
	// (allStateWriter.writeState): fromLevel is the level of the state
	// expanded (its depth on the stack, 1 for an initial state).
	Dump     func(s value.State, fp uint64)
	DumpStep func(from uint64, fromLevel int, to value.State, toFP uint64, isNew bool)
	// ActionGenerated, when not nil (one entry per action of the spec,
	// eval.Spec.Actions), counts the states each action generates, as
	// TLC's cost models count them for -coverage. The search adds to it
	// as it goes, so that a report during the search reads it.
	ActionGenerated []int64
	// Checkpoint, when not nil, is TLC's -checkpoint N (dfidcheckpoint.go).
	Checkpoint *DFIDCheckpoint
	// Recover, when not "", is TLC's -recover DIR: the checkpoint in DIR
	// is read before the initial states, Recovered is told its size
	// (TLC's "Recovery completed. N states examined."), and the
	// iterations start again from level 2. TLC picks its fingerprint
	// polynomial at random for each run (its "fp N"), so that the
	// fingerprints it reloads are not those of the recovering run's
	// states: it explores the whole state space again, and its distinct
	// counts are the checkpoint's size more than a fresh run's (TLC rev
	// cc6b616). That is what is done here: the entries are checked and
	// counted, not matched. (With the checkpointed run's polynomial, -fp
	// N, TLC finds every initial state done and hangs after "Starting
	// level 2", which is not reproduced.)
	Recover   string
	Recovered func(size int64)
}

// When TLC's main thread reports progress during an iteration of its
// depth-first mode (AbstractChecker.runTLC: it waits 3 seconds for the
// workers, then prints and waits TLCGlobals.progressInterval, a minute).
const (
	DFIDProgressFirst = 3 * time.Second
	DFIDProgressEvery = time.Minute
)

// DFIDReport is the outcome of CheckDFID: a Report (Result, Property,
// Trace, Message, Generated, Distinct) with what TLC's depth-first mode
// prints differently.
type DFIDReport struct {
	Report
	// Complete: an iteration met no state new to it and another was
	// allowed, so the whole state space within MaxDepth was explored:
	// TLC then prints its success message. A search cut by MaxDepth
	// prints only the counts.
	Complete bool
	// InvariantTrace: the trace is printed as TLC's DFIDWorker prints an
	// invariant's (printInvariantTrace: each state headed "State N: ",
	// TLC's 2217), not as its other errors' (printErrorTrace: "State
	// N:", 2216).
	InvariantTrace bool
	// TraceCut: TLC's printing of the trace stopped at a stack entry never
	// set (a NullPointerException, see CheckDFID), so that it writes no
	// trace exploration spec.
	TraceCut bool
	// NextError: the evaluation error was met computing the successors
	// of the last state of Trace (or checking a successor against the
	// constraints): TLC reports it as an exception "computing the set of
	// next states".
	NextError bool
	// EvalFailed: an invariant or an action property could not be
	// evaluated: TLC's message is the first line of Message alone
	// ("Evaluating invariant Inv failed."), its trace up to the
	// successor, with no stack.
	EvalFailed bool
	// Replay: TLC replays an evaluation error to print its stack of
	// nested expressions, which it does only when another iteration was
	// allowed (the replay is at the top of the next one).
	Replay bool
	// Partial: a successor left a variable unspecified (TLC's
	// TLC_STATE_NOT_COMPLETELY_SPECIFIED_NEXT, which it does not replay).
	Partial bool
	// InitReplayFailed: after an error computing or checking the
	// initial states, TLC's replay of them failed again, and it printed
	// its tool object where the stack of nested expressions belongs
	// (DFIDModelChecker: TLC_NESTED_EXPRESSION with tool.toString()),
	// exiting with 75; otherwise it exits with 0.
	InitReplayFailed bool
	// NoLevel: MaxDepth allowed no iteration (below 2): TLC's run ends
	// after the initial states with the counts, and exits with its code
	// of a general error (the result it starts its loop of levels with).
	NoLevel bool
	// InitViolation: an initial state violates an invariant or an
	// implied init: TLC stops without its counts.
	InitViolation bool
}

// DFIDLivenessError is TLC's refusal of temporal properties in its
// depth-first mode, after it has said how many branches their check
// has ("Implied-temporal checking--satisfiability problem has N
// branches.").
type DFIDLivenessError struct{ Branches int }

func (e *DFIDLivenessError) Error() string {
	return "Depth-First Iterative Deepening mode does not support checking liveness properties (https://github.com/tlaplus/tlaplus/issues/548).  Please check liveness properties in Breadth-First-Search mode."
}

// errDFIDFatal unwinds the depth-first search after an evaluation error
// (TLC's exception, which ends its worker at once).
var errDFIDFatal = errors.New("dfid: stopped by an evaluation error")

// CheckDFID is TLC's depth-first iterative deepening
// (tlc2.tool.DFIDModelChecker and DFIDWorker, one worker): after the
// initial states, iteration L = 2..MaxDepth searches depth first from
// each initial state, along the shortest paths (a successor is entered
// only from a state one level above the level it was first met at),
// and stops at the states met first in iteration L-1, computing their
// successors. The search stops after an iteration that met no new state,
// or after MaxDepth's.
//
// TLC picks the next initial state and the next successor to enter at
// random, from a generator seeded by the clock, so its traces (and, where
// states share successors, the order in which it marks states done, hence
// its generated counts) vary from run to run. Here the choice is always
// the first candidate (TLC's removal moves the last candidate into a
// removed one's place, as here), one of the runs TLC can make: the distinct
// counts of each level are TLC's in every run; the rest is one of TLC's
// outputs.
//
// The trace of a violation is the worker's stack as TLC prints it,
// including TLC's slips: a violation found computing the successors of
// an initial state other than the first of an iteration prints the
// stack's entries left from the previous initial state (an invariant's
// printing stops at an entry never set, where TLC's stops with a
// NullPointerException).
func CheckDFID(ctx context.Context, sp *eval.Spec, opt DFIDOptions) (*DFIDReport, error) {
	if sp == nil || sp.Init == nil || sp.Next == nil {
		return nil, errors.New("model: the spec has no Init or Next")
	}
	if sp.SpecRefusal != nil {
		return nil, sp.SpecRefusal
	}
	if sp.SplitErr != nil {
		return nil, &LiveConstError{Err: sp.SplitErr}
	}
	if len(sp.Properties) > 0 {
		ls, err := newLiveSpec(sp)
		if err != nil {
			return nil, err
		}
		return nil, &DFIDLivenessError{Branches: ls.branches()}
	}
	start := time.Now()
	d := &dfid{c: &checker{sp: sp, workers: 1}, sp: sp, set: newDFIDSet(), ctx: ctx}
	if opt.Recover != "" {
		m, err := readDFIDCheckpoint(opt.Recover)
		if err != nil {
			return nil, err
		}
		d.recovered = int64(len(m))
		if opt.Recovered != nil {
			opt.Recovered(d.recovered)
		}
	}
	rep := &DFIDReport{Report: Report{Spec: sp.Name, Vars: sp.Vars, VarOrder: SpecVarOrder(sp), Workers: 1, Result: ResultOK}}
	if sp.Module != nil {
		rep.Source = filepath.Base(sp.Module.Start.Filename)
	}
	d.rep = rep
	d.search(opt)
	if d.ckptErr != nil {
		return nil, d.ckptErr
	}
	rep.Generated, rep.Distinct = d.gen, d.distinct()
	d2 := float64(rep.Distinct)
	rep.CollisionProbability = max(d2*(float64(rep.Generated)-d2)/18446744073709551616.0, 0)
	MarkChanged(rep.Trace)
	rep.Duration = time.Since(start)
	return rep, nil
}

// dfid is one run of CheckDFID.
type dfid struct {
	c   *checker // for its fingerprints (VIEW, SYMMETRY)
	sp  *eval.Spec
	ctx context.Context
	set *dfidSet
	gen int64
	// recovered is the size of the checkpoint recovered (DFIDOptions.Recover),
	// which TLC's distinct counts include.
	recovered int64
	ckpt      *DFIDCheckpoint // DFIDOptions.Checkpoint
	// ckptErr is the error writing a checkpoint, which ends the search.
	ckptErr error
	rep     *DFIDReport
	err     bool // a violation was recorded (TLC's errState)
	// replayGen is what TLC's replay of the error's doNext adds to the
	// generated count (the replay computes the successors again).
	replayGen int64
	// pred, predFP and predLevel are the state whose doNext failed
	// (TLC's predErrState), which TLC's replay expands again.
	pred      value.State
	predFP    uint64
	predLevel int

	progress     func(generated, distinct int64)
	cont         func(*DFIDReport)         // DFIDOptions.Continue
	dump         func(value.State, uint64) // DFIDOptions.Dump
	dumpStep     func(uint64, int, value.State, uint64, bool)
	actGen       []int64   // DFIDOptions.ActionGenerated
	nextProgress time.Time // when progress is due next
	calls        int       // doNext calls, to look at the clock every so often

	initStates []value.State
	initFPs    []uint64

	// The worker of the present iteration (DFIDWorker).
	toLevel   int
	curLevel  int
	stack     []value.State
	fps       []uint64
	succ      [][]dfidSucc
	moreLevel bool
}

type dfidSucc struct {
	s  value.State
	fp uint64
}

func (d *dfid) search(opt DFIDOptions) {
	d.progress, d.cont, d.dump, d.dumpStep, d.actGen = opt.Progress, opt.Continue, opt.Dump, opt.DumpStep, opt.ActionGenerated
	d.ckpt = opt.Checkpoint
	if !d.doInit() {
		return
	}
	if opt.Init != nil {
		opt.Init(d.gen, int64(len(d.initStates)))
	}
	if len(d.sp.Actions) == 0 {
		// No next-state relation: TLC reports success at once.
		d.rep.Complete = true
		return
	}
	d.rep.NoLevel = opt.MaxDepth < 2
	terminated := false
	for level := 2; level <= opt.MaxDepth; level++ {
		if terminated {
			if !d.err {
				d.rep.Complete = true
			} else if d.rep.Result == ResultError && !d.rep.InitialState && !d.rep.Partial {
				d.rep.Replay = true
				if d.sp.Coverage != nil && d.pred != nil {
					d.replayCoverage()
				} else {
					d.gen += d.replayGen
				}
			}
			return
		}
		if opt.Level != nil {
			opt.Level(level, d.gen, d.distinct())
		}
		d.set.incLevel()
		d.nextProgress = time.Now().Add(DFIDProgressFirst)
		d.runLevel(level)
		if d.ckptErr != nil {
			return
		}
		if d.ctx.Err() != nil && !d.err {
			d.rep.Result = ResultInterrupted
			d.rep.Message = "interrupted: the search stopped before it was complete, nothing is proved"
			return
		}
		terminated = d.err || !d.moreLevel
	}
}

// distinct is TLC's count of distinct states: its set's size, which
// includes a recovered checkpoint's entries.
func (d *dfid) distinct() int64 { return d.recovered + d.set.size() }

// maybeCheckpoint writes a checkpoint when one is due
// (DFIDModelChecker.doPeriodicWork); a failure to write it stops the
// search with errDFIDFatal, the error in ckptErr.
func (d *dfid) maybeCheckpoint() error {
	c := d.ckpt
	if c.Due != nil && !c.Due() {
		return nil
	}
	if c.Begin != nil {
		c.Begin()
	}
	if err := d.set.writeCheckpoint(c.Dir); err != nil {
		d.ckptErr = fmt.Errorf("writing a checkpoint: %w", err)
		return errDFIDFatal
	}
	if c.End != nil {
		c.End()
	}
	return nil
}

// doInit computes the initial states (DFIDModelChecker.doInit); false
// when the search ends there.
func (d *dfid) doInit() bool {
	d.setLevel(0)
	var states []value.State
	err := d.sp.Init(func(s value.State) error {
		states = append(states, s)
		return nil
	})
	d.gen = int64(len(states))
	if err != nil {
		// TLC's count starts again from nothing for its replay.
		d.evalErr(err, nil, nil)
		d.rep.InitialState, d.rep.InitReplayFailed, d.gen = true, true, 0
		return false
	}
	return d.checkInits(states, false)
}

// checkInits checks the initial states from doInit. After an error
// checking one (TLC's errState), TLC replays the whole computation with
// the states it added already in its set: the replay (replay true)
// checks the states it has not added, and fails again at an error met
// before the state is added (a constraint, the fingerprint).
func (d *dfid) checkInits(states []value.State, replay bool) bool {
	initErr := func(err error, s value.State, before bool) bool {
		if replay {
			d.rep.InitReplayFailed = true
			return false
		}
		d.evalErr(err, []value.State{s}, nil)
		d.rep.InitialState = true
		if before {
			d.rep.InitReplayFailed = true
		} else {
			d.checkInits(states, true)
		}
		return false
	}
	for _, s := range states {
		inModel := true
		for _, p := range d.sp.Constraints {
			ok, err := holds(p, nil, s)
			if err != nil {
				return initErr(err, s, true)
			}
			if !ok {
				inModel = false
				break
			}
		}
		status := int32(dfidNew)
		if inModel {
			fp, err := d.c.fingerprint(s)
			if err != nil {
				return initErr(err, s, true)
			}
			if status = d.set.setStatus(fp, dfidNew); status == dfidNew {
				d.initStates = append(d.initStates, s)
				d.initFPs = append(d.initFPs, fp)
				if d.dump != nil && !replay {
					d.dump(s, fp)
				}
			}
		}
		if status != dfidNew {
			continue
		}
		for _, inv := range d.sp.Invariants {
			ok, err := holds(inv, nil, s)
			if err != nil {
				return initErr(err, s, false)
			}
			if !ok {
				if replay {
					return false
				}
				if d.cont != nil {
					// TLC prints the violation and checks the next invariant.
					d.cont(&DFIDReport{Report: d.violation(ResultInvariant, inv.Name, inv.Pos,
						[]TraceState{{Action: "Initial predicate", State: s}}), InitViolation: true})
					continue
				}
				d.rep.Result, d.rep.Property, d.rep.Pos = ResultInvariant, inv.Name, inv.Pos
				d.rep.Trace = []TraceState{{Action: "Initial predicate", State: s}}
				d.rep.InitViolation, d.err = true, true
				return false
			}
		}
		for _, p := range d.sp.InitProperties {
			ok, err := holds(p, nil, s)
			if err != nil {
				return initErr(err, s, false)
			}
			if !ok {
				if replay {
					return false
				}
				d.rep.Result, d.rep.Property, d.rep.Pos = ResultProperty, p.Name, p.Pos
				d.rep.Message = "Property " + p.Name + " is violated by the initial state."
				d.rep.Trace = []TraceState{{Action: "Initial predicate", State: s}}
				d.rep.InitViolation, d.err = true, true
				return false
			}
		}
	}
	d.rep.InitStates = int64(len(d.initStates))
	return true
}

// evalErr records an evaluation error with the trace tr (TLC's errState).
func (d *dfid) evalErr(err error, tr []value.State, last value.State) {
	if d.err {
		return
	}
	d.err = true
	v := evalError(err, 0, 0)
	d.rep.Result, d.rep.Message, d.rep.Pos, d.rep.Expr = v.result, v.msg, v.pos, v.expr
	if v.result == ResultError && v.msg == "" {
		d.rep.Message = fmt.Sprint(err)
	}
	d.rep.Trace = traceStates(tr)
	if last != nil {
		d.rep.Trace = append(d.rep.Trace, TraceState{State: last})
	}
}

func traceStates(tr []value.State) []TraceState {
	out := make([]TraceState, 0, len(tr))
	for _, s := range tr {
		out = append(out, TraceState{State: s})
	}
	return out
}

// runLevel is one iteration: DFIDWorker.run with toLevel = level.
func (d *dfid) runLevel(level int) {
	d.toLevel, d.curLevel, d.moreLevel = level, 0, false
	d.stack = make([]value.State, level+1)
	d.fps = make([]uint64, level+1)
	d.succ = make([][]dfidSucc, level+1)
	inits := append([]value.State(nil), d.initStates...)
	initFPs := append([]uint64(nil), d.initFPs...)
	for !d.err {
		// getInit: the first initial state not completed.
		index := -1
		for len(inits) > 0 {
			const pick = 0
			if !d.set.completed(d.set.status(initFPs[pick])) {
				index = pick
				break
			}
			n := len(inits) - 1
			inits[pick], initFPs[pick] = inits[n], initFPs[n]
			inits, initFPs = inits[:n], initFPs[:n]
		}
		if index < 0 {
			return
		}
		cur, cfp := inits[index], initFPs[index]
		d.stack[0], d.fps[0], d.succ[0] = cur, cfp, d.succ[0][:0]
		isLeaf := d.toLevel < 2
		noLeaf, err := d.doNext(cur, cfp, 1, isLeaf, &d.succ[0])
		if err != nil {
			return
		}
		d.moreLevel = d.moreLevel || !noLeaf
		d.curLevel = 1
		for !isLeaf {
			index = d.getNext()
			if index < 0 {
				d.set.setLeveled(cfp)
				if d.curLevel == 1 {
					break
				}
				d.curLevel--
				cur, cfp = d.stack[d.curLevel-1], d.fps[d.curLevel-1]
				continue
			}
			next := d.succ[d.curLevel-1][index]
			cur, cfp = next.s, next.fp
			d.stack[d.curLevel], d.fps[d.curLevel], d.succ[d.curLevel] = cur, cfp, d.succ[d.curLevel][:0]
			isLeaf = d.curLevel >= d.toLevel-1
			noLeaf, err = d.doNext(cur, cfp, d.curLevel+1, isLeaf, &d.succ[d.curLevel])
			if err != nil {
				return
			}
			d.moreLevel = d.moreLevel || !noLeaf
			d.curLevel++
		}
	}
}

// getNext picks the first successor of the state at the top of the stack
// still to be entered in this iteration, dropping the others; -1 when
// there is none.
func (d *dfid) getNext() int {
	succ := d.succ[d.curLevel-1]
	defer func() { d.succ[d.curLevel-1] = succ }()
	for len(succ) > 0 {
		const pick = 0
		st := d.set.status(succ[pick].fp)
		if !d.set.completed(st) && int32(d.curLevel) < dfidLevelOf(st) {
			return pick
		}
		n := len(succ) - 1
		succ[pick] = succ[n]
		succ = succ[:n]
	}
	return -1
}

// setLevel tells the spec's Run the level of the state the search
// expands (Run.SetDFIDLevel), for TLCGet("level") in Next and, one more,
// in the constraints, invariants and view of its successors.
func (d *dfid) setLevel(level int) {
	if r := d.sp.Run; r != nil {
		r.SetDFIDLevel(level)
	}
}

// doNext computes the successors of cur, a state at the given level (its
// depth on the stack, 1 for an initial state: the level TLC's state
// carries), as DFIDModelChecker.doNext does: each
// is checked (constraints, invariants when new, action properties), the
// ones not completed in this iteration are kept in out; cur is marked
// done when every successor is done. It returns whether no successor was
// new to this iteration, and errDFIDFatal after an evaluation error.
func (d *dfid) doNext(cur value.State, cfp uint64, level int, isLeaf bool, out *[]dfidSucc) (bool, error) {
	if d.ctx.Err() != nil {
		return true, errDFIDFatal // cancelled: search reports the interruption
	}
	d.setLevel(level)
	if d.calls++; d.ckpt != nil && d.ckpt.EveryCalls > 0 && d.calls%d.ckpt.EveryCalls == 0 {
		if err := d.maybeCheckpoint(); err != nil {
			return true, err
		}
	}
	if (d.progress != nil || d.ckpt != nil) && d.calls%256 == 0 {
		if now := time.Now(); now.After(d.nextProgress) {
			// TLC's periodic work (its checkpoint) comes before the progress line.
			if d.ckpt != nil && d.ckpt.EveryCalls <= 0 {
				if err := d.maybeCheckpoint(); err != nil {
					return true, err
				}
			}
			if d.progress != nil {
				d.progress(d.gen, d.distinct())
			}
			d.nextProgress = now.Add(DFIDProgressEvery)
		}
	}
	var steps []eval.Step
	nextErr := d.sp.Next(cur, func(st eval.Step) error {
		steps = append(steps, eval.Step{Action: st.Action, Params: st.Params, State: st.Keep()})
		return nil
	})
	allSuccDone, allSuccNonLeaf := true, true
	gen0 := d.gen
	var partial *eval.Error
	if ee := (*eval.Error)(nil); errors.As(nextErr, &ee) && ee.Partial != nil && !ee.IllegalInit {
		// TLC computes the action's successors, the incomplete one among
		// them, and refuses it when it meets it.
		partial = ee
		steps = append(steps, eval.Step{Action: -2, State: ee.Partial})
		if ee.PartialStep != nil {
			steps[len(steps)-1].Action = ee.PartialStep.Action
		}
	}
	// TLC counts an action's successors, all of them, before it checks
	// the first.
	for i := 0; i < len(steps); {
		j := i
		for j < len(steps) && steps[j].Action == steps[i].Action {
			j++
		}
		d.gen += int64(j - i)
		if a := steps[i].Action; a >= 0 && a < len(d.actGen) {
			d.actGen[a] += int64(j - i)
		}
		for ; i < j; i++ {
			t := steps[i].State
			if partial != nil && i == len(steps)-1 {
				if !d.err {
					d.evalErr(partial, d.errorTrace(cur), t)
					d.rep.Message = d.c.incompleteWording(d.rep.Message)
					d.rep.Partial = true
				}
				return allSuccNonLeaf, nil
			}
			inModel, err := d.inModel(cur, t)
			if err != nil {
				d.nextError(err, cur, t)
				d.rep.SuccessorCheck = true
				d.setReplay(d.gen-gen0, cur, cfp, level)
				return allSuccNonLeaf, errDFIDFatal
			}
			status := int32(dfidNew)
			if inModel {
				fp, err := d.c.fingerprint(t)
				if err != nil {
					d.nextError(err, cur, t)
					return allSuccNonLeaf, errDFIDFatal
				}
				status = d.set.setStatus(fp, dfidNew)
				if d.dumpStep != nil {
					d.dumpStep(cfp, level, t, fp, status == dfidNew)
				}
				allSuccDone = allSuccDone && dfidIsDone(status)
				allSuccNonLeaf = allSuccNonLeaf && !d.set.leaf(status)
				if !d.set.completed(status) {
					*out = append(*out, dfidSucc{t, fp})
				}
			}
			if status == dfidNew {
				violated := false
				for _, inv := range d.sp.Invariants {
					ok, err := holds(inv, cur, t)
					if err != nil {
						if !d.err {
							d.evalErr(err, d.errorTrace(cur), t)
							d.rep.Message = "Evaluating invariant " + inv.Name + " failed.\n" + d.rep.Message
							d.rep.EvalFailed = true
							d.setReplay(int64(len(steps)), cur, cfp, level)
						}
						return allSuccNonLeaf, nil
					}
					if !ok {
						if d.cont != nil && !d.err {
							if !d.continuedInvariant(inv, cur, t, steps, cfp, level) {
								return allSuccNonLeaf, nil
							}
							violated = true
							break
						}
						if !d.err {
							d.err = true
							d.rep.Result, d.rep.Property, d.rep.Pos = ResultInvariant, inv.Name, inv.Pos
							d.rep.Trace, d.rep.TraceCut = d.invariantTrace(t)
							d.rep.InvariantTrace = true
						}
						return allSuccNonLeaf, nil
					}
				}
				if violated {
					continue // TLC skips the action properties of this successor
				}
			}
			for _, ap := range d.sp.ActionProperties {
				ok, err := ap.Eval(cur, t)
				if err != nil {
					if !d.err {
						d.evalErr(err, d.errorTrace(cur), t)
						d.rep.Message = "Evaluating action property " + ap.Name + " failed.\n" + d.rep.Message
						d.rep.EvalFailed = true
						d.setReplay(int64(len(steps)), cur, cfp, level)
					}
					return allSuccNonLeaf, nil
				}
				if !ok {
					if d.cont != nil && !d.err {
						d.cont(&DFIDReport{Report: d.violation(ResultActionProperty, ap.Name, ap.Pos, traceStates(append(d.errorTrace(cur), t)))})
						break // the next successor
					}
					if !d.err {
						d.err = true
						d.rep.Result, d.rep.Property, d.rep.Pos = ResultActionProperty, ap.Name, ap.Pos
						d.rep.Trace = traceStates(append(d.errorTrace(cur), t))
					}
					return allSuccNonLeaf, nil
				}
			}
		}
	}
	if nextErr != nil {
		d.nextError(nextErr, cur, nil)
		d.setReplay(d.gen-gen0, cur, cfp, level)
		return allSuccNonLeaf, errDFIDFatal
	}
	if len(steps) == 0 && d.sp.CheckDeadlock {
		if !d.err {
			d.err = true
			d.rep.Result = ResultDeadlock
			d.rep.Trace = traceStates(d.errorTrace(cur))
		}
		return allSuccNonLeaf, nil
	}
	if allSuccDone || isLeaf && allSuccNonLeaf {
		d.set.setStatus(cfp, dfidDone)
	}
	return allSuccNonLeaf, nil
}

// inModel reports whether t, reached from s, satisfies the constraints
// and the step the action constraints.
func (d *dfid) inModel(s, t value.State) (bool, error) {
	for _, p := range d.sp.Constraints {
		if ok, err := holds(p, s, t); err != nil || !ok {
			return false, err
		}
	}
	for _, p := range d.sp.ActionConstraints {
		if ok, err := p.Eval(s, t); err != nil || !ok {
			return false, err
		}
	}
	return true, nil
}

// nextError records an evaluation error met computing cur's successors
// (t, when not nil, the successor being checked).
func (d *dfid) nextError(err error, cur, t value.State) {
	if d.err {
		return
	}
	d.evalErr(err, d.errorTrace(cur), t)
	d.rep.NextError = true
}

// errorTrace is the trace DFIDWorker.printErrorTrace prints up to s1 =
// cur: the stack's first curLevel entries, then cur.
func (d *dfid) errorTrace(cur value.State) []value.State {
	var tr []value.State
	for i := 0; i < d.curLevel; i++ {
		if d.stack[i] == nil {
			return tr // TLC's NullPointerException ends the printing
		}
		tr = append(tr, d.stack[i])
	}
	return append(tr, cur)
}

// invariantTrace is the trace DFIDWorker.printInvariantTrace prints for
// a successor t violating an invariant: the stack's entries 0..curLevel,
// then t. TLC's printing stops at an entry never set.
// cut reports that.
func (d *dfid) invariantTrace(t value.State) (trace []TraceState, cut bool) {
	var tr []value.State
	for i := 0; i <= d.curLevel; i++ {
		if i >= len(d.stack) || d.stack[i] == nil {
			return traceStates(tr), true
		}
		tr = append(tr, d.stack[i])
	}
	return traceStates(append(tr, t)), false
}

// violation is the report of a violation -continue goes on after.
func (d *dfid) violation(res string, name string, pos token.Pos, tr []TraceState) Report {
	r := Report{Spec: d.rep.Spec, Vars: d.rep.Vars, VarOrder: d.rep.VarOrder, Source: d.rep.Source, Workers: 1,
		Result: res, Property: name, Pos: pos, Trace: tr}
	MarkChanged(r.Trace)
	return r
}

// continuedInvariant reports, under -continue, the invariant inv violated
// by t, a successor of cur, and says whether the search goes on. TLC's
// printing of the trace stops at a stack entry never set with a
// NullPointerException, which its check of the invariants catches as an
// evaluation error: the invariant "failed", with the trace
// printErrorTrace prints, and the run ends (TLC rev cc6b616: DTwoInit
// with -continue). steps are cur's successors, which TLC's replay
// computes again.
func (d *dfid) continuedInvariant(inv eval.StatePred, cur, t value.State, steps []eval.Step, cfp uint64, level int) bool {
	tr, cut := d.invariantTrace(t)
	d.cont(&DFIDReport{Report: d.violation(ResultInvariant, inv.Name, inv.Pos, tr), InvariantTrace: true, TraceCut: cut})
	if !cut {
		return true
	}
	d.err = true
	d.rep.Result, d.rep.Message = ResultError, "Evaluating invariant "+inv.Name+" failed.\n"
	d.rep.Trace = traceStates(append(d.errorTrace(cur), t))
	d.rep.EvalFailed = true
	d.setReplay(int64(len(steps)), cur, cfp, level)
	return false
}

// setReplay records TLC's replay of the failing doNext, that of cur (a
// state at the given level): it generates cur's first n successors
// again; with -coverage the replay is made (replayCoverage).
func (d *dfid) setReplay(n int64, cur value.State, cfp uint64, level int) {
	d.pred, d.predFP, d.predLevel = cur, cfp, level
	d.replayGen = n
}

// replayCoverage is TLC's replay of the failing doNext (its
// CallStackTool's doNext of predErrState, as a leaf) made for -coverage:
// TLC's cost models count its evaluations, and its counts of the states
// it generates and adds are in the summary. Its prints go nowhere, as
// the stack of nested expressions is printed from a replay of its own
// (which prints what TLC's replay prints).
func (d *dfid) replayCoverage() {
	run := func() {
		var out []dfidSucc
		d.doNext(d.pred, d.predFP, d.predLevel, true, &out)
	}
	if r := d.sp.Run; r != nil {
		r.DFIDMuted(run)
		return
	}
	run()
}
