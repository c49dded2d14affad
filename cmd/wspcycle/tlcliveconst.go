package main

import (
	"errors"
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
