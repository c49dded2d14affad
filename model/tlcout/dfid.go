package tlcout

import (
	"fmt"
	"strings"
	"time"

	"github.com/wspcycle/wspcycle/model"
	"github.com/wspcycle/wspcycle/tla/token"
)

// TLC's codes of its depth-first iterative deepening (tlc2.output.EC).
const (
	StatsDFID          = 2204 // TLC_STATS_DFID: "N states generated, M distinct states found."
	StartLevelDFID     = 2205 // TLC_PROGRESS_START_STATS_DFID
	ProgressStatsDFID  = 2206 // TLC_PROGRESS_STATS_DFID
	InitGeneratedDFID  = 2208 // TLC_INIT_GENERATED4
	InitRecoveredDFID  = 2207 // TLC_INIT_GENERATED3: the initial states after a recovery
	RecoveredDFID      = 2203 // TLC_CHECKPOINT_RECOVER_END_DFID
	CheckpointCorrupt  = 2161 // SYSTEM_DISK_IO_ERROR_FOR_FILE, for TLC's file "checkpoints"
	ModeMCDFID         = 2271 // TLC_MODE_MC_DFS: the mode line
	ModeDFID           = "depth-first search Model-Checking"
	dfidNextErrorIntro = "TLC threw an unexpected exception.\nThis was probably caused by an error in the spec or model.\n" +
		"The error occurred when TLC was computing the set of next states.\nThe exception was a tlc2.tool.EvalException\n: "
)

// dfidToolObject is how Java prints TLC's tool object (its class and
// identity hash, which changes from run to run: Normalize hides it).
const dfidToolObject = "tlc2.tool.impl.FastTool@1b6d3586"

// DFIDInit prints TLC's line after the initial states of its depth-first
// mode.
func (w *Writer) DFIDInit(generated, distinct int64) {
	w.Msg(InitGeneratedDFID, ClassNone, fmt.Sprintf("Finished computing initial states: %d states generated, with %d of them distinct.", generated, distinct))
}

// DFIDInitRecovered prints TLC's line after the initial states of its
// depth-first mode recovering from a checkpoint: explore is how many of
// them are new to the recovered set.
func (w *Writer) DFIDInitRecovered(generated, explore int64, now time.Time) {
	w.Msg(InitRecoveredDFID, ClassNone, fmt.Sprintf("Finished computing initial states: %d states generated.\n"+
		"Because TLC recovers from a previous checkpoint, only %d of them require further exploration at %s.", generated, explore, Date(now)))
}

// DFIDCheckpoint prints TLC's lines around a checkpoint of its
// depth-first mode (DFIDModelChecker.doPeriodicWork): begin true before
// it is written, false after.
func (w *Writer) DFIDCheckpoint(dir string, begin bool, now time.Time) {
	if begin {
		w.Msg(CheckpointStart, ClassNone, "Checkpointing of run "+dir)
		return
	}
	w.Msg(CheckpointEnd, ClassNone, fmt.Sprintf("Checkpointing completed at (%s)", Date(now)))
}

// DFIDRecover prints TLC's lines of its depth-first mode's recovery
// (DFIDModelChecker.recover): dir as TLC spells it (with a separator at
// the end), and the size of the set read, or size < 0 before it is read.
func (w *Writer) DFIDRecover(dir string, size int64) {
	if size < 0 {
		w.Msg(CheckpointRecoverStart, ClassNone, "Starting recovery from checkpoint "+dir)
		return
	}
	w.Msg(RecoveredDFID, ClassNone, fmt.Sprintf("Recovery completed. %d states examined.", size))
}

// DFIDLevel prints TLC's line before an iteration of its depth-first mode.
func (w *Writer) DFIDLevel(level int, generated, distinct int64) {
	w.Msg(StartLevelDFID, ClassNone, fmt.Sprintf("Starting level %d: %d states generated, %d distinct states found.", level, generated, distinct))
}

// DFIDProgress prints TLC's progress line during an iteration of its
// depth-first mode (-tool: the breadth-first line's form, with -1 for
// what does not apply).
func (w *Writer) DFIDProgress(generated, distinct int64, now time.Time) {
	if w.Tool {
		w.Msg(ProgressStatsDFID, ClassNone, fmt.Sprintf("Progress(-1) at %s: %d states generated, %d distinct states found, -1 states left on queue.",
			Date(now), generated, distinct))
		return
	}
	w.Msg(ProgressStatsDFID, ClassNone, fmt.Sprintf("Progress: %d states generated, %d distinct states found.", generated, distinct))
}

// DFIDResult prints everything after TLC's depth-first search: the
// verdict (the success message only for a complete search), the trace
// as DFIDWorker prints it (states without their actions), the stack of
// an evaluation error when TLC replays it, and the counts (after -tool's
// final progress line), then the finishing line. An initial state
// violating an invariant ends the run without counts.
//
// cov, when not nil, is -coverage's report, printed before the counts as
// DFIDModelChecker.printSummary does (never after an initial state's
// violation, where TLC prints no summary).
func (w *Writer) DFIDResult(rep *model.DFIDReport, opt TraceOptions, cov *Coverage, start, now time.Time) {
	r := &rep.Report
	if opt.Order == nil {
		opt.Order = r.VarOrder
	}
	switch {
	case rep.InitViolation:
		w.DFIDViolation(rep, opt, now)
		w.Finished(start, now)
		return
	case r.Result == model.ResultError && r.InitialState:
		if len(r.Trace) == 0 {
			w.Msg(General, ClassError, strings.Replace(dfidNextErrorIntro, "the set of next states", "initial states", 1)+nestedCause(r, r.Message, w.Tool))
		} else {
			// Without the position TLC's breadth-first search adds
			// (its depth-first mode prints the exception's message).
			noPos := *r
			noPos.Expr, noPos.Pos = nil, token.Pos{}
			order := model.TraceOrder(r.Vars, opt.Order, opt.InOrder || r.VarsInOrder)
			w.Msg(InitialStateError, ClassError, nestedCause(&noPos, initialCause(r), w.Tool)+"\nWhile working on the initial state:\n"+
				StateLines(r.Vars, order, r.Trace[len(r.Trace)-1], false, true))
		}
		if rep.InitReplayFailed {
			// TLC prints its tool object's name there.
			w.Msg(NestedExpression, ClassError, "The error occurred when TLC was evaluating the nested\nexpressions at the following positions:\n"+dfidToolObject)
		}
	case r.Result == model.ResultOK && rep.Complete:
		w.Verdict(r, opt, now)
	case r.Result == model.ResultOK:
		// Cut by the depth: no verdict.
	case r.Result == model.ResultInvariant || r.Result == model.ResultActionProperty:
		w.DFIDViolation(rep, opt, now)
	case r.Result == model.ResultDeadlock:
		w.Msg(DeadlockReached, ClassError, "Deadlock reached.")
		w.dfidTrace(r, opt, false)
	case r.Result == model.ResultError && rep.NextError:
		intro := dfidNextErrorIntro
		if strings.HasPrefix(r.Message, javaMethodFailed) {
			// A Java method's failure (2154) is TLC's RuntimeException
			// (TLC rev cc6b616: DTrNext, Trace under -dfid).
			intro = strings.Replace(intro, "tlc2.tool.EvalException", "java.lang.RuntimeException", 1)
		}
		w.Msg(General, ClassError, intro+nestedCause(r, r.Message, w.Tool))
		w.dfidTrace(r, opt, false)
		if rep.Replay {
			w.nestedStack(r)
		}
	case r.Result == model.ResultError && rep.Partial:
		w.Msg(NotCompletelySpecified, ClassError, r.Message+"\n")
		w.dfidTrace(r, opt, false)
	case r.Result == model.ResultError && rep.EvalFailed:
		code := InvariantEvalFailed
		if strings.HasPrefix(r.Message, "Evaluating action property") {
			code = ActionPropertyEvalFailed
		}
		head, _ := splitFailed(r.Message)
		w.Msg(code, ClassError, strings.TrimSuffix(head, "\n"))
		w.dfidTrace(r, opt, false)
		if rep.Replay && code == ActionPropertyEvalFailed {
			// TLC's replay checks the action properties again on every
			// step (the invariants only on new states, which the
			// failing one no longer is) and meets the error again.
			w.nestedStack(r)
		}
	case r.Result == model.ResultError:
		code, text := evalErrorMessage(r, w.Tool)
		w.Msg(code, ClassError, text)
		w.dfidTrace(r, opt, false)
	default: // an interruption
		w.Msg(General, ClassError, r.Message)
	}
	if cov != nil {
		w.CoverageReport(*cov, now)
	}
	if w.Tool {
		w.DFIDProgress(r.Generated, r.Distinct, now)
	}
	w.Msg(StatsDFID, ClassNone, fmt.Sprintf("%d states generated, %d distinct states found.", r.Generated, r.Distinct))
	w.Finished(start, now)
}

// DFIDViolation prints a violated invariant or action property with its
// trace as TLC's depth-first mode does, at the end of the run or, with
// -continue, as the search finds it (model.DFIDOptions.Continue).
func (w *Writer) DFIDViolation(rep *model.DFIDReport, opt TraceOptions, now time.Time) {
	r := &rep.Report
	if opt.Order == nil {
		opt.Order = r.VarOrder
	}
	switch {
	case rep.InitViolation:
		w.Verdict(r, opt, now)
	case r.Result == model.ResultInvariant:
		w.Msg(InvariantViolated, ClassError, fmt.Sprintf("Invariant %s is violated.", r.Property))
		w.dfidTrace(r, opt, true)
	case r.Result == model.ResultActionProperty:
		w.Msg(ActionPropertyViolated, ClassError, fmt.Sprintf("Action property %s is violated.", r.Property))
		w.dfidTrace(r, opt, false)
	}
}

// dfidTrace prints the trace as DFIDWorker does: an invariant's states
// (printInvariantTrace) headed "State N: " (2217), other errors' "State
// N:" (2216), with no action.
func (w *Writer) dfidTrace(r *model.Report, opt TraceOptions, invariant bool) {
	w.Msg(BehaviorUpToThisPoint, ClassError, "The behavior up to this point is:")
	order := model.TraceOrder(r.Vars, opt.Order, opt.InOrder || r.VarsInOrder)
	code, sep := StatePrint1, ""
	if invariant {
		code, sep = StatePrint2, " "
	}
	for i, ts := range r.Trace {
		head := fmt.Sprintf("State %d:%s", i+1, sep)
		if w.Tool {
			head = fmt.Sprintf("%d:%s", i+1, sep)
		}
		if line, ok := viewLine(opt.View, i+1, ts.State); ok {
			w.Msg(code, ClassState, head+"\n"+line)
			continue
		}
		// -difftrace: only printInvariantTrace prints the changes alone.
		w.Msg(code, ClassState, head+"\n"+StateLines(r.Vars, order, ts, opt.DiffOnly && invariant, i == 0))
	}
}
