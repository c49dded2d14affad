package eval

import (
	"errors"

	"github.com/wspcycle/wspcycle/tla/token"
	"github.com/wspcycle/wspcycle/tla/value"
)

// boundNotEnumerable is TLC's error for a bound of \A, \E or {e : x \in S}
// that is an infinite set it cannot enumerate (TLC rev cc6b616): for Nat
// and Int (NEInitE, NQInt) and Seq(S) (NEExSeq) "TLC encountered the
// non-enumerable quantifier bound", the set, the bound's range and an
// explanation, all in the message; for STRING (NEInvA) the older words
// for any value that is not Enumerable, "TLC encountered a
// non-enumerable quantifier bound\nSTRING." and the range after. err
// unchanged when it is not the enumeration of one of bs's sets.
func boundNotEnumerable(err error, bs []binder) error {
	ee, ok := err.(*Error)
	if !ok {
		return err
	}
	if in, ok := ee.Cause.(innerInfinite); ok {
		// A bound built from an infinite set ([Nat -> {1}], Nat \X {1}):
		// its class's own words, raised in its method, which TLC frames
		// with its node (TLC rev cc6b616: NQFcnSet, NQProd, NQCup).
		for _, b := range bs {
			if ee.Pos != b.set.pos {
				continue
			}
			if msg := value.TLCEnumError(in.outer); msg != "" {
				return &Error{Pos: ee.Pos, Msg: msg, Cause: valueMethodError{in.outer, msg}}
			}
		}
		return err
	}
	var inf *value.InfiniteError
	if !errors.As(ee.Cause, &inf) {
		return err
	}
	for _, b := range bs {
		if ee.Pos != b.set.pos || b.expr == nil {
			continue
		}
		set := inf.Set.String()
		switch inf.Set.(type) {
		case value.NatV, value.IntSetV:
			return &Error{Pos: ee.Pos, Msg: "TLC encountered the non-enumerable quantifier bound\n" + set + "\n" + b.name + "\n" +
				"The set " + set + " contains infinitely many elements. As a result, TLC cannot evaluate expressions that\n" +
				"universally (\\A) or existentially (\\E) quantify over " + set + ", because this would require checking an\n" +
				"infinite number of cases. Note that TLC handles set membership like T \\subseteq " + set + " for any finite set T."}
		case *value.SeqSetV:
			return &Error{Pos: ee.Pos, Msg: "TLC encountered the non-enumerable quantifier bound\n" + set + "\n" + b.name + "\n" +
				"In TLA+, Seq(S) represents the set of all finite sequences whose elements come from the set S. Even when S\n" +
				"is a finite set, the number of possible sequences in Seq(S) is unbounded because sequences can have any\n" +
				"finite length (e.g., length 0, 1, 2, and so on). As a result, TLC cannot evaluate expressions that\n" +
				"universally (\\A) or existentially (\\E) quantify over " + set + ", because this would require checking an\n" +
				"infinite number of cases. Note that for a finite set of sequences s, TLC handles s \\subseteq Seq(S).\n" +
				"See https://explain.tlapl.us/seq-unenumerable for additional details."}
		case value.StringSetV:
			return &Error{Pos: ee.Pos, Expr: b.expr, Msg: "TLC encountered a non-enumerable quantifier bound\n" + set + "."}
		}
		return err
	}
	return err
}

// enumFailed is err, raised enumerating s, at pos: the refusal of an
// infinite set keeps its cause (boundNotEnumerable) only when that set
// is s itself, not a set inside it (Nat in Nat \cup {-1}, whose words
// TLC takes from the outer set's class).
func enumFailed(pos token.Pos, err error, s value.SetValue) error {
	if inf, ok := err.(*value.InfiniteError); ok && !isSet(inf.Set, s) {
		ee := errorf(pos, "%s", err.Error())
		ee.Cause = innerInfinite{s}
		return ee
	}
	return wrap(pos, err)
}

// innerInfinite is the cause of the refusal to enumerate outer, a set
// holding an infinite one.
type innerInfinite struct{ outer value.SetValue }

func (innerInfinite) Error() string { return "an infinite set inside" }

// isSet reports whether a is s: the same infinite number set, or the same
// Seq(S) or STRING value.
func isSet(a value.Value, s value.SetValue) bool {
	switch a := a.(type) {
	case value.NatV, value.IntSetV, value.StringSetV:
		return a == value.Value(s)
	case *value.SeqSetV:
		b, ok := s.(*value.SeqSetV)
		return ok && a == b
	}
	return false
}
