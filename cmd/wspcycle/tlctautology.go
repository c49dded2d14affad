package main

import (
	"time"

	"github.com/wspcycle/wspcycle/model"
	"github.com/wspcycle/wspcycle/model/tlcout"
)

// TLC's code and exit status for temporal properties whose negation is
// unsatisfiable (EC.TLC_LIVE_FORMULA_TAUTOLOGY, ExitStatus
// FAILURE_LIVENESS_EVAL).
const (
	tlcLiveTautology    = 2253
	tlcExitLivenessEval = 77
)

// tlcTautology prints TLC's refusal of tautological temporal properties
// (model.ErrTautology): the error after "Starting...", then the finish
// line, with no search (TLC rev cc6b616).
func tlcTautology(w *tlcout.Writer, start time.Time) int {
	w.Msg(tlcLiveTautology, tlcout.ClassError, model.ErrTautology.Error())
	w.Finished(start, time.Now())
	return tlcExitLivenessEval
}
