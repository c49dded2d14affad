// Package simulate generates random behaviours of a spec and checks them,
// as TLC's -simulate does: every INVARIANT in every state, deadlock, the
// PROPERTY conjuncts TLC checks on states and steps, and the temporal
// properties on each whole behaviour (model.BehaviourChecker). It is the
// engine beside model.Check for models too large to check exhaustively:
// it finds deep bugs fast but proves nothing when it finds none.
//
// A run is reproducible, and TLC's: the behaviours are those TLC's
// simulator (with -workers 1) draws from the same seed, through the same
// generator and the same choices (behaviour).
package simulate

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"path/filepath"
	"strings"
	"sync/atomic"
	"time"

	"github.com/wspcycle/wspcycle/model"
	"github.com/wspcycle/wspcycle/tla/ast"
	"github.com/wspcycle/wspcycle/tla/eval"
	"github.com/wspcycle/wspcycle/tla/token"
	"github.com/wspcycle/wspcycle/tla/value"
)

// Options bound a simulation.
type Options struct {
	Depth int // states per behaviour, at most (TLC's -depth)
	Runs  int // behaviours
	// Seed and Aril are TLC's -seed and -aril: the behaviours are those
	// TLC's worker 0 draws from them (javarand.go).
	Seed uint64
	Aril int64
	// MaxMemory stops the run with model.ResultMemoryLimit once the
	// process's memory passes this many bytes (a behaviour is kept whole,
	// for its trace and its temporal check, so a huge Depth, or -depth -1
	// on a spec whose behaviours never end, needs a bound); 0: no limit.
	// The memory is what the Go runtime holds from the system (footprint),
	// and the collector is told to keep it under the bound meanwhile.
	MaxMemory uint64
	// MaxMemoryWhy says where MaxMemory comes from, in the message that
	// reports it reached; "" is --max-memory.
	MaxMemoryWhy string
	// MemoryUsed, when not nil, is what MaxMemory is compared with instead
	// of the process's footprint (for tests: a bound reached without
	// gigabytes).
	MemoryUsed func() uint64
	// Progress receives a progress line every ProgressEvery (0: 3 s); nil
	// means silent.
	Progress      io.Writer
	ProgressEvery time.Duration
	// ReadSource, when not nil, reads the spec's source files, for the
	// source ranges of actions in the trace (as model.Options.ReadSource).
	ReadSource func(filename string) ([]byte, error)
	// Behaviour, when not nil, is called with each behaviour once it has
	// been checked (k from 1), failed says whether it broke the spec (a
	// behaviour cut short by GoOnAsTLC's bounds is not passed): to write
	// the behaviours out (TLC's -simulate file=F) or to measure them. The
	// trace is the simulator's: it must not be kept.
	Behaviour func(k int, trace []model.TraceState, failed bool)
	// After is what the run does once a behaviour has broken the spec
	// (after.go); the zero value stops there.
	After AfterViolation
	// OnProgress, when not nil, is called every ProgressEvery (0: 3 s)
	// with the behaviours begun and the successors generated so far
	// (Result.Generated), instead of the progress line on Progress.
	OnProgress func(behaviours int, generated int64)
	// OnInit, when not nil, is called once the initial states are
	// computed and checked, with their number and the number of those
	// inside the CONSTRAINTs (the behaviours start from), before any
	// behaviour.
	OnInit func(n, pool int64)
	// OnInitComputed, when not nil, is called with the number of initial
	// states once the initial predicate has given them all, before any is
	// checked: TLC reports "Computed N initial states..." there, so that
	// what checking them prints (an invariant's Print) comes after it.
	OnInitComputed func(n int64)
	// NoInitProperties leaves out the PROPERTY conjuncts that are state
	// predicates (Spec.InitProperties), as TLC's simulator does: it
	// checks only the invariants in the initial states (Simulator, rev
	// cc6b616, never asks for the implied inits). wspcycle simulate checks
	// them, as check does; tlc -simulate does not, to say what TLC says.
	NoInitProperties bool
	// Generate is TLC's generation mode (-generate): each action tried
	// computes one successor, a disjunction or \E taking its branches in
	// a random order and stopping at the first that yields one
	// (eval.Spec.NextOfOne), instead of all of them. A behaviour then
	// goes down each branch with the probability of the choices that
	// lead to it, not uniformly among the successors.
	Generate bool
	// ActionStats counts the steps taken by each pair of TLC actions in
	// succession (Result.ActionSteps), as TLC's simulator does with
	// -simulate stats=basic|full for its action graph (actiondot.go).
	ActionStats bool
	// Sched is how each step draws the first action it tries (TLC's
	// sched=): uniformly, or by a reinforcement learner's weights (rl.go).
	Sched Scheduler
	// TraceFile says each behaviour is written out (TLC's file=): TLC's
	// worker then hands it out without its stuttering steps, which
	// sched=rl's learning trips over (rl.go's learnAsTLC).
	TraceFile bool
	// Moments, when not nil, gives the mean and variance of the lengths of
	// the behaviours done so far, in TLC's arithmetic, for
	// TLCGet("stats") while the run goes on (SimView).
	Moments func(traces int64) (mean, variance int64)
}

// Result is the outcome of Run: a verdict in the checker's words
// (model.Result*), the counts, and the behaviour that broke the spec.
type Result struct {
	Spec     string
	Source   string // the spec's file name
	Vars     []string
	VarOrder []int // TLC's order of Vars in traces (model.SpecVarOrder)
	Opt      Options
	Result   string
	Property string // the violated invariant
	Message  string // for model.ResultError
	Pos      token.Pos
	// Expr is the expression that raised an evaluation error, when the
	// evaluator knows it (TLC prints its whole range), and InitialState
	// says that error was met checking an initial state.
	Expr         ast.Expr
	InitialState bool
	// IllegalInit: the error is an initial state the initial predicate
	// left incomplete (model.Report.IllegalInit), the last of Trace.
	IllegalInit bool
	// FingerprintCrash: the error is TLC's crash on a state holding a
	// set it cannot sort or enumerate (value.FingerprintError.InitCrash,
	// model.Report.FingerprintCrash).
	FingerprintCrash bool

	InitStates int64 // initial states (all checked; those inside the CONSTRAINTs are the starting pool)
	Behaviours int   // behaviours generated, the failing one included
	States     int64 // states visited, over all behaviours (initial states included)
	Distinct   int   // distinct states among them (by the whole state; a VIEW is ignored), at most maxTracked
	Generated  int64 // successors generated by the actions tried, the ones not picked included (TLC's count, less the initial states)
	MaxDepth   int   // the longest behaviour, in states
	Failing    int   // the behaviour the violation was found in (1-based), 0 when none
	// Exited: the spec evaluated TLCSet("exit", TRUE), which ended the run
	// with no error (TLC's simulator stops).
	Exited bool

	// Violations are, with ContinueAsTLC, every violation found (the
	// result's own verdict is the first), at most maxViolations of them;
	// MoreViolations counts those not kept.
	Violations     []*Violation
	MoreViolations int

	// ActionSteps, with Options.ActionStats, counts the steps taken:
	// ActionSteps[i][j] the steps by TLC action j-1 (eval.Spec.TLCActions)
	// from a state action i-1 led to, row 0 those from an initial state;
	// over every behaviour, the failing one's steps before the failure
	// included (TLC's SimulationWorker.collectPostSuccessor).
	ActionSteps [][]int64

	Trace    []model.TraceState
	LoopBack int              // for a temporal property: the lasso's step back, as in model.Report
	LoopStep model.TraceState // the step that closes the lasso
	// Violated and NoneViolated: as in model.Report, the properties the
	// lasso violates when several; none.
	Violated     []string
	NoneViolated bool
	Ranges       []model.SourceRange
	Warnings     []string
	Duration     time.Duration
}

// simulator is the state of one simulate call.
type simulator struct {
	ctx  context.Context
	sp   *eval.Spec
	res  *Result
	seen map[uint64]struct{}
	path []model.TraceState // the current behaviour
	live *model.BehaviourChecker
	// labels name the TLC actions, by their index in TLCActions, and acts
	// give 1 + the index of their ranges, 0 for a leaf's (model.StepName).
	labels []string
	acts   []int

	// fatal: the verdict is one after which TLC's worker generates no more
	// behaviours (an exception out of its behaviour).
	fatal bool
	// exit: the spec evaluated TLCSet("exit", TRUE); the run ends, with no
	// error, once the action being tried has generated its successors.
	exit atomic.Bool
	// budget is the states the current behaviour may still visit (-1: no
	// bound); cut says it ran out (after.go's GoOnAsTLC).
	budget int64
	cut    bool

	start, lastProgress time.Time
	steps               int64 // steps taken, for the periodic memory and progress checks

	// What TLCGet sees (simview.go): initCounted, the initial states are
	// all computed; walking, the behaviours have begun; succ, the
	// successor being checked; ranges, the actions' source ranges, read
	// when TLCGet("action") first needs them.
	initCounted, walking bool
	succ                 *succLabel
	ranges               []model.SourceRange
	// params are TLC's actions by label, for their parameters.
	params map[string]*eval.TLCAction

	// rl is the learner of sched=rl|rlaction (nil: the uniform draw);
	// keys and stepActs are, for it, the current behaviour's states' keys
	// and the index of the action of the step to each ([0] unused).
	rl       *qLearner
	keys     []uint64
	stepActs []int
}

// errSimStop ends an enumeration when a verdict has been reached.
var errSimStop = errors.New("simulation stopped")

// Run generates opt.Runs random behaviours of sp and checks them. It
// never panics on a broken evaluator: a panic becomes an evaluation error
// reported against the behaviour it happened in. The error is for
// temporal properties the checker cannot handle, found before any run.
func Run(ctx context.Context, sp *eval.Spec, opt Options) (*Result, error) {
	if opt.Depth < 1 || opt.Runs < 1 {
		return nil, errors.New("simulate: Depth and Runs must be at least 1")
	}
	live, err := model.NewBehaviourChecker(sp)
	if err != nil {
		return nil, err
	}
	start := time.Now()
	res := &Result{Spec: sp.Name, Vars: sp.Vars, VarOrder: model.SpecVarOrder(sp), Opt: opt, Result: model.ResultOK}
	if sp.Module != nil {
		res.Source = filepath.Base(sp.Module.Start.Filename)
	}
	s := &simulator{ctx: ctx, sp: sp, res: res, seen: map[uint64]struct{}{}, live: live, start: start, lastProgress: start}
	if sp.Run != nil {
		// TLC's RandomElement draws from a new Random(seed) of each thread
		// (RandomEnumerableValues): its main thread's in the initial
		// states, its worker's in the behaviours (behaviours). The main
		// thread's may have drawn already, the constant definitions
		// (loaded with eval.Options.Random: NewTLCRandom).
		main := sp.Run.Random()
		if main == nil {
			main = newJavaRand(int64(opt.Seed))
		}
		sp.Run.SetRandom(main)
		defer sp.Run.SetRandom(nil)
		sp.Run.SetExit(func() { s.exit.Store(true) })
		defer sp.Run.SetExit(nil)
		sp.Run.SetWalkLevel(0)
		sp.Run.SetSimView(s)
		defer sp.Run.SetSimView(nil)
	}
	if opt.MemoryUsed == nil {
		defer model.BoundMemory(opt.MaxMemory)()
	}
	pool := s.initial()
	if opt.OnInit != nil && res.Result == model.ResultOK {
		opt.OnInit(res.InitStates, int64(len(pool)))
	}
	if res.Result == model.ResultOK && len(pool) == 0 {
		res.Warnings = append(res.Warnings, "no initial state satisfies the model's CONSTRAINTs: nothing to simulate")
	}
	if res.Result == model.ResultOK {
		s.behaviours(pool)
	}
	res.Distinct = len(s.seen)
	if res.LoopBack == 0 {
		model.MarkChanged(res.Trace)
	}
	if opt.ReadSource != nil {
		res.Ranges = ActionRanges(sp, opt.ReadSource)
	}
	res.Duration = time.Since(start)
	return res, nil
}

// behaviours generates the behaviours from pool, and goes on after a
// violation as opt.After says.
func (s *simulator) behaviours(pool []value.State) {
	res, opt := s.res, s.res.Opt
	acts, err := s.sp.TLCActions()
	if err != nil {
		res.Result, res.Message = model.ResultError, err.Error()
		return
	}
	rng := tlcWorkerRand(int64(opt.Seed), opt.Aril)
	if s.sp.Run != nil {
		s.sp.Run.SetRandom(newJavaRand(int64(opt.Seed))) // the worker's own (Run)
	}
	s.labels, s.acts = make([]string, len(acts)), make([]int, len(acts))
	s.params = map[string]*eval.TLCAction{}
	for i := range acts {
		s.labels[i] = model.TLCLabel(s.sp, &acts[i])
		s.params[s.labels[i]] = &acts[i]
		if acts[i].Opaque() {
			s.acts[i] = model.TLCActionAct(s.sp, i)
		}
	}
	if opt.Sched != SchedRandom && len(acts) > 0 {
		s.rl = newQLearner(opt.Sched, len(acts))
	}
	if opt.ActionStats {
		res.ActionSteps = make([][]int64, len(acts)+1)
		for i := range res.ActionSteps {
			res.ActionSteps[i] = make([]int64, len(acts)+1)
		}
	}
	s.walking = true
	var first *Violation
	grace := 0          // the behaviour GoOnAsTLC's bounds count from (0: none)
	var graceFrom int64 // the states visited before
loop:
	for k := 1; k <= opt.Runs && len(pool) > 0; k++ {
		if s.ctx.Err() != nil {
			if first == nil {
				res.Result = model.ResultInterrupted
			}
			break
		}
		s.budget = -1
		if grace > 0 {
			left := GraceStates - (res.States - graceFrom)
			if k-grace > GraceBehaviours || left <= 0 {
				break
			}
			s.budget = left
		}
		res.Behaviours = k
		s.fatal, s.cut = false, false
		s.behaviour(rng, pool, acts)
		if s.exit.Load() && res.Result == model.ResultOK {
			res.Exited = true
			break
		}
		if res.Result == model.ResultOK && !s.cut {
			s.checkLiveness()
		}
		if opt.Behaviour != nil && len(s.path) > 0 && !s.cut {
			opt.Behaviour(k, s.path, res.Result != model.ResultOK)
		}
		if s.rl != nil && res.Result == model.ResultOK && !s.cut && !s.exit.Load() {
			// TLC's worker learns from a behaviour once it has checked,
			// measured and written it out, and only from one without a
			// violation (postTrace).
			s.learnAsTLC()
		}
		switch res.Result {
		case model.ResultOK:
			s.path = nil // a behaviour's states are garbage once checked
			if s.cut {
				break loop // the bounds are reached
			}
			continue
		case model.ResultInterrupted, model.ResultMemoryLimit:
			if first != nil {
				s.take(k) // the violation found stands
			}
			break loop
		}
		v := s.take(k)
		s.path = nil
		if grace > 0 { // TLC's main thread no longer listens
			if s.fatal {
				break
			}
			continue
		}
		if first == nil {
			first = v
		}
		stops := opt.After != ContinueAsTLC || !continuable(v.Result) || s.fatal
		if opt.After == ContinueAsTLC {
			// The violation that ends the run is always kept, past the
			// cap too: it decides the verdict and the exit code.
			if len(res.Violations) < maxViolations || stops {
				res.Violations = append(res.Violations, v)
			} else {
				res.MoreViolations++
			}
		}
		if !stops {
			continue
		}
		v.Stops = true
		if opt.After == Stop || s.fatal {
			break
		}
		grace, graceFrom = k, res.States
	}
	if first != nil {
		res.set(first)
	}
}

// checkLiveness checks the temporal properties on the behaviour just
// generated, as TLC's simulator does with each of its traces.
func (s *simulator) checkLiveness() {
	if s.live == nil || len(s.path) == 0 {
		return
	}
	v, err := s.live.Check(TLCTrace(s.path)) // what TLC's LiveCheck1 is given
	if err != nil {
		s.fatal = true
		s.evalError(err)
		return
	}
	if v != nil {
		s.fatal = true // TLC's liveness violation is an exception out of the behaviour
		s.res.Result, s.res.Property, s.res.Pos = model.ResultProperty, v.Property, v.Pos
		s.res.Trace, s.res.LoopBack, s.res.LoopStep = v.Trace, v.LoopBack, v.LoopStep
		s.res.Violated, s.res.NoneViolated = v.Violated, v.NoneViolated
	}
}

// tick runs every 1024 steps: it stops the run when the heap has passed
// Options.MaxMemory (a single behaviour of 10^8 states would otherwise
// take the machine's memory), and prints the progress line when due.
func (s *simulator) tick() bool {
	s.steps++
	if s.steps&1023 != 0 {
		return true
	}
	if max := s.res.Opt.MaxMemory; max > 0 {
		used := footprint
		if f := s.res.Opt.MemoryUsed; f != nil {
			used = f
		}
		if used() > max {
			why := s.res.Opt.MaxMemoryWhy
			if why == "" {
				why = "--max-memory"
			}
			s.res.Result, s.fatal = model.ResultMemoryLimit, true
			s.res.Message = fmt.Sprintf("the memory grew past %d MB (%s) in behaviour %d of %d states so far: the simulation stopped before the machine ran out of memory", max>>20, why, s.res.Behaviours, len(s.path))
			return false
		}
	}
	if f := s.res.Opt.OnProgress; f != nil {
		every := s.res.Opt.ProgressEvery
		if every <= 0 {
			every = 3 * time.Second
		}
		if now := time.Now(); now.Sub(s.lastProgress) >= every {
			s.lastProgress = now
			f(s.res.Behaviours, s.res.Generated)
		}
	} else if p := s.res.Opt.Progress; p != nil {
		every := s.res.Opt.ProgressEvery
		if every <= 0 {
			every = 3 * time.Second
		}
		if now := time.Now(); now.Sub(s.lastProgress) >= every {
			s.lastProgress = now
			mins := max(now.Sub(s.start).Minutes(), 1.0/60)
			fmt.Fprintf(p, "Progress at %s: %s behaviours, %s states visited (%s s/min), current behaviour at depth %s.\n",
				now.Format("2006-01-02 15:04:05"), thousands(int64(s.res.Behaviours)), thousands(s.res.States),
				thousands(int64(float64(s.res.States)/mins)), thousands(int64(len(s.path))))
		}
	}
	return true
}

// thousands writes n with thousands separators, as TLC's progress lines do.
func thousands(n int64) string {
	s := fmt.Sprint(n)
	var b strings.Builder
	for i, c := range s {
		if i > 0 && (len(s)-i)%3 == 0 && c != '-' && s[i-1] != '-' {
			b.WriteByte(',')
		}
		b.WriteRune(c)
	}
	return b.String()
}

// initial computes every initial state, then checks the invariants in
// each (as TLC does before simulating: it reports "Computed N initial
// states" with all of them counted, also when one violates an
// invariant), and returns those inside the CONSTRAINTs.
func (s *simulator) initial() (pool []value.State) {
	defer s.recoverPanic()
	var all []value.State
	err := s.sp.Init(func(st value.State) error {
		all = append(all, st.Clone())
		s.res.InitStates++
		return nil
	})
	if err != nil {
		s.evalError(err) // Init itself failed: no state to show
		if s.res.IllegalInit {
			// TLC counts the incomplete state among those computed.
			s.res.InitStates++
			s.res.Trace = s.path
		}
		return nil
	}
	s.initCounted = true
	if f := s.res.Opt.OnInitComputed; f != nil {
		f(int64(s.res.InitStates))
	}
	for _, st := range all {
		s.path = []model.TraceState{{Action: "Initial predicate", State: st}}
		if s.crashes(st) {
			return nil
		}
		if !s.checkState(st) || !s.res.Opt.NoInitProperties && !s.checkInit(st) {
			s.res.Trace = s.path // before any behaviour: Failing stays 0
			s.res.InitialState = s.res.Result == model.ResultError
			return nil
		}
		in := s.inModel(st)
		if s.res.Result == model.ResultError {
			s.res.Trace, s.res.InitialState = s.path, true
			return nil
		}
		if in {
			pool = append(pool, st)
		}
	}
	if s.res.Result != model.ResultOK {
		return nil
	}
	s.path = nil
	return pool
}

// behaviour walks one random behaviour from a state of pool, as TLC's
// SimulationWorker.simulateRandomTrace (rev cc6b616) does with its
// generator rng; a verdict ends it and leaves it in s.path.
//
// The initial state is pool[floor(rng.nextDouble() * len)]. Each step
// draws a first action among TLC's (eval.Spec.TLCActions) the same way and
// a prime p (nextPrime), then tries the actions from there by strides of p
// (modulo their number) until one has a successor inside the model. Every
// successor of a tried action is generated and checked (invariants, then
// the PROPERTY's [][A]_v) before the CONSTRAINTs and ACTION_CONSTRAINTs
// decide whether it may be picked, so a violation may be found in one that
// is not; then the next state is picked among those kept with a last
// nextDouble. No action with a successor kept is a deadlock (when checked),
// else the behaviour ends there.
func (s *simulator) behaviour(rng *javaRand, pool []value.State, acts []eval.TLCAction) {
	defer s.recoverPanic()
	cur := pool[rng.index(len(pool))]
	s.path = append(s.path[:0:0], model.TraceState{Action: "Initial predicate", State: cur})
	s.visit(cur)
	if s.rl != nil {
		s.keys, s.stepActs = s.keys[:0], append(s.stepActs[:0], 0)
		if !s.noteKey(cur, 0) {
			return
		}
	}
	type succ struct {
		state value.State
		label string
		act   int
	}
	var kept []succ
	from := 0 // the row of ActionSteps: the action that led to cur, 0 for an initial state
	for len(s.path) < s.res.Opt.Depth {
		if s.budget == 0 {
			s.cut = true
			return
		}
		if s.ctx.Err() != nil {
			s.res.Result = model.ResultInterrupted
			return
		}
		if !s.tick() {
			return
		}
		kept = kept[:0]
		if s.sp.Run != nil {
			s.sp.Run.SetWalkLevel(len(s.path))
		}
		var index int
		if s.rl != nil {
			index = s.rl.first(rng, s.keys[len(s.keys)-1])
		} else {
			index = rng.index(len(acts))
		}
		p := rng.nextPrime()
		for range acts {
			err := s.nextOf(rng, cur, &acts[index], func(st eval.Step) error {
				s.res.Generated++
				next := succ{st.State, s.labels[index], st.Action + 1}
				if s.acts[index] > 0 {
					next.act = s.acts[index]
				}
				s.succ = &succLabel{next.label, next.act}
				defer func() { s.succ = nil }()
				if !s.checkState(next.state) || !s.checkStep(cur, next.state) {
					s.path = append(s.path, model.TraceState{Action: next.label, Act: next.act, State: next.state})
					s.visit(next.state)
					return errSimStop
				}
				// A CONSTRAINT or ACTION_CONSTRAINT that fails to evaluate
				// on a successor ends the behaviour at the state whose
				// successors were computed: TLC's trace leaves the
				// successor out (TLC rev cc6b616 with -simulate: QCon,
				// QActCon).
				if !s.inModel(next.state) {
					if s.res.Result != model.ResultOK {
						return errSimStop
					}
					return nil
				}
				for _, c := range s.sp.ActionConstraints {
					ok, err := c.Eval(cur, next.state)
					if err != nil {
						s.fatal = true // an exception out of TLC's behaviour
						return err
					}
					if !ok {
						return nil
					}
				}
				kept = append(kept, next)
				return nil
			})
			if errors.Is(err, errSimStop) {
				return
			}
			if err != nil {
				// An evaluation error is an exception out of TLC's behaviour,
				// an incompletely specified successor one of its verdicts.
				var ee *eval.Error
				s.fatal = !errors.As(err, &ee) || ee.Partial == nil
				s.evalError(err)
				return
			}
			if s.exit.Load() {
				return
			}
			if len(kept) > 0 {
				break
			}
			if s.rl != nil {
				s.rl.disabled(index, s.keys[len(s.keys)-1])
			}
			index = (index + p) % len(acts)
		}
		if len(kept) == 0 {
			if s.sp.CheckDeadlock {
				s.res.Result = model.ResultDeadlock
			}
			return
		}
		pick := kept[rng.index(len(kept))]
		if s.res.ActionSteps != nil {
			s.res.ActionSteps[from][index+1]++
			from = index + 1
		}
		cur = pick.state
		s.path = append(s.path, model.TraceState{Action: pick.label, Act: pick.act, State: cur})
		s.visit(cur)
		if s.rl != nil {
			s.stepActs = append(s.stepActs, index)
			if !s.noteKey(cur, index+1) {
				return
			}
		}
	}
}

// noteKey appends the learner's key of st, reached by TLC action act-1
// (0: an initial state); false when the VIEW it needs fails to evaluate,
// an exception out of TLC's behaviour, recorded as the verdict.
func (s *simulator) noteKey(st value.State, act int) bool {
	k, err := s.rlKey(st, act)
	if err != nil {
		s.fatal = true
		s.evalError(err)
		return false
	}
	s.keys = append(s.keys, k)
	return true
}

// nextOf yields the successors of cur by the action a: all of them, or
// in generation mode those of the branches drawn with rng.
func (s *simulator) nextOf(rng *javaRand, cur value.State, a *eval.TLCAction, yield func(eval.Step) error) error {
	if s.res.Opt.Generate {
		return s.sp.NextOfOne(cur, a, rng, yield)
	}
	return s.sp.NextOf(cur, a, yield)
}

// maxTracked bounds the set of fingerprints kept to count distinct states
// (about 40 MB), so that a long simulation's memory stays flat: past it the
// count is a lower bound.
const maxTracked = 1 << 21

// visit counts a state of a behaviour.
func (s *simulator) visit(st value.State) {
	s.res.States++
	if s.budget > 0 {
		s.budget--
	}
	s.res.MaxDepth = max(s.res.MaxDepth, len(s.path))
	if len(s.seen) < maxTracked {
		s.seen[st.Fingerprint()] = struct{}{}
	}
}

// crashes reports (and records) TLC's crash on st, an initial state
// holding a set TLC cannot sort ({1, "a"}): its simulator normalises the
// initial states (deepNormalize), an exception it does not catch. It
// does not normalise successors, and a lazy set passes (TLC rev cc6b616,
// -simulate: VarMix exits 255, VarMixNext and UnionNat 0).
func (s *simulator) crashes(st value.State) bool {
	_ = st.Fingerprint()
	var fe *value.FingerprintError
	if err := st.CheckFingerprint(); !errors.As(err, &fe) || !fe.Unsortable {
		return false
	}
	s.res.Result, s.res.Message, s.res.FingerprintCrash, s.fatal = model.ResultError, fe.Msg, true, true
	return true
}

// checkState checks every invariant in st; false means a verdict was reached.
func (s *simulator) checkState(st value.State) bool {
	for _, inv := range s.sp.Invariants {
		ok, err := inv.Eval(st)
		if err != nil {
			s.evalError(err)
			s.failed("invariant " + inv.Name)
			return false
		}
		if !ok {
			s.res.Result, s.res.Property, s.res.Pos = model.ResultInvariant, inv.Name, inv.Pos
			return false
		}
	}
	return true
}

// checkInit checks the PROPERTY conjuncts that are state predicates, which
// TLC checks on initial states only (its implied inits).
func (s *simulator) checkInit(st value.State) bool {
	for _, p := range s.sp.InitProperties {
		ok, err := p.Eval(st)
		if err != nil {
			s.evalError(err)
			return false
		}
		if !ok {
			s.res.Result, s.res.Property, s.res.Pos = model.ResultProperty, p.Name, p.Pos
			s.res.Message = "Property " + p.Name + " is violated by the initial state."
			return false
		}
	}
	return true
}

// checkStep checks every [][A]_v conjunct of PROPERTY on the step taken, as
// TLC's simulator checks its implied actions; false means a verdict.
func (s *simulator) checkStep(from, to value.State) bool {
	for _, p := range s.sp.ActionProperties {
		ok, err := p.Eval(from, to)
		if err != nil {
			s.evalError(err)
			s.failed("action property " + p.Name)
			return false
		}
		if !ok {
			s.res.Result, s.res.Property, s.res.Pos = model.ResultActionProperty, p.Name, p.Pos
			return false
		}
	}
	return true
}

// inModel reports whether st satisfies every CONSTRAINT; an evaluation
// error is a verdict (and false).
func (s *simulator) inModel(st value.State) bool {
	for _, c := range s.sp.Constraints {
		ok, err := c.Eval(st)
		if err != nil {
			s.fatal = true // an exception out of TLC's behaviour
			s.evalError(err)
			return false
		}
		if !ok {
			return false
		}
	}
	return true
}

// evalError records an evaluation error as the checker does: TLC's message,
// its position, and an incompletely specified successor as the last state.
func (s *simulator) evalError(err error) {
	s.res.Result = model.ResultError
	var ee *eval.Error
	var te *token.Error
	var me *value.MemoryError
	switch {
	case errors.As(err, &me) && errors.As(err, &ee):
		// --max-memory reached inside one evaluation (exit 4).
		s.res.Result, s.res.Pos = model.ResultMemoryLimit, ee.Pos
		s.res.Message = fmt.Sprintf("the heap grew past %d MB (--max-memory) while the expression at %s was evaluated: the simulation stopped before the machine ran out of memory", me.Limit>>20, ee.Pos)
	case errors.As(err, &ee):
		s.res.Message, s.res.Pos, s.res.Expr = ee.Msg, ee.Pos, ee.Expr
		if ee.Partial != nil && ee.IllegalInit {
			s.res.IllegalInit = true
			s.path = []model.TraceState{{Action: "Initial predicate", State: ee.Partial}}
		} else if ee.Partial != nil {
			label := "partial successor"
			if i := strings.Index(ee.Msg, "by action "); i >= 0 {
				rest := ee.Msg[i+len("by action "):]
				if j := strings.IndexAny(rest, " ."); j > 0 {
					label = rest[:j] + " (partial successor)"
				}
			}
			s.path = append(s.path, model.TraceState{Action: label, Act: model.ActionNamed(s.sp, label), State: ee.Partial})
		}
	case errors.As(err, &te):
		s.res.Message, s.res.Pos = te.Msg, te.Pos
	default:
		s.res.Message = err.Error()
	}
}

// failed puts TLC's "Evaluating <what> failed." before the message of the
// evaluation error just recorded, as the checker does (model/worker.go):
// the cause on a line of its own.
func (s *simulator) failed(what string) {
	if s.res.Result == model.ResultError {
		s.res.Message = "Evaluating " + what + " failed.\n" + s.res.Message
	}
}

// recoverPanic turns a panic of the evaluator into an evaluation error
// against the behaviour it happened in, instead of crashing the command.
func (s *simulator) recoverPanic() {
	if r := recover(); r != nil {
		s.res.Result, s.fatal = model.ResultError, true
		s.res.Message = fmt.Sprintf("internal error in the evaluator: %v", r)
	}
}

// ExitCode is check's exit code for the same verdict.
func (r *Result) ExitCode() int { return (&model.Report{Result: r.Result}).ExitCode() }

// Report is the verdict and trace in a model.Report, for the writers
// shared with the checker (text, ITF, TLC's messages).
func (r *Result) Report() *model.Report { return r.report() }

func (r *Result) report() *model.Report {
	return &model.Report{Spec: r.Spec, Source: r.Source, Vars: r.Vars, VarOrder: r.VarOrder, Result: r.Result, Property: r.Property, Message: r.Message,
		Pos: r.Pos, Expr: r.Expr, InitialState: r.InitialState, FingerprintCrash: r.FingerprintCrash, IllegalInit: r.IllegalInit, Trace: r.Trace, LoopBack: r.LoopBack, LoopStep: r.LoopStep, Ranges: r.Ranges,
		Violated: r.Violated, NoneViolated: r.NoneViolated}
}

// WriteITF writes the failing behaviour in the Informal Trace Format, as
// check -itf does.
func (r *Result) WriteITF(w io.Writer) error { return r.report().WriteITF(w) }

// WriteText prints the report in check's words; a behaviour that broke the
// spec is printed as check prints a counterexample.
func (r *Result) WriteText(w io.Writer) error {
	b := &strings.Builder{}
	fmt.Fprintf(b, "Simulating %s: %d behaviour%s of at most %d state%s, seed %d.\n",
		r.Spec, r.Opt.Runs, plural(r.Opt.Runs), r.Opt.Depth, plural(r.Opt.Depth), r.Opt.Seed)
	fmt.Fprintf(b, "Computed %d initial state%s.\n", r.InitStates, plural(int(r.InitStates)))
	switch r.Result {
	case model.ResultOK:
		b.WriteString("Simulation completed. No error has been found.\n")
	case model.ResultInvariant:
		fmt.Fprintf(b, "Error: Invariant %s is violated.\n", r.Property)
	case model.ResultActionProperty:
		fmt.Fprintf(b, "Error: Action property %s is violated.\n", r.Property)
	case model.ResultProperty:
		if r.Message != "" {
			fmt.Fprintf(b, "Error: %s\n", r.Message)
			break
		}
		fmt.Fprintf(b, "Error: Temporal properties were violated.\nError: Property %s is violated.\n", r.Property)
	case model.ResultDeadlock:
		b.WriteString("Error: Deadlock reached.\n")
	case model.ResultError:
		fmt.Fprintf(b, "Error: %s\n", r.Message)
		if r.Pos.IsValid() {
			fmt.Fprintf(b, "Error: at %s\n", r.Pos)
		}
	case model.ResultMemoryLimit:
		fmt.Fprintf(b, "Stopped: %s.\n", r.Message)
	default:
		fmt.Fprintf(b, "Stopped: %s.\n", r.Result)
	}
	switch {
	case r.Failing > 0:
		fmt.Fprintf(b, "Found in behaviour %d of seed %d.\n", r.Failing, r.Opt.Seed)
	case len(r.Trace) > 0:
		b.WriteString("Found in an initial state, before any behaviour.\n")
	}
	if len(r.Trace) > 0 {
		r.report().WriteCounterexample(b)
	}
	atLeast := ""
	if r.Distinct >= maxTracked {
		atLeast = "at least "
	}
	fmt.Fprintf(b, "%d behaviour%s, %d states visited (%s%d distinct), %d states generated, maximum depth %d.\n",
		r.Behaviours, plural(r.Behaviours), r.States, atLeast, r.Distinct, r.Generated, r.MaxDepth)
	for _, msg := range r.Warnings {
		fmt.Fprintf(b, "Warning: %s\n", msg)
	}
	fmt.Fprintf(b, "Finished in %.2fs.\n", r.Duration.Seconds())
	_, err := io.WriteString(w, b.String())
	return err
}

func plural(n int) string {
	if n == 1 {
		return ""
	}
	return "s"
}

// simJSON is the machine-readable report (`wspcycle simulate --json`); its
// names follow check's JSON report where the two share a meaning.
type simJSON struct {
	Spec          string            `json:"spec"`
	Result        string            `json:"result"`
	Property      string            `json:"property,omitempty"`
	Message       string            `json:"message,omitempty"`
	Position      string            `json:"position,omitempty"`
	ExitCode      int               `json:"exit_code"`
	Seed          uint64            `json:"seed"`
	DepthLimit    int               `json:"depth_limit"`
	Runs          int               `json:"runs"`
	Behaviours    int               `json:"behaviours"`
	InitialStates int64             `json:"initial_states"`
	States        int64             `json:"states"`
	Distinct      int               `json:"distinct"`
	Generated     int64             `json:"generated"`
	MaxDepth      int               `json:"max_depth"`
	Failing       int               `json:"failing_behaviour,omitempty"`
	Trace         []model.JSONState `json:"trace"`
	Loop          int               `json:"loop,omitempty"`
	Warnings      []string          `json:"warnings,omitempty"`
	Seconds       float64           `json:"seconds"`
}

// WriteJSON prints the report as JSON.
func (r *Result) WriteJSON(w io.Writer) error {
	// The trace in check's JSON form, through check's own converter.
	rep := r.report()
	j := simJSON{
		Spec: r.Spec, Result: r.Result, Property: r.Property, Message: r.Message, ExitCode: r.ExitCode(),
		Seed: r.Opt.Seed, DepthLimit: r.Opt.Depth, Runs: r.Opt.Runs, Behaviours: r.Behaviours,
		InitialStates: r.InitStates, States: r.States, Distinct: r.Distinct, Generated: r.Generated,
		MaxDepth: r.MaxDepth, Failing: r.Failing, Trace: rep.JSON().Trace, Loop: r.LoopBack, Warnings: r.Warnings,
		Seconds: r.Duration.Seconds(),
	}
	if r.Pos.IsValid() {
		j.Position = r.Pos.String()
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(j)
}
