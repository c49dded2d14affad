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

// keyKinds says whether the values met so far are all of one scalar kind
// (model values go with any) or all of one value.Shape: then no Java
// equals among them can fail, and a lookup by hash finds what TLC's
// linear search finds.
type keyKinds struct {
	kind  value.Kind // the one scalar kind; KindModel: none yet (all model values)
	shape string     // the one shape, when uniform
	n     int        // the values counted
	// scalar: all of one scalar kind (or model values); uniform: all of
	// one shape.
	scalar, uniform bool
}

func newKeyKinds() keyKinds {
	return keyKinds{kind: value.KindModel, scalar: true, uniform: true}
}

// add counts e among the values and reports whether they still are all
// of one scalar kind or one shape.
func (c *keyKinds) add(e value.Value) bool {
	if c.scalar {
		switch k := e.Kind(); k {
		case value.KindModel:
		case value.KindBool, value.KindInt, value.KindString:
			if c.kind == value.KindModel {
				c.kind = k
			}
			c.scalar = k == c.kind
		default:
			c.scalar = false
		}
	}
	if c.uniform {
		s, ok := value.Shape(e)
		switch {
		case !ok:
			c.uniform = false
		case c.n == 0:
			c.shape = s
		default:
			c.uniform = s == c.shape
		}
	}
	c.n++
	return c.scalar || c.uniform
}

// admits reports whether e is of the values' one scalar kind or one
// shape, without counting it.
func (c *keyKinds) admits(e value.Value) bool {
	if c.scalar {
		switch k := e.Kind(); k {
		case value.KindModel:
			return true
		case value.KindBool, value.KindInt, value.KindString:
			if c.kind == value.KindModel || k == c.kind {
				return true
			}
		}
	}
	if c.uniform {
		s, ok := value.Shape(e)
		return ok && s == c.shape
	}
	return false
}

// javaKeys is TLC's linear search among the keys of a function f, in the
// order its Java methods walk them (f.PrintPos), made a lookup by hash
// where it cannot fail: when the keys and the value looked up are all of
// one scalar kind, or all of one value.Shape (keyKinds). Only a search
// among values of several shapes compares them in turn (O(n) each).
type javaKeys struct {
	f     *value.FcnV
	kinds keyKinds
}

func newJavaKeys(f *value.FcnV) *javaKeys {
	j := &javaKeys{f: f, kinds: newKeyKinds()}
	for i := 0; i < f.Len(); i++ {
		if !j.kinds.add(f.Key(i)) || f.IsTuple() {
			break // a sequence's keys are 1..n, all integers
		}
	}
	return j
}

// fast reports whether looking e up cannot fail.
func (j *javaKeys) fast(e value.Value) bool {
	return j.f.Len() == 0 || j.kinds.admits(e)
}

// index is the position (as f.Key takes it) of the first key equal to e
// in the order TLC walks them, -1 when none, or the error of the first
// key e cannot be compared with.
func (j *javaKeys) index(e value.Value) (int, error) {
	if j.fast(e) {
		return j.f.Index(e), nil
	}
	for i := 0; i < j.f.Len(); i++ {
		p := j.f.PrintPos(i)
		eq, err := value.EqualChecked(e, j.f.Key(p))
		if err != nil {
			return -1, err
		}
		if eq {
			return p, nil
		}
	}
	return -1, nil
}

// javaIndexOf is TLC's linear search for e among the keys of f, e.equals
// each key in turn: the index of the first key equal to e (-1 when
// none), or the error of the first key e cannot be compared with.
func javaIndexOf(e value.Value, f *value.FcnV) (int, error) {
	return newJavaKeys(f).index(e)
}

// javaCombineCheck is the error TLC's CombineFcn (f @@ g) or BagCup (f (+)
// g) meets looking each key of g up among f's, nil when none.
func javaCombineCheck(f, g *value.FcnV) error {
	fk := newJavaKeys(f)
	for i := 0; i < g.Len(); i++ {
		if _, err := fk.index(g.Key(g.PrintPos(i))); err != nil {
			return err
		}
	}
	return nil
}

// printKeys is f's keys and values in the order f prints in, the order
// TLC's Java methods walk a function in.
func printKeys(f *value.FcnV) (keys, vals []value.Value) {
	keys = make([]value.Value, f.Len())
	vals = make([]value.Value, f.Len())
	for i := range keys {
		p := f.PrintPos(i)
		keys[i], vals[i] = f.Key(p), f.At(p)
	}
	return keys, vals
}
