package eval

import (
	"github.com/wspcycle/wspcycle/tla/ast"
	"github.com/wspcycle/wspcycle/tla/token"
	"github.com/wspcycle/wspcycle/tla/value"
)

// TLC keeps SUBSET S unevaluated (SubsetValue) until it enumerates it or
// checks an element against it, so that SUBSET of a value that is not a
// set fails there, in the words of that method (TLC rev cc6b616,
// model/testdata/tlc/evalerrors): enumerating it (x \in SUBSET 3 in
// Init, SInit; x' \in SUBSET 3, SNext) "Attempted to compute the number
// of elements in the integer 3.", checking a non-set against it
// (SInv: 0 \in SUBSET 3) "Attempted to check if the non-enumerable
// value\n0\nis element of\nSUBSET 3", both without a position. The value
// was built during TLC's replay by the SUBSET node, which TLC names after
// the stack in its 2147 message (callstack_source.go). We evaluate SUBSET
// at once: its error carries a badSubset cause, which \in rewrites.

// badSubset is the cause of the error of SUBSET of a value that is not a
// set: the value and the SUBSET node.
type badSubset struct {
	base value.Value
	e    ast.Expr
}

func (b badSubset) Error() string { return "SUBSET " + b.base.String() }

// subsetOfNonSet is the error of e, SUBSET x, from err, the error of x;
// err unchanged when it is not about x's kind, or when TLC's wording of
// the size of x's kind is not known here.
func subsetOfNonSet(err error, x cx, e ast.Expr) error {
	v, ok := notAt(err, x)
	if !ok {
		return err
	}
	var ee *Error
	switch v.(type) {
	case value.IntV:
		ee = errorf(e.Pos(), "Attempted to compute the number of elements in the integer %s.", v)
	case *value.StrV:
		ee = errorf(e.Pos(), "Attempted to compute the number of elements in the string %s.", v)
	case *value.FcnV:
		// SubsetValue's own check of a value it cannot enumerate (SRec:
		// SUBSET [a |-> 1]; STup: SUBSET <<1>>).
		ee = errorf(e.Pos(), "Attempted to compute the value of an expression of form\nSUBSET S, but S is a non-enumerable value:\n%s", v)
	default:
		return err
	}
	ee.Cause = badSubset{v, e}
	return ee
}

// cardinalityOfBadSubset is the error of Cardinality(S) when S's
// evaluation failed with err, SUBSET of a non-set: the failure of TLC's
// Java method, which catches the value's error (no 2147 then: SCard);
// err unchanged otherwise.
func cardinalityOfBadSubset(err error, pos token.Pos) error {
	ee, ok := err.(*Error)
	if !ok {
		return err
	}
	if _, ok := ee.Cause.(badSubset); !ok {
		return err
	}
	out := errorf(pos, "Attempted to apply the operator overridden by the Java method\npublic static tlc2.value.impl.IntValue tlc2.module.FiniteSets.Cardinality(tlc2.value.impl.Value),\nbut it produced the following error:\n%s", ee.Msg)
	out.Cause = javaCaught{}
	return out
}

// javaCaught is the cause of an error TLC raises in a Java method of a
// standard module, around the error of a value it computed: TLC's stack
// is the one at the operator's application (its argument's evaluation
// ended: SCard), which the replay takes again (CallStack.caught).
type javaCaught struct{}

func (javaCaught) Error() string { return "caught by a Java method" }

// caught takes the snapshot again at the first frame err, an error
// raised by a Java method of a standard module, goes through; it reports
// whether it did.
func (s *CallStack) caught(err error) bool {
	ee, ok := err.(*Error)
	if !ok {
		return false
	}
	if _, ok := ee.Cause.(javaCaught); !ok || s.caughtErr == err {
		return false
	}
	s.caughtErr = err
	s.snap = append(s.snap[:0], s.frames...)
	s.fresh = false
	return true
}

// memberOfBadSubset is the error of a \in S when S's evaluation failed
// with err: for SUBSET of a non-set, TLC's SubsetValue.member's wording
// when a is not a set; err unchanged otherwise.
func memberOfBadSubset(err error, a value.Value) error {
	ee, ok := err.(*Error)
	if !ok {
		return err
	}
	b, ok := ee.Cause.(badSubset)
	if !ok {
		return err
	}
	if as, isSet := a.(value.SetValue); isSet {
		// TLC checks each element of a against the base: the base's
		// member method fails on the first (SSetIn: {1} \in SUBSET 3).
		e, eerr := as.Enum()
		if eerr != nil || len(e.Elems()) == 0 {
			return err
		}
		out, ok := memberOfNonSet(e.Elems()[0], b.base, ee.Pos).(*Error)
		if !ok || out.Cause != nil {
			return err
		}
		out.Cause = b
		return out
	}
	out := errorf(ee.Pos, "Attempted to check if the non-enumerable value\n%s\nis element of\nSUBSET %s", a, b.base)
	out.Cause = b
	return out
}

// javaPrintT is javaCardinality for PrintT.
const javaPrintT = "Attempted to apply the operator overridden by the Java method\npublic static tlc2.value.impl.Value tlc2.module.TLC.PrintT(tlc2.value.impl.Value),\nbut it produced the following error:\n"

// javaOfBadSubset is the error of a Java method (java, its preamble)
// whose argument arg is SUBSET of a value that is not a set, err its
// evaluation's: TLC keeps SUBSET 3 lazy and the method fails on it, with
// the size's error (PrintT(SUBSET 3): "Attempted to compute the number of
// elements in the integer 3.") or, for "finite", isFinite's
// (IsFiniteSet(SUBSET 3): "Attempted to check if the integer 3 is a finite
// set."). err unchanged when arg is not that SUBSET.
func javaOfBadSubset(err error, arg ast.Expr, java, what string, pos token.Pos) error {
	ee, ok := err.(*Error)
	if !ok {
		return err
	}
	b, ok := ee.Cause.(badSubset)
	if !ok || b.e != ast.Unparen(arg) {
		return err
	}
	msg := ee.Msg
	if what == "finite" {
		if msg = nonSetFiniteMsg(b.base); msg == "" {
			return err
		}
	}
	out := errorf(pos, "%s%s", java, msg)
	out.Cause = javaCaught{}
	return out
}
