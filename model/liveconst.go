package model

import (
	"errors"

	"github.com/wspcycle/wspcycle/tla/eval"
)

// TLC evaluates the constant-level parts of the temporal properties while
// it builds its liveness problem, before "Implied-temporal checking", and
// folds them into TRUE or FALSE (tla/eval/liveconst.go says which
// evaluations, in which order): liveConsts makes those evaluations where
// the checker builds its own (newLiveSpec), and foldConst folds the
// values into a formula before its normal form, so that the branches are
// TLC's: [](PrintT("a") => <>P) is []<>P. A part that fails to evaluate
// stops TLC there, before its search (exit 255): liveConsts returns that
// error, as a LiveConstError.

// LiveConstError is an error evaluating a constant-level part of a
// temporal property while the liveness problem is built, or TLC's failure
// splitting the next-state relation (eval.Spec.SplitErr), reported the
// same way. TLC reports it
// then, as an exception, and checks nothing (TLC rev cc6b616:
// PROPERTY (1 \div 0 = 0) => <>(x = 5) exits 255 after "Starting...").
type LiveConstError struct{ Err error }

func (e *LiveConstError) Error() string { return e.Err.Error() }
func (e *LiveConstError) Unwrap() error { return e.Err }

// liveConsts makes TLC's evaluations of sp's constant-level parts (once
// for all: later calls print nothing), and returns the first that fails.
// A temporal formula TLC cannot handle is refused in the same walk, in
// its order: that error is an *eval.LiveRefusal.
func liveConsts(sp *eval.Spec) error {
	for _, k := range sp.LiveConsts {
		if _, err := k.Value(sp.Run); err != nil {
			if r := (*eval.LiveRefusal)(nil); errors.As(err, &r) {
				return r
			}
			if r := k.Refusal(); r != nil {
				return r
			}
			return &LiveConstError{Err: err}
		}
	}
	return nil
}

// foldConst returns x with its constant-level atoms replaced by their
// values; x itself when it has none.
func foldConst(x *eval.LiveExpr, run *eval.Run) *eval.LiveExpr {
	if x.Const != nil {
		if v, err := x.Const.Value(run); err == nil {
			return &eval.LiveExpr{Op: eval.LiveBool, Value: v, Pos: x.Pos}
		}
		return x
	}
	var kids []*eval.LiveExpr
	for i, k := range x.Kids {
		f := foldConst(k, run)
		if f != k && kids == nil {
			kids = append([]*eval.LiveExpr(nil), x.Kids...)
		}
		if kids != nil {
			kids[i] = f
		}
	}
	if kids == nil {
		return x
	}
	y := &eval.LiveExpr{Op: x.Op, Value: x.Value, Kids: kids, State: x.State, Action: x.Action, Pos: x.Pos, Angle: x.Angle}
	if !y.Temporal() && onlyBools(y) {
		// ~TRUE, say: TLC's simplify folds it (the normal form would
		// take it for an atom).
		v, _ := evalLive(y, nil, nil)
		return &eval.LiveExpr{Op: eval.LiveBool, Value: v, Pos: x.Pos}
	}
	return y
}

// onlyBools reports whether x is made of constants alone.
func onlyBools(x *eval.LiveExpr) bool {
	switch x.Op {
	case eval.LiveBool:
		return true
	case eval.LiveNot, eval.LiveAnd, eval.LiveOr:
		for _, k := range x.Kids {
			if !onlyBools(k) {
				return false
			}
		}
		return true
	}
	return false
}
