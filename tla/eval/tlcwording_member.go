package eval

import (
	"github.com/wspcycle/wspcycle/tla/ast"
	"github.com/wspcycle/wspcycle/tla/token"
	"github.com/wspcycle/wspcycle/tla/value"
)

// memberOfNonSet is the error of x \in v where v is not a set. TLC's
// wording is its value class's member method, without a position (TLC
// rev cc6b616, model/testdata/tlc/evalerrors): for an integer (InInt)
// "Attempted to check if the value:\n0\nis an element of the integer 3",
// for a string (InStr) "... of the string "a"", for a record (MRec)
// "Attempted to check if element:\n0\nis in the record:\n[a |-> 1]", for a
// tuple (MTup) "Attempted to check set membership in a tuple value.". A
// function TLC holds as a FcnRcdValue words it "... is an element of the
// function <<1, 2>>"; our values do not tell such a function over 1..n
// from a tuple, so the \in whose right side is a function constructor
// rewrites the tuple's and the record's wording (fcnMember). A boolean,
// a model value and a function TLC keeps lazy (FcnLambdaValue) have their
// class's wording too. Other values keep our wording.
func memberOfNonSet(x, v value.Value, pos token.Pos) error {
	switch v := v.(type) {
	case value.IntV:
		return errorf(pos, "Attempted to check if the value:\n%s\nis an element of the integer %s", x, v)
	case *value.StrV:
		return errorf(pos, "Attempted to check if the value:\n%s\nis an element of the string %s", x, v)
	case value.BoolV:
		// BoolValue.member (TLC rev cc6b616: 1 \in TRUE).
		return errorf(pos, "Attempted to check if the value:\n%s\nis an element of the boolean %s", x, v)
	case *value.MV:
		// ModelValue.member of an untyped model value (1 \in M).
		if !untypedModel(v) {
			break
		}
		return errorf(pos, "Attempted to check if the value:\n%s\nis an element of the model value %s", x, v)
	case *value.LazyFcnV:
		// FcnLambdaValue.member (1 \in [i \in Nat |-> i]).
		return errorf(pos, "Attempted to check if the value:\n%s\nis an element of the function %s", x, v)
	case *value.FcnV:
		ee := memberOfFcn(x, v, pos)
		if ee != nil {
			return ee
		}
	}
	return notA(pos, "A set", v)
}

// memberOfFcn is memberOfNonSet for a function value: TLC's TupleValue's
// and RecordValue's wordings; nil for another function.
func memberOfFcn(x value.Value, v *value.FcnV, pos token.Pos) *Error {
	switch {
	case v.IsTuple():
		ee := errorf(pos, "Attempted to check set membership in a tuple value.")
		ee.Cause = fcnMemberCause{x, v}
		return ee
	case v.IsRecord():
		ee := errorf(pos, "Attempted to check if element:\n%s\nis in the record:\n%s", x, v)
		ee.Cause = fcnMemberCause{x, v}
		return ee
	}
	return errorf(pos, "Attempted to check if the value:\n%s\nis an element of the function %s", x, v)
}

// fcnMemberCause is the cause of memberOfFcn's errors worded from the
// class of the value: the element and the function.
type fcnMemberCause struct {
	x value.Value
	f *value.FcnV
}

func (c fcnMemberCause) Error() string { return "membership in the function " + c.f.String() }

// fcnMember makes m, the compiled x \in y (or \notin) whose right side is
// a function constructor (TLC's FcnRcdValue, whatever its domain), word
// the membership of that function as TLC does: "Attempted to check if
// the value:\n1\nis an element of the function <<1, 2>>" (TLC rev
// cc6b616: MFcn, MFcnStr). Only \in of a function constructor pays the
// extra call.
func fcnMember(m cx, e *ast.Binary) cx {
	if _, ok := ast.Unparen(e.Y).(*ast.FuncCons); !ok || m.fn == nil {
		return m
	}
	fn := m.fn
	m.fn = func(k *ctx) (value.Value, error) {
		v, err := fn(k)
		if err != nil {
			if ee, ok := err.(*Error); ok {
				if c, ok := ee.Cause.(fcnMemberCause); ok {
					return nil, errorf(ee.Pos, "Attempted to check if the value:\n%s\nis an element of the function %s", c.x, c.f)
				}
			}
		}
		return v, err
	}
	m.into = nil
	return m
}

// notEnumerableIn is TLC's error for x \in S (or x' \in S) in the
// initial predicate (init) or an action where S is a value TLC cannot
// enumerate, not a set (a record, a tuple, an integer): "In computing
// next states, the right side of \IN is not enumerable." and the range of
// x \in S (TLC rev cc6b616: MRecInit, MTupNext); err unchanged when it is
// not the error of S's kind.
func notEnumerableIn(err error, st *step, init bool) error {
	if _, ok := notAt(err, st.e); !ok || st.x == nil {
		return err
	}
	what := "next states"
	if init {
		what = "initial states"
	}
	return &Error{Pos: st.x.Pos(), Expr: st.x, Msg: "In computing " + what + ", the right side of \\IN is not enumerable."}
}

// domainOfNonFcn is TLC's error for DOMAIN of a value that is not a
// function: "Attempted to apply the operator DOMAIN to a non-function\n(an
// integer)" and the range of the whole DOMAIN expression e (TLC rev
// cc6b616: DomInt).
func domainOfNonFcn(v value.Value, e ast.Expr, pos token.Pos) error {
	ee := errorf(pos, "Attempted to apply the operator DOMAIN to a non-function\n(%s)", withArticle(v.Kind()))
	ee.Expr = e
	return ee
}

// memberSet is the set an sMember step st (x' \in S) takes its value
// from, or checks the value already assigned against (as x' \in S then
// is a boolean to TLC: memberOfNonSet's wording).
func (k *ctx) memberSet(st *step) (value.SetValue, error) {
	v, err := st.e.fn(k)
	if err != nil {
		return nil, err
	}
	if s, ok := v.(value.SetValue); ok {
		return s, nil
	}
	if old := k.t[st.v]; old != nil {
		return nil, memberOfNonSet(old, v, st.e.pos)
	}
	return nil, notEnumerableIn(notA(st.e.pos, "A set", v), st, k.phase != phaseNext)
}
