package tlcout

import (
	"strings"

	"github.com/wspcycle/wspcycle/model"
	"github.com/wspcycle/wspcycle/tla/value"
)

// DiffEnd says how TLC's -difftrace prints a trace, which depends on the
// code that prints it (TLC rev cc6b616): not every state is compared with
// the one before it.
type DiffEnd int

const (
	// DiffEachStep compares each state with the one before it (the
	// simulator's Simulator.printBehavior).
	DiffEachStep DiffEnd = iota
	// DiffSuccessor is TLCTrace.printTrace(s1, s2) with a successor s2:
	// a violated invariant or action property, an evaluation error on
	// the successor (an invariant, an action property, a constraint).
	// TLC's loop leaves its "last state" one state behind when it
	// prints s1, so s1 is compared with the state two before it (printed
	// whole when there is none), and s2 is printed whole; when s1 is an
	// initial state, it is compared with itself (no variable printed)
	// and s2 with s1.
	DiffSuccessor
	// DiffExpanded is TLCTrace.printTrace(s1, null): a deadlock, or an
	// evaluation error met computing the successors of s1, the last
	// state, which is printed whole.
	DiffExpanded
	// DiffNone prints every state whole: TLC's liveness checker prints a
	// counterexample to a temporal property (a lasso or a finite prefix)
	// without looking at -difftrace.
	DiffNone
)

// diffBases returns, for each state i of a trace of n states printed as
// end says, the index of the state TLC compares it with under -difftrace:
// -1 prints it whole, i itself prints none of its variables.
func diffBases(n int, end DiffEnd) []int {
	base := make([]int, n)
	for i := range base {
		base[i] = i - 1
	}
	switch {
	case n == 0:
	case end == DiffNone:
		for i := range base {
			base[i] = -1
		}
	case end == DiffSuccessor && n == 2:
		base[0], base[1] = 0, 0
	case end == DiffSuccessor && n > 2:
		base[n-2], base[n-1] = n-4, -1
		if n == 3 {
			base[1] = -1 // the prefix is the initial state alone
		}
	case end == DiffExpanded:
		base[n-1] = -1
	}
	return base
}

// diffChanged is what StateLines prints of state i of tr compared with
// state base (diffBases): the variables that differ, as TLC's
// TLCStateMut.toString(lastState) compares them; nil prints all of them.
func diffChanged(tr []model.TraceState, i, base int) []bool {
	switch {
	case base < 0:
		return nil
	case base == i-1:
		return tr[i].Changed
	}
	s, p := tr[i].State, tr[base].State
	changed := make([]bool, len(s))
	if base == i {
		return changed
	}
	for j := range s {
		switch {
		case j >= len(p):
			changed[j] = true
		case s[j] == nil || p[j] == nil:
			changed[j] = (s[j] == nil) != (p[j] == nil)
		default:
			changed[j] = !value.Equal(s[j], p[j])
		}
	}
	return changed
}

// diffEnd is how TLC prints rep's trace under -difftrace.
func diffEnd(rep *model.Report) DiffEnd {
	switch rep.Result {
	case model.ResultInvariant, model.ResultActionProperty:
		return DiffSuccessor
	case model.ResultProperty:
		if rep.Message == "" {
			return DiffNone
		}
	case model.ResultError:
		if rep.SuccessorCheck || invariantEvalFailed(rep) || actionPropertyEvalFailed(rep) {
			return DiffSuccessor
		}
	}
	return DiffExpanded
}

// actionPropertyEvalFailed: rep is an evaluation error of an action
// property ([][A]_v) on a step, which TLC meets checking the successor.
func actionPropertyEvalFailed(rep *model.Report) bool {
	return rep.Result == model.ResultError && strings.HasPrefix(rep.Message, "Evaluating action property ") && !rep.InitialState
}
