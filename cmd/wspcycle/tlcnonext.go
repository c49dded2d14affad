package main

import (
	"strconv"
	"time"

	"github.com/wspcycle/wspcycle/model"
	"github.com/wspcycle/wspcycle/model/tlcout"
	"github.com/wspcycle/wspcycle/tla/eval"
)

// tlcNoNextActions is TLC's code for a model without a next-state
// relation (EC.TLC_STATES_AND_NO_NEXT_ACTION).
const tlcNoNextActions = 2115

// tlcNoNext ends a run of a model without a next-state relation
// (eval.Spec.NoNext: INIT without NEXT, a SPECIFICATION without
// [][Next]_v) as TLC rev cc6b616 does: once the initial states are
// computed without error (an evaluation error there, or in a CONSTRAINT,
// is reported as usual), "No next state actions defined to generate
// successor states from." (2115), no counts, exit 75. It reports false
// when the run is not such a model's, or found an error, or found no
// initial state: with an empty queue TLC reports success instead
// (ModelChecker.modelCheckImpl, "actions.length == 0"; probe
// coverage/CovInitEmpty).
func tlcNoNext(w *tlcout.Writer, sp *eval.Spec, rep *model.Report, start time.Time) (int, bool) {
	if !sp.NoNext || rep.Result != model.ResultOK || rep.InitStates == 0 {
		return 0, false
	}
	w.Msg(tlcNoNextActions, tlcout.ClassError, "No next state actions defined to generate successor states from.")
	w.Finished(start, time.Now())
	return model.ExitEval, true
}

// tlcAliasErrorTool frames the message of an ALIAS TLC cannot use
// (eval.AliasEvalErrorField) as -tool does: TLC's message, with its
// code, inside the string.
func tlcAliasErrorTool(sp *eval.Spec, tool bool) {
	a := sp.Alias
	if !tool || a == nil || a.ErrCode == 0 || sp.Run == nil {
		return
	}
	c := strconv.Itoa(a.ErrCode)
	a.SetAliasError(sp.Run.Strings(), "@!@!@STARTMSG "+c+":0 @!@!@\n"+a.ErrMsg+"\n@!@!@ENDMSG "+c+" @!@!@")
}

// tlcNoActions reports a model TLC has no action for: no next-state
// relation, or no behaviour at all (a cfg with neither INIT nor NEXT,
// e.g. one that only checks ASSUMEs). TLC returns before its search
// there (ModelChecker.modelCheckImpl, "actions.length == 0"), so
// -coverage prints no report (probes coverage/CovNoVars, CovInitEmpty).
func tlcNoActions(sp *eval.Spec) bool {
	return sp.NoNext || len(sp.Actions) == 0
}
