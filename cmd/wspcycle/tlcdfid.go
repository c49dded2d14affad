package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
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

// tlcDFIDRefusal is why -dfid cannot be combined with the other flags of
// f ("" when it can). TLC's depth-first mode checkpoints its own
// fingerprint set (MemFPIntSet, with the statuses and levels of its
// iterations) every N minutes and recovers from that alone; neither is
// reproduced. The rest is TLC's: -continue, -coverage and -dump as its
// DFIDModelChecker does them, and -postCondition and -dumpTrace, which
// TLC implements as post conditions, which its depth-first mode never
// evaluates (no file is written).
func tlcDFIDRefusal(f *tlcFlags) string {
	switch {
	case f.checkpoint > 0 || f.recover != "":
		return "with -checkpoint or -recover is not supported: TLC's depth-first mode checkpoints its fingerprint set " +
			"(MemFPIntSet, with each state's status and level) every N minutes and recovers from that alone, which is not reproduced"
	}
	return ""
}

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
	switch {
	case err == nil:
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
