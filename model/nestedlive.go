package model

import (
	"github.com/wspcycle/wspcycle/tla/eval"
	"github.com/wspcycle/wspcycle/tla/value"
)

// LiveStepEval evaluates the temporal properties' predicates of sp on the
// step s -> t as the search does when it adds t (worker.successor): the
// step's predicates, then t's. It returns the first evaluation error,
// nil when none; for `wspcycle tlc`, which replays an error in them with
// a spec that records TLC's nested expressions (Report.LiveEval).
func LiveStepEval(sp *eval.Spec, s, t value.State) error {
	ls, err := newLiveSpec(sp)
	if err != nil || ls == nil {
		return err
	}
	if _, err := ls.takenBits(s, t); err != nil {
		return err
	}
	_, err = ls.stateBits(t)
	return err
}
