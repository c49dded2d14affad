package eval

import (
	"github.com/wspcycle/wspcycle/tla/token"
	"github.com/wspcycle/wspcycle/tla/value"
)

// TLC's Java methods of TLC and Bags (@@, BagIn, CopiesIn, (+)) look an
// element up in a function's domain by a linear search with Java's
// equals, which fails on two values TLC cannot compare (an integer and a
// string, a record and a tuple): (1 :> 1) @@ ("a" :> 2) is TLC's error,
// caught by the Java method, where a lookup by hash finds no key and goes
// on (hunt4's CombineMixed, BagInMixed). The helpers here do that search
// where it can fail, and the lookup by hash where it cannot.

// Java signatures of the methods, as TLC names them when they fail.
const (
	sigCombineFcn   = "public static tlc2.value.impl.Value tlc2.module.TLC.CombineFcn(tlc2.value.impl.Value,tlc2.value.impl.Value)"
	sigBagIn        = "public static tlc2.value.IBoolValue tlc2.module.Bags.BagIn(tlc2.value.impl.Value,tlc2.value.impl.Value)"
	sigCopiesIn     = "public static tlc2.value.impl.IntValue tlc2.module.Bags.CopiesIn(tlc2.value.impl.Value,tlc2.value.impl.Value)"
	sigPermutations = "public static tlc2.value.impl.Value tlc2.module.TLC.Permutations(tlc2.value.impl.Value)"
	sigBagDiff      = "public static tlc2.value.impl.Value tlc2.module.Bags.BagDiff(tlc2.value.impl.Value,tlc2.value.impl.Value)"
	sigSqSubseteq   = "public static tlc2.value.IBoolValue tlc2.module.Bags.SqSubseteq(tlc2.value.impl.Value,tlc2.value.impl.Value)"
	sigBagUnion     = "public static tlc2.value.impl.Value tlc2.module.Bags.BagUnion(tlc2.value.impl.Value)"
	sigBagOfAll     = "public static tlc2.value.impl.Value tlc2.module.Bags.BagOfAll(tlc2.value.impl.Value,tlc2.value.impl.Value)"
	sigSetToBag     = "public static tlc2.value.impl.Value tlc2.module.Bags.SetToBag(tlc2.value.impl.Value)"
	sigBagCup       = "public static tlc2.value.impl.Value tlc2.module.Bags.BagCup(tlc2.value.impl.Value,tlc2.value.impl.Value)"
)

// javaFailed is TLC's error for the Java method sig that failed with err,
// an error of a value's method: the method catches it and names itself.
func javaFailed(pos token.Pos, sig string, err error) *Error {
	msg := err.Error()
	if ee, ok := err.(*Error); ok {
		msg = ee.Msg
	}
	out := errorf(pos, "Attempted to apply the operator overridden by the Java method\n%s,\nbut it produced the following error:\n%s", sig, msg)
	out.Cause = javaCaught{}
	return out
}

// oneScalarKind reports whether the values vs and the keys of the
// functions fs are all of one kind TLC's equals compares without fail
// (booleans, integers or strings), model values aside (which equal only
// themselves and fail against nothing): then no search among them fails.
func oneScalarKind(vs []value.Value, fs ...*value.FcnV) bool {
	kind := value.KindModel
	ok := func(v value.Value) bool {
		switch k := v.Kind(); k {
		case value.KindModel:
			return true
		case value.KindBool, value.KindInt, value.KindString:
			if kind == value.KindModel {
				kind = k
			}
			return k == kind
		}
		return false
	}
	for _, v := range vs {
		if !ok(v) {
			return false
		}
	}
	for _, f := range fs {
		if f.IsTuple() {
			// A sequence's keys are the integers 1..n.
			if f.Len() > 0 && !ok(value.Int(1)) {
				return false
			}
			continue
		}
		for i := 0; i < f.Len(); i++ {
			if !ok(f.Key(i)) {
				return false
			}
		}
	}
	return true
}

// javaIndexOf is TLC's linear search for e among the keys of f, e.equals
// each key in turn: the index of the first key equal to e (-1 when
// none), or the error of the first key e cannot be compared with.
func javaIndexOf(e value.Value, f *value.FcnV) (int, error) {
	if oneScalarKind([]value.Value{e}, f) {
		return f.Index(e), nil
	}
	for i := 0; i < f.Len(); i++ {
		eq, err := value.EqualChecked(e, f.Key(i))
		if err != nil {
			return -1, err
		}
		if eq {
			return i, nil
		}
	}
	return -1, nil
}

// javaCombineCheck is the error TLC's CombineFcn (f @@ g) or BagCup (f (+)
// g) meets looking each key of g up among f's, nil when none.
func javaCombineCheck(f, g *value.FcnV) error {
	if oneScalarKind(nil, f, g) {
		return nil
	}
	for i := 0; i < g.Len(); i++ {
		if _, err := javaIndexOf(g.Key(i), f); err != nil {
			return err
		}
	}
	return nil
}
