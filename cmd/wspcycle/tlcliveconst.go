package main

import (
	"errors"
	"strings"
	"time"

	"github.com/wspcycle/wspcycle/model"
	"github.com/wspcycle/wspcycle/model/tlcout"
	"github.com/wspcycle/wspcycle/tla/eval"
	"github.com/wspcycle/wspcycle/tla/source"
)

// tlcLiveConstError prints TLC's report of e, a constant-level part of a
// temporal property that failed to evaluate while the liveness problem
// was built: the exception after "Starting...", then the finish line,
// with no search, exit 255 (TLC rev cc6b616).
func tlcLiveConstError(w *tlcout.Writer, e *model.LiveConstError, start time.Time, tool bool) int {
	rep := &model.Report{Message: e.Err.Error()}
	var ee *eval.Error
	if errors.As(e.Err, &ee) {
		rep.Message, rep.Pos, rep.Expr = ee.Msg, ee.Pos, ee.Expr
		if ee.Expr != nil {
			rep.End = model.ExprRange(ee.Expr, source.ReadFile).End
		}
	}
	code, text := tlcout.StartupEvalError(rep, tool)
	w.Msg(code, tlcout.ClassError, text)
	w.Finished(start, time.Now())
	return tlcout.ExitCrash
}

// tlcLiveRefusal prints TLC's refusal of a temporal formula it cannot
// handle (EC.TLC_LIVE_CANNOT_HANDLE_FORMULA): the error after
// "Starting...", then the finish line, with no search, exit 255 (TLC rev
// cc6b616). The refusal of a \A's body, after a colon, is a message of
// its own in -tool output.
func tlcLiveRefusal(w *tlcout.Writer, r *eval.LiveRefusal, start time.Time, tool bool) int {
	w.Msg(eval.LiveRefusalCode, tlcout.ClassError, liveRefusalText(r, tool))
	w.Finished(start, time.Now())
	return tlcout.ExitCrash
}

// liveRefusalText is r as TLC words it, plain or framed.
func liveRefusalText(r *eval.LiveRefusal, tool bool) string {
	text := "TLC cannot handle the temporal formula " + r.Where
	var cause string
	code := eval.LiveRefusalCode
	switch {
	case r.Cause != nil:
		cause = liveRefusalText(r.Cause, tool)
	case r.Detail != "":
		cause, code = r.Detail, tlcout.UndefinedIdent
		if strings.HasPrefix(r.Detail, "TLC encountered a temporal formula") {
			code = tlcout.TemporalInPredicate
		}
	default:
		return text
	}
	if tool {
		cause = tlcout.FramedInfo(code, cause)
	}
	return text + ":\n" + cause
}
