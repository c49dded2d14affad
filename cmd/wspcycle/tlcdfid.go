package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/wspcycle/wspcycle/model"
	"github.com/wspcycle/wspcycle/model/tlcout"
	"github.com/wspcycle/wspcycle/tla/eval"
	"github.com/wspcycle/wspcycle/tla/source"
	"github.com/wspcycle/wspcycle/tla/value"
)

// tlcDFIDWorkers is TLC's refusal of more than one worker in its
// depth-first mode (DFIDModelChecker's constructor, after "Starting...";
// exit 255).
const tlcDFIDWorkers = "Depth-First Iterative Deepening mode does not support multiple workers (https://github.com/tlaplus/tlaplus/issues/548).  Please run TLC with a single worker."

// runTLCDFID is `wspcycle tlc -dfid N` once the spec is loaded and
// "Starting..." printed: model.CheckDFID with TLC's messages.
//
// dump, when not nil, is -dump FILE's file: the states in the order the
// search adds them to its set, as TLC's StateWriter writes them, or with
// -dump dot the graph as its DotStateWriter writes it (tlcdfiddot.go).
func runTLCDFID(ctx context.Context, f *tlcFlags, sp *eval.Spec, w *tlcout.Writer, start time.Time, loadOpt eval.Options, dump *os.File, stderr io.Writer) int {
	if f.workers != 1 {
		// Deterministic in TLC too: it refuses before any state.
		w.Msg(tlcout.General, tlcout.ClassError, tlcDFIDWorkers)
		w.Finished(start, time.Now())
		return tlcExitCrash
	}
	if f.noDeadlock {
		sp.CheckDeadlock = false
	}
	var initGen, initDistinct int64 // for -coverage's Init
	var actGen []int64              // -coverage's actions (model.DFIDOptions.ActionGenerated)
	if f.coverage >= 0 {
		actGen = make([]int64, len(sp.Actions))
	}
	var periodic *coverageTimer
	opt := model.DFIDOptions{
		MaxDepth:        f.dfid,
		ActionGenerated: actGen,
		Init: func(generated, distinct int64) {
			initGen, initDistinct = generated, distinct
			if f.recover != "" {
				w.DFIDInitRecovered(generated, distinct, time.Now())
				return
			}
			w.DFIDInit(generated, distinct)
		},
		Level: func(level int, generated, distinct int64) {
			// TLC's count of progress reports to the next coverage
			// report starts again with each iteration (runTLC's).
			periodic = newCoverageTimer(f.coverage)
			w.DFIDLevel(level, generated, distinct)
		},
		Progress: func(generated, distinct int64) {
			now := time.Now()
			w.DFIDProgress(generated, distinct, now)
			if periodic.due() {
				w.CoverageReport(*tlcDFIDCoverage(sp, actGen, initGen, initDistinct), now)
			}
		},
	}
	ckDir := tlcDFIDCheckpointing(f, &opt, w)
	traceOpt := tlcout.TraceOptions{DiffOnly: f.diffTrace, View: f.dfidViewOf(sp)}
	if f.cont {
		opt.Continue = func(v *model.DFIDReport) { w.DFIDViolation(v, traceOpt, time.Now()) }
	}
	var dumped []model.GraphNode
	var dot *dfidDot
	switch {
	case dump != nil && f.dumpDot:
		dot = newDFIDDot(sp, f.dotOpts.Colorize)
		opt.Dump, opt.DumpStep = dot.init, dot.step
	case dump != nil:
		opt.Dump = func(s value.State, _ uint64) { dumped = append(dumped, model.GraphNode{State: s}) }
		opt.DumpStep = func(_ uint64, _ int, t value.State, _ uint64, isNew bool) {
			if isNew {
				dumped = append(dumped, model.GraphNode{State: t})
			}
		}
	}
	type result struct {
		rep *model.DFIDReport
		err error
	}
	res, ok := interruptible(ctx, "tlc", stderr, func() result {
		rep, err := model.CheckDFID(ctx, sp, opt)
		return result{rep, err}
	})
	if !ok {
		return model.ExitInterrupted
	}
	rep, err := res.rep, res.err
	var live *model.DFIDLivenessError
	var ckErr *model.DFIDCheckpointError
	switch {
	case err == nil:
	case errors.As(err, &ckErr):
		tlcDFIDCheckpointError(w, ckErr, stderr)
		w.Finished(start, time.Now())
		return tlcExitCrash
	case errors.As(err, &live):
		// TLC says how many branches the check has, then refuses it.
		w.Msg(tlcout.LiveImplied, tlcout.ClassNone, fmt.Sprintf("Implied-temporal checking--satisfiability problem has %d branches.", live.Branches))
		w.Msg(tlcout.General, tlcout.ClassError, live.Error())
		w.Finished(start, time.Now())
		return tlcExitCrash
	default:
		if lce := (*model.LiveConstError)(nil); errors.As(err, &lce) {
			return tlcLiveConstError(w, lce, start, f.tool)
		}
		if r := (*eval.LiveRefusal)(nil); errors.As(err, &r) {
			return tlcLiveRefusal(w, r, start, f.tool)
		}
		if len(sp.Properties) > 0 {
			// TLC refuses the temporal properties (DFIDLivenessError) after
			// saying how many branches their check has, which is not known
			// for a property the liveness checker cannot take; it ends as
			// that refusal does (the finishing line, exit 255).
			w.Msg(tlcout.General, tlcout.ClassError, "TLC's depth-first mode refuses temporal properties after counting the branches of their check, "+
				"which cannot be counted here: "+err.Error())
			w.Finished(start, time.Now())
			return tlcExitCrash
		}
		// Every TLC run ends with its finishing line.
		w.Msg(tlcout.General, tlcout.ClassError, err.Error())
		w.Finished(start, time.Now())
		return tlcExitSpecParse
	}
	if rep.Replay {
		f.nestedStack(f.tla, loadOpt, &rep.Report)
	}
	var cov *tlcout.Coverage
	if f.coverage >= 0 && !rep.InitViolation {
		cov = tlcDFIDCoverage(sp, actGen, initGen, initDistinct)
	}
	w.DFIDResult(rep, traceOpt, cov, start, time.Now())
	if ckDir != "" && rep.Result == model.ResultOK {
		// TLC deletes its metadir after a successful run (cleanup(true)).
		os.Remove(filepath.Join(ckDir, model.DFIDCheckpointFile))
		os.Remove(ckDir) // only when nothing else is left in it
	}
	if rep.InvariantTrace && !rep.TraceCut {
		// TLC's recorder of the trace exploration spec hears only the
		// states of an invariant's trace (printInvariantTrace), and only
		// when its printing went through.
		if err := tlcWriteTE(w, f, f.tla, tlcCfgPath(f, f.tla), sp, &rep.Report, start); err != nil {
			fmt.Fprintf(stderr, "wspcycle tlc: the trace exploration spec could not be written: %v\n", err)
		}
	}
	if dot != nil {
		if err := writeTo(dump, func(w io.Writer) error { return dot.write(w, rep.InitViolation) }); err != nil {
			fmt.Fprintf(stderr, "wspcycle tlc: %v\n", err)
			return tlcExitSystem
		}
	} else if dump != nil {
		if rep.InitViolation {
			// TLC returns from there without closing its state writer,
			// whose buffer is never written: the file stays empty.
			dumped = nil
		}
		r := model.Report{Vars: rep.Vars, VarOrder: rep.VarOrder, VarsInOrder: rep.VarsInOrder, Graph: &model.Graph{Nodes: dumped}}
		if err := writeTo(dump, r.WriteDump); err != nil {
			fmt.Fprintf(stderr, "wspcycle tlc: %v\n", err)
			return tlcExitSystem
		}
	}
	if err := w.Err(); err != nil {
		fmt.Fprintf(stderr, "wspcycle tlc: %v\n", err)
		return tlcExitSystem
	}
	return tlcDFIDExitCode(rep)
}

// tlcDFIDExitCode is TLC's exit code after its depth-first search: the
// violation's (11 deadlock, 12 invariant, 13 property), 255 for an
// evaluation error (an exception to TLC's worker), 0 otherwise, whether
// or not the search was complete, but 255 when no level was searched
// (-dfid 0 or 1).
func tlcDFIDExitCode(rep *model.DFIDReport) int {
	switch rep.Result {
	case model.ResultOK:
		if rep.NoLevel {
			return tlcExitCrash
		}
		return model.ExitOK
	case model.ResultError:
		if rep.InitialState {
			// TLC's exit is its replay's: 75 when it failed again, else 0.
			if rep.InitReplayFailed {
				return 75
			}
			return model.ExitOK
		}
		if rep.EvalFailed && strings.HasPrefix(rep.Message, "Evaluating action property") {
			return model.ExitLiveness // TLC rev cc6b616: 13, as for a violation
		}
		if !rep.NextError {
			return tlcExitCode(&rep.Report)
		}
		return tlcExitCrash
	}
	return tlcExitCode(&rep.Report)
}

// tlcDFIDCoverage is -coverage's report in TLC's depth-first mode: each
// action's generated states (actGen, model.DFIDOptions.ActionGenerated), and no
// distinct ones (DFIDModelChecker counts none per action: "0:N"); the
// initial predicate's counts are those of the initial states (TLC rev
// cc6b616, probes DCov* in model/testdata/tlc/dfid).
func tlcDFIDCoverage(sp *eval.Spec, actGen []int64, initGen, initDistinct int64) *tlcout.Coverage {
	rep := &model.Report{InitStates: initDistinct, Generated: initGen, Ranges: model.ActionRanges(sp, source.ReadFile)}
	for i, a := range sp.Actions {
		ac := model.ActionCoverage{Name: a.Name, Pos: a.Pos}
		if i < len(actGen) {
			ac.Generated = actGen[i]
		}
		rep.Coverage = append(rep.Coverage, ac)
		rep.Generated += ac.Generated
	}
	return tlcCoverage(sp, rep, source.ReadFile)
}

// tlcDFIDCheckpointEvery, when positive, takes a checkpoint of the
// depth-first mode every so many expansions of a state instead of at
// TLC's periodic points once -checkpoint's minutes have passed: the
// tests' hook, so that none depends on the clock.
var tlcDFIDCheckpointEvery int

// tlcDFIDCheckpointing sets opt for TLC's -checkpoint N (by default 30
// minutes, 0: none) and -recover DIR in its depth-first mode, with TLC's
// messages, and returns the run's checkpoint directory, which a
// successful run empties as TLC's deletes its metadir ("" when there is
// none): -recover's DIR, else, when checkpoints are written, -metadir's
// or TLC's default (tlcMetadir). As in TLC, a checkpoint is taken at the first periodic
// point of an iteration after N minutes since the start or the last
// checkpoint (DFIDModelChecker.doPeriodicWork, TLCGlobals.doCheckPoint).
func tlcDFIDCheckpointing(f *tlcFlags, opt *model.DFIDOptions, w *tlcout.Writer) string {
	if f.recover != "" {
		dir := f.recover
		if !strings.HasSuffix(dir, string(filepath.Separator)) {
			dir += string(filepath.Separator) // TLC's spelling of fromChkpt
		}
		w.DFIDRecover(dir, -1)
		opt.Recover = f.recover
		opt.Recovered = func(size int64) { w.DFIDRecover(dir, size) }
	}
	minutes := f.checkpoint
	if minutes < 0 {
		minutes = 30 // TLC's default interval
	}
	dir := f.recover
	if minutes == 0 && tlcDFIDCheckpointEvery <= 0 {
		return dir
	}
	if dir == "" {
		dir = tlcMetadir(f)
	}
	interval, last := time.Duration(minutes)*time.Minute, time.Now()
	opt.Checkpoint = &model.DFIDCheckpoint{
		Dir: dir,
		Due: func() bool {
			if now := time.Now(); now.Sub(last) >= interval {
				last = now
				return true
			}
			return false
		},
		Begin: func() { w.DFIDCheckpoint(dir, true, time.Now()) },
		End:   func() { w.DFIDCheckpoint(dir, false, time.Now()) },
	}
	if tlcDFIDCheckpointEvery > 0 {
		opt.Checkpoint.Due, opt.Checkpoint.EveryCalls = nil, tlcDFIDCheckpointEvery
	}
	return dir
}

// tlcDFIDCheckpointError prints TLC's error for a checkpoint of its
// depth-first mode that cannot be read (TLC rev cc6b616, after "Starting
// recovery from checkpoint"): a missing file is its FileNotFoundException,
// a corrupt one (TLC: a file cut inside an entry) its message 2161 about
// its file "checkpoints", the reason on stderr.
func tlcDFIDCheckpointError(w *tlcout.Writer, e *model.DFIDCheckpointError, stderr io.Writer) {
	if e.Missing {
		w.Msg(tlcout.General, tlcout.ClassError, "TLC threw an unexpected exception.\nThis was probably caused by an error in the spec or model.\n"+
			"See the User Output or TLC Console for clues to what happened.\nThe exception was a java.io.FileNotFoundException\n: "+
			e.Path+" (No such file or directory)")
		return
	}
	w.Msg(tlcout.CheckpointCorrupt, tlcout.ClassError, "Disk I/O error accessing the file for checkpoints.")
	fmt.Fprintf(stderr, "wspcycle tlc: -recover: %v\n", e)
}
