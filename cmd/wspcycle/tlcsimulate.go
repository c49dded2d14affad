package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"maps"
	"math"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/wspcycle/wspcycle/model"
	"github.com/wspcycle/wspcycle/model/simulate"
	"github.com/wspcycle/wspcycle/model/tlcout"
	"github.com/wspcycle/wspcycle/model/tlcout/dumptrace"
	"github.com/wspcycle/wspcycle/tla/eval"
	"github.com/wspcycle/wspcycle/tla/source"
	"github.com/wspcycle/wspcycle/tla/span"
)

// runTLCSimulate is 'wspcycle tlc -simulate': random behaviours from the
// library's simulator (model/simulate), reported in TLC's messages (TLC
// rev cc6b616 with -simulate): "Computed N initial states..." (2269) and
// the initial states' count as soon as they are known, a progress line
// every minute, the verdict and its trace, and the statistics (2210).
//
// TLC's -depth N is N steps, so N+1 states a behaviour; the states TLC
// counts are the initial states and each step's state. Its progress (2209)
// is in plain output "Progress: N states checked, K traces generated
// (trace length: mean=M, var(x)=V, sd=S)", with the behaviours' lengths
// in steps, and with -tool "Progress(K) at DATE: N states generated, -1
// distinct states found, -1 states left on queue." (TLC prints it twice
// at the end of a -tool run).
func runTLCSimulate(ctx context.Context, f *tlcFlags, sp *eval.Spec, w *tlcout.Writer, start time.Time, stderr io.Writer) int {
	if f.simStats == "full" {
		if why := simulate.FullActionGraphRefusal(sp); why != "" {
			fmt.Fprintln(stderr, "wspcycle tlc: -simulate stats=full is not supported here: "+why)
			return tlcExitUsage
		}
	}
	runs := f.simNum
	if runs == 0 {
		runs = math.MaxInt // TLC simulates until it is stopped
	}
	live := false // TLC checks the temporal properties on each behaviour
	if bc, err := model.NewBehaviourChecker(sp); err == nil && bc.Branches() > 0 {
		live = true
		w.Msg(tlcout.LiveImplied, tlcout.ClassNone, fmt.Sprintf("Implied-temporal checking--satisfiability problem has %d branches.", bc.Branches()))
	}
	st := &simStats{}
	var fileErr error
	// TLC draws its -aril doubles only from a -seed given (TLC.java).
	aril := int64(0)
	if f.seedSet {
		aril = f.aril
	}
	// -depth -1 is TLC's simulator without a bound on a behaviour
	// (Simulator: traceDepth Integer.MAX_VALUE), whose violations it
	// reports by their last state alone (ErrorStateOnly).
	depth := f.depth + 1
	if f.depth < 0 {
		depth = math.MaxInt
	}
	opt := simulate.Options{Depth: depth, Runs: runs, Seed: uint64(f.seed), Aril: aril, MaxMemory: f.simMemory, MaxMemoryWhy: "3/4 of the memory available when the run started",
		ReadSource: source.ReadFile, ProgressEvery: time.Minute, After: simulate.GoOnAsTLC, NoInitProperties: true,
		Generate: f.generate, ActionStats: f.simStats == "basic" || f.simStats == "full", Sched: f.simSched,
		TraceFile: f.simFile != ""}
	if f.cont {
		opt.After = simulate.ContinueAsTLC
	}
	computed := false // "Computed N initial states..." printed
	opt.OnInitComputed = func(n int64) {
		// Before the initial states are checked, as TLC prints it: an
		// invariant's Print in them comes after (TLC rev cc6b616:
		// SimPrints in model/testdata/tlc/simulate).
		computed = true
		w.Msg(tlcout.ComputingInitProgress, tlcout.ClassNone, fmt.Sprintf("Computed %d initial states...", n))
	}
	opt.OnInit = func(n, pool int64) {
		st.init = n
		if !computed {
			w.Msg(tlcout.ComputingInitProgress, tlcout.ClassNone, fmt.Sprintf("Computed %d initial states...", n))
		}
		if n == 0 {
			return // TLC stops there (simNoInitialState)
		}
		// TLC's simulator counts the initial states inside the
		// CONSTRAINTs here, and passes "" for the plural's "s"
		// (Simulator.simulate, rev cc6b616): "1 distinct state", "6
		// distinct state".
		w.Msg(tlcout.InitGenerated, tlcout.ClassNone, fmt.Sprintf("Finished computing initial states: %d distinct state generated at %s.", pool, tlcout.Date(time.Now())))
	}
	traces, err := dumptrace.Open(f.dumpTrace)
	if err != nil {
		w.Msg(tlcout.General, tlcout.ClassError, err.Error())
		return tlcExitSystem
	}
	defer traces.Finish()
	traces.Models, traces.Simulated = tlcModelNames(tlcCfgPath(f, f.tla)), true
	var tf *traceFiles
	if f.simFile != "" {
		tf = newTraceFiles(sp, f.simFile)
	}
	opt.Behaviour = func(k int, trace []model.TraceState, failed bool) {
		// TLC measures, and writes out, only the behaviours that did not
		// fail (SimulationWorker returns the verdict before either).
		if failed {
			return
		}
		kept := tlcSimTrace(trace)
		length := len(trace)
		if live && !lastStutters(trace) {
			length = len(kept) // the liveness check ran getTrace first
		}
		steps := int64(length)
		if f.depth >= 0 {
			steps = int64(min(f.depth, length))
		}
		st.add(steps, int64(k))
		if tf != nil && fileErr == nil {
			fileErr = tf.write(k-1, kept)
		}
	}
	opt.Moments = func(traces int64) (mean, variance int64) {
		mean, variance, _ = st.momentsAt(traces)
		return mean, variance
	}
	opt.OnProgress = func(behaviours int, generated int64) {
		st.traces = int64(behaviours)
		tlcSimProgress(w, st, behaviours, st.init+generated, time.Now())
	}
	type simulated struct {
		res *simulate.Result
		err error
	}
	s, ok := interruptible(ctx, "tlc", stderr, func() simulated {
		res, err := simulate.Run(ctx, sp, opt)
		return simulated{res, err}
	})
	if !ok {
		return model.ExitInterrupted
	}
	if lce := (*model.LiveConstError)(nil); errors.As(s.err, &lce) {
		return tlcLiveConstError(w, lce, start, f.tool)
	}
	if r := (*eval.LiveRefusal)(nil); errors.As(s.err, &r) {
		return tlcLiveRefusal(w, r, start, f.tool)
	}
	if s.err != nil {
		w.Msg(tlcout.General, tlcout.ClassError, s.err.Error())
		return tlcExitSpecParse
	}
	res := s.res
	now := time.Now()
	if res.Result == model.ResultOK && res.InitStates == 0 {
		return simNoInitialState(w, start, now)
	}
	rep := res.Report()
	initViolation := rep.Result == model.ResultInvariant && len(rep.Trace) == 1
	if st.init == 0 && res.InitStates > 0 { // a violation among the initial states: OnInit was not called
		if !computed {
			w.Msg(tlcout.ComputingInitProgress, tlcout.ClassNone, fmt.Sprintf("Computed %d initial states...", res.InitStates))
		}
		if !initViolation && !rep.InitialState && !rep.IllegalInit { // TLC does not finish computing them then
			w.InitDone(res.InitStates, res.InitStates, now)
		}
	}
	if res.Result == model.ResultInterrupted {
		rep.Result = model.ResultOK // TLC reports a stopped simulation's counts without an error
	}
	verdict := func(rep *model.Report) {
		if rep.LoopBack == 0 {
			rep.Trace = tlcSimTrace(rep.Trace)
		}
		if f.depth >= 0 && !rep.IllegalInit && !rep.FingerprintCrash {
			// TLC's simulator prints a trace through the ALIAS
			// (Simulator.printBehavior: evalAlias over each step), not
			// the standalone error state of -depth -1.
			model.ApplyAlias(sp, rep, func(err error) string { return tlcout.AliasErrorText(err, source.ReadFile, f.tool) })
		}
		if len(rep.Trace) > 0 && rep.Trace[0].Act == 0 {
			// TLC's simulator names the first state by the initial
			// predicate's source range, not "Initial predicate".
			rep.Trace[0].Action = initLabel(sp)
		}
		if rep.Expr != nil {
			// TLC names an evaluation error's expression by its whole range.
			if end, ok := span.NewFiles(source.ReadFile).End(rep.Expr); ok {
				rep.End = end
			}
		}
		w.Verdict(rep, tlcout.TraceOptions{Ranges: res.Ranges, DiffOnly: f.diffTrace, View: f.viewOf(sp), Simulator: true, ErrorStateOnly: f.depth < 0}, now)
	}
	violated := rep.Result != model.ResultOK
	// After a violation or an error TLC's simulator still evaluates the
	// POSTCONDITION, once the run's summary is printed (before the last
	// progress line); false or failing, it is reported, and the exit
	// code stays the violation's (TLC rev cc6b616: SimPostViolation).
	// TLC counts the initial states and every successor of the actions
	// its walk tried.
	states := res.InitStates + res.Generated
	if sp.Run != nil {
		// TLCGet("stats") in the POSTCONDITION is the simulator's record.
		sp.Run.SetSimStats(func() eval.SimStats {
			mean, v, _ := st.moments()
			return eval.SimStats{Traces: st.traces, Generated: states, LevelMean: mean, LevelVariance: v, Behavior: st.traces}
		})
	}
	postAfter := func() {
		if msg, failed := model.Postcondition(sp, source.ReadFile); failed && !model.IsPostconditionLookup(msg) {
			w.Postcondition(msg)
		}
	}
	if rep.Result == model.ResultError && (rep.FingerprintCrash || rep.IllegalInit) {
		// An initial state TLC cannot fingerprint: its crash, with
		// nothing after (VarMix); one the initial predicate left
		// incomplete, the same (D2InitMissing).
		verdict(rep)
		w.Finished(start, now)
		return tlcExitCrash
	}
	if initViolation {
		verdict(rep)
		postAfter()
		// An initial state violates an invariant: TLC's simulator stops
		// without its statistics, as its model checker does.
		if err := traces.Write(f.traceLines(w), sp, rep); err != nil {
			fileErr = err
		}
		w.Finished(start, now)
		if fileErr != nil {
			fmt.Fprintf(stderr, "wspcycle tlc: %v\n", fileErr)
			return tlcExitSystem
		}
		return res.ExitCode()
	}
	st.traces = int64(res.Behaviours)
	stats := func() {
		// TLC writes its action graph with its summary (Simulator.printSummary).
		if res.ActionSteps != nil {
			if err := writeActionGraph(f, sp, res.ActionSteps); err != nil {
				fmt.Fprintf(stderr, "wspcycle tlc: -simulate stats=%s: %v\n", f.simStats, err)
			}
		}
		w.Msg(tlcout.StatsSimulation, tlcout.ClassNone, fmt.Sprintf("The number of states generated: %d\nSimulation using seed %d and aril %d", states, f.seed, aril))
	}
	if rep.Result == model.ResultError && !strings.HasPrefix(rep.Message, "Successor state is not completely specified") {
		// TLC's simulator never replays an evaluation error (no 2103
		// stack); what it prints after it depends on where it was met
		// (tlcout.SimErrorEnd), and it ends with its own exit codes.
		verdict(rep)
		summary, progress := tlcout.SimErrorEnd(rep)
		if summary {
			if w.Tool {
				tlcSimProgress(w, st, res.Behaviours, states, now)
			}
			stats()
		}
		postAfter()
		if err := traces.Write(f.traceLines(w), sp, rep); err != nil && fileErr == nil {
			fileErr = err
		}
		if progress {
			tlcSimProgress(w, st, res.Behaviours, states, now)
		}
		w.Finished(start, now)
		if fileErr != nil {
			fmt.Fprintf(stderr, "wspcycle tlc: -simulate file=: %v\n", fileErr)
			return tlcExitSystem
		}
		return tlcout.SimEvalErrorExit(rep)
	}
	// TLC prints each violation it goes on after (-continue) with its
	// summary: with -tool a progress line, then the statistics. The run
	// is over when they are printed (simulate.GoOnAsTLC), so the counts
	// are the final ones, as TLC's are when its worker wins the race.
	if f.cont && len(res.Violations) > 0 {
		last := res.Violations[len(res.Violations)-1]
		for _, v := range res.Violations {
			if v == last && v.Stops {
				break
			}
			verdict(res.ViolationReport(v))
			if w.Tool {
				tlcSimProgress(w, st, res.Behaviours, states, now)
			}
			stats()
		}
		if res.MoreViolations > 0 {
			fmt.Fprintf(stderr, "wspcycle tlc: -continue: %d more violations not printed (at most %d traces)\n", res.MoreViolations, len(res.Violations))
		}
		if last.Stops {
			rep = res.ViolationReport(last)
		} else {
			violated = false // TLC ends as after a run without a violation, with exit code 0
		}
	}
	if violated {
		verdict(rep)
	}
	if !violated && res.Result != model.ResultInterrupted {
		// TLC's simulator evaluates the POSTCONDITION once its traces
		// are done; false or failing, it is the run's verdict (exit 10),
		// followed by the progress line only (TLC rev cc6b616:
		// model/testdata/tlc/postrun, PostRunSim).
		if msg, failed := model.Postcondition(sp, source.ReadFile); failed {
			if model.IsPostconditionMissing(msg) {
				// TLC's simulator reports its lookup's exception as a
				// plain error (1000, exit 255), with no progress line.
				w.Msg(tlcout.General, tlcout.ClassError, msg)
				w.Finished(start, now)
				return tlcExitCrash
			}
			if code := tlcout.PostconditionLookupCode(msg); code != 0 {
				// TLC's simulator reports its lookup's refusal as a
				// cfg error (2233, 2229, 2228; exit 151), with no
				// progress line.
				w.Msg(code, tlcout.ClassError, msg)
				w.Finished(start, now)
				return tlcExitConfigParse
			}
			w.Postcondition(msg)
			tlcSimProgress(w, st, res.Behaviours, states, now)
			w.Finished(start, now)
			if err := w.Err(); err != nil {
				fmt.Fprintf(stderr, "wspcycle tlc: %v\n", err)
				return tlcExitSystem
			}
			return model.ExitAssumption
		}
	}
	// TLC's order: with -tool a progress line first; then, after a
	// violation, the statistics and the progress line, else the other way.
	if w.Tool {
		tlcSimProgress(w, st, res.Behaviours, states, now)
	}
	if violated {
		stats()
		postAfter()
		if err := traces.Write(f.traceLines(w), sp, rep); err != nil && fileErr == nil {
			fileErr = err // TLC writes -dumpTrace's files at the end, after the statistics
		}
		tlcWriteTEBin(w, f, f.tla, sp, rep, start, true) // and the trace exploration spec's .bin
		tlcSimProgress(w, st, res.Behaviours, states, now)
	} else {
		tlcSimProgress(w, st, res.Behaviours, states, now)
		stats()
	}
	w.Finished(start, now)
	if violated {
		if err := tlcWriteTE(w, f, f.tla, tlcCfgPath(f, f.tla), sp, rep, start); err != nil {
			fmt.Fprintf(stderr, "wspcycle tlc: the trace exploration spec could not be written: %v\n", err)
		}
	}
	if fileErr != nil {
		fmt.Fprintf(stderr, "wspcycle tlc: -simulate file=: %v\n", fileErr)
		return tlcExitSystem
	}
	if err := w.Err(); err != nil {
		fmt.Fprintf(stderr, "wspcycle tlc: %v\n", err)
		return tlcExitSystem
	}
	if res.Result == model.ResultInterrupted {
		return model.ExitInterrupted
	}
	if !violated {
		return 0
	}
	return rep.ExitCode()
}

// simStats are TLC's statistics of the behaviours' lengths: the mean
// and M2 of Welford's online algorithm, in TLC's integer arithmetic
// (SimulationWorker's collectPostTrace, rev cc6b616): the length of a
// behaviour is min(-depth, its states), the mean an int that gains
// delta / K (K the behaviours begun, failed ones included, a long
// division), both packed in one long (M2 in the high 32 bits). Only the
// behaviours that did not fail are added.
type simStats struct {
	init   int64
	traces int64  // behaviours begun
	acc    uint64 // M2 << 32 | mean
}

func (s *simStats) add(length, k int64) {
	mean := int64(int32(uint32(s.acc)))
	m2 := int64(s.acc >> 32)
	delta := length - mean
	mean = int64(int32(mean + delta/max(k, 1)))
	m2 += delta * (length - mean)
	s.acc = uint64(m2)<<32 | uint64(uint32(mean))
}

// moments are TLC's mean, variance and standard deviation: M2 over the
// behaviours begun plus one, rounded as Java's Math.round.
func (s *simStats) moments() (mean, variance, sd int64) { return s.momentsAt(s.traces) }

// momentsAt are the moments with traces behaviours begun.
func (s *simStats) momentsAt(traces int64) (mean, variance, sd int64) {
	m2 := float64(s.acc >> 32)
	v := m2 / (float64(traces) + 1)
	return int64(uint32(s.acc)), int64(math.Floor(v + 0.5)), int64(math.Floor(math.Sqrt(v) + 0.5))
}

// tlcSimProgress prints TLC's simulation progress line (2209).
func tlcSimProgress(w *tlcout.Writer, st *simStats, behaviours int, states int64, now time.Time) {
	if w.Tool {
		w.Msg(tlcout.ProgressSimulation, tlcout.ClassNone, fmt.Sprintf("Progress(%d) at %s: %d states generated, -1 distinct states found, -1 states left on queue.",
			behaviours, tlcout.Date(now), states))
		return
	}
	mean, v, sd := st.moments()
	w.Msg(tlcout.ProgressSimulation, tlcout.ClassNone, fmt.Sprintf("Progress: %d states checked, %d traces generated (trace length: mean=%d, var(x)=%d, sd=%d)",
		states, st.traces, mean, v, sd))
}

// traceFiles writes behaviours as TLC's -simulate file=F does: behaviour
// k (from 0) of worker 0 to the file F_0_k, as a module named after the
// file with one definition STATE_i per state, each after a comment naming
// the action (the initial predicate's source range for the first).
type traceFiles struct {
	base  string
	vars  []string
	order []int
	init  string
	rng   []model.SourceRange
}

func newTraceFiles(sp *eval.Spec, base string) *traceFiles {
	return &traceFiles{base: base, vars: sp.Vars, order: model.SpecVarOrder(sp), rng: simulate.ActionRanges(sp, source.ReadFile), init: initLabel(sp)}
}

// initLabel is the initial predicate as TLC's simulator names it: its name
// and the source range of its definition's body.
func initLabel(sp *eval.Spec) string {
	if sp.InitLabel != "" {
		return sp.InitLabel
	}
	label := sp.InitName
	d := findDef(sp.Module, sp.InitName)
	for _, name := range slices.Sorted(maps.Keys(sp.Modules)) { // Init defined in a module the root extends
		if d == nil {
			d = findDef(sp.Modules[name], sp.InitName)
		}
	}
	if d != nil {
		if r := model.ExprRange(d.Body, source.ReadFile); r.IsValid() {
			label += " " + r.String()
		}
	}
	return label
}

func (t *traceFiles) write(k int, trace []model.TraceState) error {
	name := t.base + "_0_" + strconv.Itoa(k)
	var b strings.Builder
	fmt.Fprintf(&b, "---------------- MODULE %s -----------------\n", name)
	for i, ts := range trace {
		label := t.init
		if i > 0 {
			label = tlcout.Label(ts, t.rng)
		}
		// TLCStateMut.toString: the values as TLC prints them in traces,
		// broken over lines past 80 columns.
		fmt.Fprintf(&b, "\\* <%s>\nSTATE_%d == \n%s\n\n", label, i+1, tlcout.StateLines(t.vars, t.order, ts, false, true))
	}
	b.WriteString("=================================================\n")
	return os.WriteFile(name, []byte(b.String()), 0o644)
}

// writeActionGraph writes TLC's action flow graph of the run (-simulate
// stats=basic, or stats=full with a node per action) to SPEC_actions.dot
// in the working directory, where TLC writes it
// (Simulator.writeActionFlowGraph: the root module's name and
// "_actions.dot", a path relative to the working directory).
func writeActionGraph(f *tlcFlags, sp *eval.Spec, steps [][]int64) error {
	var b strings.Builder
	write := simulate.WriteActionGraph
	if f.simStats == "full" {
		write = simulate.WriteActionGraphFull
	}
	if err := write(&b, sp, steps, source.ReadFile); err != nil {
		return err
	}
	name := strings.TrimSuffix(filepath.Base(f.tla), ".tla") + "_actions.dot"
	return os.WriteFile(name, []byte(b.String()), 0o644)
}

// tlcSimMaxMemory is the memory bound of tlc -simulate, in bytes: a
// behaviour is kept whole (for its trace and its liveness check), so with
// -depth -1 on a spec whose behaviours never end it grows without end.
// TLC then grows to its Java heap and its worker dies of an
// OutOfMemoryError while the run hangs (rev cc6b616, -Xmx200m: "Exception
// in thread ... java.lang.OutOfMemoryError: GC overhead limit exceeded");
// here the run stops cleanly at the bound, exit 4. A variable, for tests.
var tlcSimMaxMemory = tlcSimMemoryBound

// tlcSimMemoryBound is three quarters of the memory the machine has
// available at the start (MemAvailable: what other processes leave),
// at most three quarters of all of it (check's --max-memory default).
func tlcSimMemoryBound() uint64 {
	bound := uint64(defaultMaxMemoryMB()) << 20
	data, err := os.ReadFile("/proc/meminfo")
	if err != nil {
		return bound
	}
	for _, line := range strings.Split(string(data), "\n") {
		if rest, ok := strings.CutPrefix(line, "MemAvailable:"); ok {
			if f := strings.Fields(rest); len(f) >= 1 {
				if kb, err := strconv.ParseUint(f[0], 10, 64); err == nil && kb > 0 {
					if avail := kb << 10 / 4 * 3; bound == 0 || avail < bound {
						bound = avail
					}
				}
			}
		}
	}
	return bound
}
