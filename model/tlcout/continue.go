package tlcout

import (
	"github.com/wspcycle/wspcycle/model"
)

// continuedError prints the report of the evaluation error that ends a
// -continue run as TLC repeats it (model.ContinueError): the error (code,
// text) with its trace, the rethrown exception with the trace again
// (ce.Rethrown), what TLC's evaluating the step once more prints
// (TracePrints.After), and, when that meets the error again (ce.Rerun),
// all of it once more. trace prints the trace as Verdict does, the
// options' AfterTrace and the POSTCONDITION only with the last one.
func (w *Writer) continuedError(rep *model.Report, ce *model.ContinueError, code int, text string, opt *TraceOptions, trace func(up int)) {
	tp := rep.TracePrints
	after := ""
	if tp != nil {
		after = tp.After
		cp := *tp
		cp.After = ""
		rep.TracePrints = &cp
		defer func() { rep.TracePrints = tp }()
	}
	afterTrace, post := opt.AfterTrace, rep.PostconditionAfter
	opt.AfterTrace, rep.PostconditionAfter = nil, nil
	if ce.Deadlock {
		// The state is found deadlocked right after: the deadlock's
		// report ends the run (model.ContinueError.Deadlock).
		w.Msg(code, ClassError, text)
		trace(BehaviorUpToThisPoint)
		rep.TracePrints = tp // the trace rebuilt once more after it
		opt.AfterTrace, rep.PostconditionAfter = afterTrace, post
		w.Msg(DeadlockReached, ClassError, "Deadlock reached.")
		trace(BehaviorUpToThisPoint)
		return
	}
	rethrown := func() (int, string) {
		cp := *rep
		_, cp.Message = splitFailed(rep.Message)
		return evalErrorMessage(&cp, w.Tool)
	}
	reports := func(last bool) {
		w.Msg(code, ClassError, text)
		if last && !ce.Rethrown {
			opt.AfterTrace, rep.PostconditionAfter = afterTrace, post
		}
		trace(BehaviorUpToThisPoint)
		if ce.Rethrown {
			c2, t2 := rethrown()
			w.Msg(c2, ClassError, t2)
			if last {
				opt.AfterTrace, rep.PostconditionAfter = afterTrace, post
			}
			trace(BehaviorUpToThisPoint)
		}
	}
	reports(!ce.Rerun)
	w.printed(after)
	if ce.Rerun {
		reports(true)
	}
}

// partialException is the Java exception TLC's worker meets after it
// reported a successor not completely specified under -continue, and
// reports as unexpected (TLC rev cc6b616, the same whatever the spec:
// golden ContPartial in model/testdata/tlc/continue).
const partialException = "TLC threw an unexpected exception.\nThis was probably caused by an error in the spec or model.\n" +
	"See the User Output or TLC Console for clues to what happened.\n" +
	"The exception was a java.lang.ArrayIndexOutOfBoundsException\n: Index 32767 out of bounds for length 1"

// continuedPartial prints what TLC prints under -continue before the
// last report of a successor not completely specified (which Verdict
// then prints as without -continue): the error with its trace, then the
// exception -continue lets through with the trace again. The options'
// AfterTrace and the POSTCONDITION go with the last trace only.
func (w *Writer) continuedPartial(rep *model.Report, opt *TraceOptions, trace func(up int)) {
	afterTrace, post := opt.AfterTrace, rep.PostconditionAfter
	opt.AfterTrace, rep.PostconditionAfter = nil, nil
	w.Msg(NotCompletelySpecified, ClassError, rep.Message+"\n")
	trace(BehaviorUpToThisPoint)
	w.Msg(General, ClassError, partialException)
	trace(BehaviorUpToThisPoint)
	opt.AfterTrace, rep.PostconditionAfter = afterTrace, post
}
