package model

import (
	"context"
	"errors"
	"fmt"
	"path/filepath"
	"runtime"
	"sync"
	"sync/atomic"
	"time"

	"github.com/wspcycle/wspcycle/tla/eval"
	"github.com/wspcycle/wspcycle/tla/value"
)

// Stop reasons other than a violation, in atomic checker.stop.
const (
	stopNone int32 = iota
	stopLimit
	stopMemory
	stopCancel
	stopDisk // a disk store error (diskError)
	stopExit // the spec evaluated TLCSet("exit", TRUE) (tlcrun.go)
)

// checker is the state of one run of Check.
type checker struct {
	sp      *eval.Spec
	opt     Options
	workers int

	seen        fpSet
	disk        *diskStore // nil: the in-memory search (seen); see disk.go
	peakHeap    atomic.Uint64
	checkpoints int
	generated   atomic.Int64 // folded in per chunk, for progress lines
	level       atomic.Int64 // the level being expanded, for progress lines
	queue       atomic.Int64 // states found and not yet expanded, for progress lines
	stop        atomic.Int32
	initStates  int64
	initOutside int64 // initial states outside the constraints (Report.InitOutside)
	composed0   int64 // the spec's Run.Composed when the search began (tlcrun.go)
	start       time.Time

	cov    []ActionCoverage
	outdeg []int64   // out-degree histogram, see worker.outdeg
	live   *liveSpec // nil when there are no temporal properties
	// lsafe, when not nil, stops the search where TLC finds a temporal
	// property violated by a finite prefix (livesafety.go).
	lsafe *liveSafety
	// liveDeferred holds, by fingerprint, the error of a fairness
	// condition's ENABLED on a state, met when it was added: TLC meets
	// it only when it expands the state (nestedenabled.go).
	liveDeferred sync.Map
	lg           liveGraph  // the behaviour graph, when live != nil
	graph        *graphRec  // nil unless Options.RecordGraph
	viol         *violation // the verdict, when the search found one
	// contRanges: the actions' source ranges, for the reports of
	// Options.Continue (continue.go), made once.
	contRanges []SourceRange
}

// Check explores every state reachable from sp's initial states, breadth
// first, and checks sp's invariants, deadlock freedom and temporal
// properties. Its verdict is in the Report; the error is only for input the
// checker cannot handle (reported before any search) and a nil spec.
// Check honours ctx: cancelling it stops the run with ResultInterrupted and
// the counts so far.
func Check(ctx context.Context, sp *eval.Spec, opt Options) (*Report, error) {
	if sp == nil || sp.Init == nil || sp.Next == nil {
		return nil, errors.New("model: the spec has no Init or Next")
	}
	if sp.SpecRefusal != nil {
		return nil, sp.SpecRefusal
	}
	c := &checker{sp: sp, opt: opt, workers: opt.Workers}
	if c.workers <= 0 {
		c.workers = runtime.GOMAXPROCS(0)
	}
	c.tlcRun()
	if opt.SearchSilent {
		defer c.muted()()
	}
	if sp.SplitErr != nil {
		// TLC fails there, after its start, before its liveness problem.
		return nil, &LiveConstError{Err: sp.SplitErr}
	}
	if len(sp.Properties) > 0 {
		ls, err := newLiveSpec(sp)
		if err != nil {
			return nil, err
		}
		c.live = ls
	}
	if opt.RecordGraph {
		c.graph = &graphRec{limit: opt.graphLimit()}
		// TLC's behaviour graph without a tableau, the only one written.
		c.graph.g.Live = c.live != nil && c.live.untabled()
	}
	c.cov = make([]ActionCoverage, len(sp.Actions))
	for i, a := range sp.Actions {
		c.cov[i].Name, c.cov[i].Pos = a.Name, a.Pos
	}
	if opt.DiskDir == "" && (opt.Recover || opt.Checkpoint > 0) {
		return nil, errors.New("model: checkpoints and recovery need the disk store (Options.DiskDir)")
	}
	if opt.DiskDir != "" {
		if opt.RecordGraph {
			return nil, errors.New("unsupported: recording the state graph (--dot) in the disk-backed search (--disk)")
		}
		if err := c.openDisk(); err != nil {
			return nil, fmt.Errorf("model: --disk %s: %w", opt.DiskDir, err)
		}
	}

	// Cancellation becomes a flag that workers poll with one atomic load.
	unwatchCtx := context.AfterFunc(ctx, func() { c.stop.CompareAndSwap(stopNone, stopCancel) })
	defer unwatchCtx()
	start := time.Now()
	c.start = start
	c.event(EventStart, 0)
	if c.disk == nil {
		defer BoundMemory(c.opt.MaxMemory)()
	}
	stopWatch := c.watch()
	rep := c.run()
	stopWatch()
	if testHookChecker != nil {
		testHookChecker(c)
	}
	if c.disk != nil {
		c.closeDisk(c.stop.Load() == stopNone)
		rep.Checkpoints = c.checkpoints
	}
	rep.Duration = time.Since(start)
	rep.PeakRSS = peakRSS()
	rep.PeakHeap = c.peakHeap.Load()
	if rep.Distinct > 0 {
		rep.BytesPerState = float64(rep.PeakHeap) / float64(rep.Distinct)
	}
	if opt.ReadSource != nil {
		rep.Ranges = ActionRanges(sp, opt.ReadSource)
	}
	return rep, nil
}

// testHookChecker, set by tests, sees the checker of each run.
var testHookChecker func(*checker)

// testHookHand, set by tests, is called before an in-memory level's
// chunk k of n is handed to the finite-prefix detector's sequencer, by
// the worker that expanded it: a test holds chunks back there to hand
// them in out of order.
var testHookHand func(k, n int64)

// run does the search and builds the report.
func (c *checker) run() *Report {
	rep := &Report{Spec: c.sp.Name, Vars: c.sp.Vars, VarOrder: SpecVarOrder(c.sp), Workers: c.workers, Result: ResultOK}
	if c.sp.Module != nil {
		rep.Source = filepath.Base(c.sp.Module.Start.Filename)
	}
	rep.Warnings = append(rep.Warnings, c.symmetryWarnings()...)
	depth, queue := c.search()
	rep.Depth, rep.Queue = depth, queue
	rep.InitStates = c.initStates
	rep.InitOutside = c.initOutside
	rep.Generated = c.generated.Load() + c.composedStates()
	rep.Distinct = c.distinct()
	if c.viol != nil && c.viol.counts != nil {
		rep.Generated = c.viol.counts.generated + c.composedStates()
		rep.Distinct = c.viol.counts.distinct
	}
	rep.OutDegree = c.outdeg
	c.finishCoverage(rep)

	switch {
	case c.viol != nil:
		c.reportViolation(rep, c.viol)
	case c.stop.Load() != stopNone:
		c.reportStop(rep)
	case c.live != nil:
		c.checkLiveness(rep)
	}
	switch rep.Result {
	case ResultOK:
		if c.opt.DeferPostcondition && len(c.sp.Postconditions) > 0 {
			rep.PostconditionAfter = c.postconditionDeferred
			break
		}
		c.checkPostcondition(rep)
	case ResultDeadlock, ResultInvariant, ResultProperty, ResultActionProperty, ResultError:
		if len(c.sp.Postconditions) > 0 && (c.viol == nil || !c.viol.noPost) {
			rep.PostconditionAfter = c.postconditionAfter
		}
	}
	c.applyAlias(rep)
	if c.graph != nil {
		if c.graph.overflow {
			rep.Warnings = append(rep.Warnings, fmt.Sprintf("the state graph has more than %d states: not recorded", c.graph.limit))
		} else {
			rep.Graph = &c.graph.g
		}
	}
	d := float64(rep.Distinct)
	rep.CollisionProbability = d * (float64(rep.Generated) - d) / 18446744073709551616.0
	if rep.CollisionProbability < 0 {
		rep.CollisionProbability = 0
	}
	return rep
}

func (c *checker) reportStop(rep *Report) {
	switch c.stop.Load() {
	case stopLimit:
		rep.Result = ResultStateLimit
		rep.Message = fmt.Sprintf("more than %d distinct states (--max-states): the search stopped before it was complete, nothing is proved", c.opt.MaxStates)
	case stopMemory:
		rep.Result = ResultMemoryLimit
		rep.Message = fmt.Sprintf("the heap grew past %d MB (--max-memory): the search stopped before the machine ran out of memory, nothing is proved (--disk DIR checks models larger than memory)", c.opt.MaxMemory>>20)
	case stopCancel:
		rep.Result = ResultInterrupted
		rep.Message = "interrupted: the search stopped before it was complete, nothing is proved"
	case stopExit:
		rep.Result = ResultOK // TLC: "Model checking completed. No error has been found."
	case stopDisk:
		rep.Result = ResultError
		rep.Message = fmt.Sprintf("the disk store failed (--disk %s): %v; the search stopped, nothing is proved", c.opt.DiskDir, c.diskError())
	}
}

func (c *checker) finishCoverage(rep *Report) {
	rep.Coverage = c.cov
	if c.viol != nil || c.stop.Load() != stopNone {
		return // an incomplete search proves nothing about enabledness
	}
	for _, a := range c.cov {
		if a.Enabled == 0 {
			rep.Warnings = append(rep.Warnings, fmt.Sprintf("action %s (%s) was never enabled: is that intended?", a.Name, a.Pos))
		}
	}
}

// event tells Options.Events what the search is doing, with the counts so far.
func (c *checker) event(kind EventKind, level int) {
	if c.opt.Events == nil {
		return
	}
	branches := 0
	if c.live != nil {
		branches = c.live.branches()
	}
	c.opt.Events(Event{Kind: kind, Level: level, Generated: c.generated.Load(), Distinct: c.distinct(),
		Queue: c.queue.Load(), Init: c.initStates, Branches: branches, Elapsed: time.Since(c.start)})
}

// stopped reports whether workers should give up: cancelled, a limit hit.
func (c *checker) stopped() bool { return c.stop.Load() != stopNone }

// search runs the breadth-first search level by level and returns the
// depth reached and the number of states left unexpanded.
func (c *checker) search() (depth int, queue int64) {
	c.lsafe = newLiveSafety(c)
	if c.disk != nil {
		return c.searchDisk()
	}
	frontier, depth, queue, done := c.initFrontier()
	if done {
		return depth, queue
	}
	c.queue.Store(int64(len(frontier.states)))
	workers := make([]*worker, c.searchWorkers())
	for i := range workers {
		workers[i] = c.newWorker()
	}
	defer func() {
		for _, w := range workers {
			c.mergeWorker(w)
		}
	}()
	for level := 1; len(frontier.states) > 0; level++ {
		c.checkMemory()
		if c.stopped() {
			return depth, int64(len(frontier.states))
		}
		c.level.Store(int64(level))
		c.runLevel(level)
		next, viol, left := c.expandLevel(workers, frontier, level)
		if len(next.states) > 0 {
			depth = level + 1
		}
		if viol != nil {
			// TLC reports the length of the counterexample as the depth.
			c.viol = viol
			if viol.counts != nil {
				return viol.counts.depth, viol.counts.queue
			}
			return violDepth(viol, len(next.states) > 0), left + int64(len(next.states)) - queued(viol)
		}
		if c.stop.Load() != stopNone {
			return depth, left + int64(len(next.states))
		}
		frontier = next
	}
	return depth, 0
}

// violDepth is the depth TLC reports with the violation v found while
// expanding a level: the level of the last state written in its trace
// (getLevelForReporting), the violating state's when it was new. A step
// that violates an invariant or an action property into a state seen
// before, or outside the model, writes none: the last state written is
// then of the next level if one was found already (found), else of the
// level expanded (TLC rev cc6b616: depth 3 for an action property violated
// by a step from the third state back to the first, PropAction). An
// error computing the successors of a state writes none either: the last
// state written is of the next level when one was found (NNextOr: depth
// 2, an earlier action gave a new state). A deadlock is found on a
// state being expanded, so it writes none either: the depth is of the next
// level when an earlier state of the level gave a new one (TLC rev
// cc6b616: depth 4 for a deadlock on a state of the third level, DeadView).
func violDepth(v *violation, found bool) int {
	if v.liveSafety {
		// Found after the state's successors were written (livesafety.go).
		if found {
			return v.depth + 1
		}
		return v.depth
	}
	if (v.result == ResultError || v.result == ResultDeadlock) && v.expanding && found {
		return v.depth + 1
	}
	if v.result == ResultError && v.partial && !found && !v.initial && v.depth > 1 {
		// A successor not completely specified is not written either
		// (TLC rev cc6b616: depth 1 for the first action of the initial
		// state's, PartialFirst).
		return v.depth - 1
	}
	if v.result == ResultError && v.unwritten && !found && !v.initial && v.depth > 1 {
		return v.depth - 1 // QCon, QActCon: a constraint failed to evaluate
	}
	if !v.queued && !found && v.depth > 1 && (v.result == ResultActionProperty || v.result == ResultInvariant) {
		return v.depth - 1
	}
	return v.depth
}

// queued is 1 when the violating state was put in the next level, which
// TLC does not count as left on the queue.
func queued(v *violation) int64 {
	if v.queued {
		return 1
	}
	return 0
}

// level is one breadth-first level: its states, their fingerprints.
type levelStates struct {
	states []value.State
	fps    []uint64
}

// computeInit computes the initial states (level 1).
// initFrontier computes the initial states (the first level) with one
// worker, for both the in-memory and the disk search. When an initial state
// violates a property, done is true and depth and queue are the search's
// result.
func (c *checker) initFrontier() (frontier levelStates, depth int, queue int64, done bool) {
	w0 := c.newWorker()
	frontier, viol := c.computeInit(w0)
	c.mergeWorker(w0)
	if viol != nil {
		c.viol = viol
		return frontier, viol.depth, int64(len(frontier.states)) - queued(viol), true
	}
	if len(frontier.states) > 0 || c.generated.Load() > 0 {
		// TLC's depth is 1 once an initial state is generated, in the
		// model or not (model/testdata/tlc/postrun: InitRunCons, a
		// CONSTRAINT false on the only initial state).
		depth = 1
	}
	c.event(EventInit, 1)
	return frontier, depth, 0, false
}

func (c *checker) computeInit(w *worker) (levelStates, *violation) {
	out := &chunkOut{}
	err := func() (err error) {
		defer func() {
			if r := recover(); r != nil {
				out.viol = panicError(r, 0, 1)
			}
		}()
		return c.sp.Init(func(s value.State) error {
			if c.stopped() {
				return errAbort
			}
			w.generated++
			if w.successor(nil, 0, eval.Step{Action: -1, State: s}, 1, out) {
				return errAbort
			}
			return nil
		})
	}()
	if err != nil && !errors.Is(err, errAbort) && out.viol == nil {
		out.viol = evalError(err, 0, 1)
	}
	c.generated.Add(w.generated)
	c.initStates = int64(len(out.next))
	c.initOutside = w.initOutside
	w.generated = 0
	if c.live != nil {
		c.lg.nodes = append(c.lg.nodes, out.nodes...)
	}
	return levelStates{out.next, out.nextFP}, out.viol
}

// expandLevel expands every state of a level in parallel. The level is cut
// into chunks that workers take in turn; the next level is the
// concatenation of the chunks' new states in chunk order, so with one
// worker the order is TLC's FIFO order (see the package doc for the one
// exception), and with more the counts are the same. A violation found in chunk k stops work on later chunks; the
// earliest one (by chunk, then position) wins, so the verdict and the trace
// length do not depend on timing.
func (c *checker) expandLevel(workers []*worker, cur levelStates, level int) (levelStates, *violation, int64) {
	n := len(cur.states)
	size := n / (8 * len(workers))
	size = max(1, min(size, 512))
	nchunks := (n + size - 1) / size
	outs := make([]chunkOut, nchunks)
	var nextChunk atomic.Int64
	var violChunk atomic.Int64
	violChunk.Store(int64(nchunks))
	var processed atomic.Int64
	var seq *lsSeq
	if c.lsafe != nil && c.lsafe.deferred {
		seq = c.lsafe.newSeq(c, level, int64(n), func(k int64, v *violation) {
			outs[k].viol = v
			lowerTo(&violChunk, k)
		})
	}

	var wg sync.WaitGroup
	for _, w := range workers {
		wg.Add(1)
		go func(w *worker) {
			defer wg.Done()
			for {
				k := nextChunk.Add(1) - 1
				if k >= int64(nchunks) || k > violChunk.Load() || c.stopped() {
					return
				}
				lo, hi := int(k)*size, min(n, int(k+1)*size)
				out := &outs[k]
				done := w.expandChunk(cur, lo, hi, level, out)
				processed.Add(int64(done))
				c.queue.Add(int64(len(out.next) - done))
				c.generated.Add(w.generated)
				out.gen, w.generated = w.generated, 0
				if out.viol != nil {
					lowerTo(&violChunk, k)
				}
				if seq != nil {
					if testHookHand != nil {
						testHookHand(k, int64(nchunks))
					}
					seq.hand(k, out)
				}
			}
		}(w)
	}
	wg.Wait()
	if seq != nil {
		seq.finish()
	}

	var next levelStates
	var viol *violation
	total := 0
	for k := range outs {
		total += len(outs[k].next)
	}
	next.states = make([]value.State, 0, total)
	next.fps = make([]uint64, 0, total)
	for k := range outs {
		o := &outs[k]
		next.states = append(next.states, o.next...)
		next.fps = append(next.fps, o.nextFP...)
		if c.live != nil {
			c.lg.nodes = append(c.lg.nodes, o.nodes...)
			c.lg.edges = append(c.lg.edges, o.edges...)
		}
		if o.viol != nil {
			viol = o.viol
			break
		}
	}
	return next, viol, int64(n) - processed.Load()
}

// lowerTo lowers a to k if k is lower.
func lowerTo(a *atomic.Int64, k int64) {
	for {
		v := a.Load()
		if k >= v || a.CompareAndSwap(v, k) {
			return
		}
	}
}

// chunkOut is what expanding one chunk produced, kept in order.
type chunkOut struct {
	next   []value.State
	nextFP []uint64
	nodes  []liveNode
	edges  []liveEdge
	viol   *violation
	// With a deferred finite-prefix detector (livesafetyseq.go): the
	// states expanded, the index in its level of the chunk's first state
	// when the chunk's states are numbered from 0 (the disk search), and
	// the states the chunk generated.
	ls   []lsEvent
	base int64
	gen  int64
}
