package value

import (
	"fmt"
	"strings"
)

// Compare is a total order over all values, consistent with Equal, used to
// keep sets canonical and to make CHOOSE deterministic. Within a kind it
// follows TLC: integers numerically, strings and model values in their
// spec's order (Strings: when TLC interned their names), sets
// and functions by size first and then element by element. Between kinds:
// model values < booleans < integers < strings < functions < sets (the
// order of Kind).
func Compare(a, b Value) int {
	if a == b {
		normalizeFcn(a) // TLC's compareTo normalizes, even a value with itself
		return 0
	}
	ka, kb := a.Kind(), b.Kind()
	if ka != kb {
		if ka < kb {
			return -1
		}
		return 1
	}
	switch ka {
	case KindBool:
		x, y := a.(BoolV), b.(BoolV)
		if x == y {
			return 0
		}
		if !x {
			return -1
		}
		return 1
	case KindInt:
		return cmpInt(int64(a.(IntV)), int64(b.(IntV)))
	case KindString:
		return compareStr(a.(*StrV), b.(*StrV))
	case KindModel:
		return compareMV(a.(*MV), b.(*MV))
	case KindFcn:
		fa, oka := a.(*FcnV)
		fb, okb := b.(*FcnV)
		if !oka || !okb {
			// A lazy function (LazyFcnV), which TLC cannot compare: an
			// order that is only total (EqualChecked fails for it).
			return compareLazyFcn(a, b, oka, okb)
		}
		return compareFcn(fa, fb)
	case KindSet:
		return compareSet(a.(SetValue), b.(SetValue))
	}
	return 0
}

func compareFcn(f, g *FcnV) int {
	f.normalize() // as TLC's compareTo does, before comparing
	g.normalize()
	if c := cmpInt(int64(len(f.vals)), int64(len(g.vals))); c != 0 {
		return c
	}
	// Functions built over the same domain share it (EXCEPT, [x \in S |-> e]
	// and the enumeration of [S -> T] all do): then their keys are equal.
	sameDom := f.dom == g.dom
	for i := range f.vals {
		if !sameDom {
			if c := Compare(f.Key(i), g.Key(i)); c != 0 {
				return c
			}
		}
		if c := Compare(f.vals[i], g.vals[i]); c != 0 {
			return c
		}
	}
	return 0
}

func compareSet(a, b SetValue) int {
	if x, ok := a.(*IntervalV); ok {
		if y, ok := b.(*IntervalV); ok && x.Lo <= x.Hi && y.Lo <= y.Hi {
			if c := cmpInt(x.Hi-x.Lo, y.Hi-y.Lo); c != 0 {
				return c
			}
			return cmpInt(x.Lo, y.Lo)
		}
	}
	ea, erra := a.Enum()
	eb, errb := b.Enum()
	if erra != nil || errb != nil {
		// Infinite sets have no elements to compare; order them by
		// their printed form so that Compare stays total.
		switch {
		case erra != nil && errb != nil:
			return strings.Compare(a.String(), b.String())
		case erra != nil:
			return 1
		default:
			return -1
		}
	}
	if c := cmpInt(int64(len(ea.elems)), int64(len(eb.elems))); c != 0 {
		return c
	}
	for i := range ea.elems {
		if c := Compare(ea.elems[i], eb.elems[i]); c != 0 {
			return c
		}
	}
	return 0
}

func cmpInt(a, b int64) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}

// Equal reports whether a and b are the same value.
func Equal(a, b Value) bool {
	if a == b {
		normalizeFcn(a) // TLC's equals normalizes, even a value with itself
		return true
	}
	if a.Kind() != b.Kind() {
		return false
	}
	switch a.(type) {
	case *FcnV, *SetV:
		if a.Hash() != b.Hash() {
			return false
		}
	}
	return Compare(a, b) == 0
}

// EqualChecked is a = b with TLC's rules: values TLC cannot compare (an
// integer and a string, a set and a function) are an error; a model value
// is different from every other value.
func EqualChecked(a, b Value) (bool, error) {
	if a == b {
		normalizeFcn(a)
		if m, ok := a.(*MixedSetV); ok {
			return false, m.fail() // TLC sorts it to compare it
		}
		if err := lazyFcnError(a, b); err != nil {
			return false, err // LET f == [y \in Nat |-> y] IN f = f
		}
		if !HoldsMixed(a) {
			return true, nil
		}
		// <<{1, "a"}>> = itself: TLC compares the parts, and sorts
		// the set they hold (an error).
	}
	ka, kb := a.Kind(), b.Kind()
	if ka == KindModel || kb == KindModel {
		return ka == kb && a.(*MV).name == b.(*MV).name, nil
	}
	if err := lazyFcnError(a, b); err != nil {
		return false, err // TLC's toFcnRcd, before any comparison
	}
	if ka != kb {
		return false, equalityError(a, b)
	}
	switch ka {
	case KindFcn:
		return fcnEqualChecked(a.(*FcnV), b.(*FcnV))
	case KindSet:
		if eq, err, ok := overriddenEqual(a, b); ok {
			return eq, err
		}
		if eq, ok, err := OperandsEqual(a, b); ok {
			return eq, err
		}
		ea, err := a.(SetValue).Enum()
		if err != nil {
			if eq, ok, berr := subsetsEqual(a, b, err); ok {
				return eq, berr
			}
			if _, lazy := a.(*CupV); lazy && TooLarge(err) {
				// A union too large to build: its equals builds it,
				// and names its node around the refusal (TLC rev
				// cc6b616, -maxSetSize 10: {UNION {1..8, 5..10}} =
				// {1..10}, golden setbound/LazyEqSetU).
				err = inMethod(a, err)
			}
			return false, err
		}
		eb, err := b.(SetValue).Enum()
		if err != nil {
			if TooLarge(err) {
				// b built inside a's equals.
				err = inMethod(a, err)
			}
			if _, ok := err.(*MethodError); ok {
				// b's sort failed inside a's equals ({2} = {1, "a"}):
				// TLC names a, then b.
				err = inMethod(a, err)
			}
			return false, err
		}
		if ea.Len() != eb.Len() {
			return false, nil
		}
		if ea.Hash() != eb.Hash() {
			// Different contents; still check comparability of a pair
			// so that {1} = {"a"} fails as in TLC.
			if ea.Len() > 0 {
				if _, err := EqualChecked(ea.elems[0], eb.elems[0]); err != nil {
					return false, inMethod(a, err)
				}
			}
			return false, nil
		}
		eq, err := allEqual(ea.elems, eb.elems)
		return eq, inMethod(a, err)
	}
	return Compare(a, b) == 0, nil
}

// overriddenEqual is a = b for two sets when one is a set TLC implements
// in Java (Nat, Int, STRING, Seq(S): its UserValue), which TLC compares
// by its class, never by enumerating it (TLC rev cc6b616): the Java value
// on the left fails against any other value ("Attempted to compare
// overridden value Seq({1}) with non-overridden value:\n{1}"); two
// Seq(S) compare their S, Seq(S) and another Java set fail in SeqValue's
// words; an enumerated set on the left fails in SetEnumValue.equals'
// ("Attempted to check equality of the set {} with the value:\nSeq({1})").
// ok is false where TLC's answer is not known here.
func overriddenEqual(a, b Value) (eq bool, err error, ok bool) {
	ua, ub := userSet(a), userSet(b)
	switch {
	case ua && !ub:
		return false, overriddenError(a, b), true
	case ua && ub:
		sa, aseq := a.(*SeqSetV)
		sb, bseq := b.(*SeqSetV)
		switch {
		case aseq && bseq:
			eq, err := EqualChecked(sa.Base, sb.Base)
			return eq, err, true
		case aseq:
			return false, fmt.Errorf("Attempted to compare %s with the value\n%s", a, b), true
		}
	case ub:
		if _, enum := a.(*SetV); enum {
			return false, equalityError(a, b), true
		}
	}
	return false, nil, false
}

// userSet reports whether v is a set TLC holds as a UserValue: the sets
// its Java modules implement, Nat, Int, STRING and Seq(S).
func userSet(v Value) bool {
	if _, ok := v.(*SeqSetV); ok {
		return true
	}
	return isOverridden(v)
}

// equalityError is TLC's error for a = b when a and b are values of
// different kinds, worded after a's kind as TLC's a.equals(b) words it
// (IntValue, StringValue, BoolValue, SetEnumValue, RecordValue and
// TupleValue/FcnRcdValue respectively).
func equalityError(a, b Value) error {
	switch a.Kind() {
	case KindBool:
		return fmt.Errorf("Attempted to compare equality of boolean %s with non-boolean:\n%s", a, b)
	case KindSet:
		if iv, ok := a.(*IntervalV); ok && iv.Hi-iv.Lo < 1<<20 {
			// IntervalValue.equals of a non-interval asks its
			// toSetEnum(), whose words print it enumerated (TLC rev
			// cc6b616: 1..3 = "a" names the set {1, 2, 3}).
			if e, err := iv.Enum(); err == nil {
				a = e
			}
		}
		return fmt.Errorf("Attempted to check equality of the set %s with the value:\n%s", a, b)
	case KindFcn:
		if f, ok := a.(*FcnV); ok && isRecord(f) {
			return fmt.Errorf("Attempted to check equality of record:\n%s\nwith non-record\n%s", a, b)
		}
		return fmt.Errorf("Attempted to check equality of the function %s with the value:\n%s", a, b)
	}
	return fmt.Errorf("Attempted to check equality of %s %s with non-%s:\n%s", a.Kind(), a, a.Kind(), b)
}

// isRecord reports whether f is printed as a record (a non-empty domain
// of strings), which TLC holds as a RecordValue.
func isRecord(f *FcnV) bool {
	if f.Len() == 0 {
		return false
	}
	for i := 0; i < f.Len(); i++ {
		if f.Key(i).Kind() != KindString {
			return false
		}
	}
	return true
}

// allEqual is EqualChecked of xs[i] and ys[i] for every i (len(xs) <=
// len(ys)), stopping at the first pair that differs or cannot be compared.
func allEqual(xs, ys []Value) (bool, error) {
	for i := range xs {
		eq, err := EqualChecked(xs[i], ys[i])
		if err != nil || !eq {
			return false, err
		}
	}
	return true, nil
}

// fcnEqualChecked is f.equals(g) for two functions as TLC's classes
// compute it, so that a comparison of functions of different shapes
// fails with TLC's words (TLC rev cc6b616, golden EqShape):
//   - a RecordValue (f built as a record) with a function whose domain is
//     not a set of strings: "Attempted to check equality of record";
//   - a function over an interval (a tuple, [i \in 1..n |-> e]) with one
//     over an enumerated set, either way round: the set's elements are
//     compared as integers with the interval's ("Attempted to compare an
//     integer with non-integer");
//   - two functions over enumerated sets: their keys pairwise
//     (IntValue.equals: "Attempted to check equality of integer 1 with
//     non-integer").
func fcnEqualChecked(f, g *FcnV) (bool, error) {
	if f.dom == nil && f.held == heldDefault && g.dom == nil {
		if f.Len() != g.Len() {
			return false, nil
		}
		eq, err := allEqual(f.vals, g.vals)
		return eq, inMethod(f, err)
	}
	if f.held == heldDefault && isRecord(f) && g.Len() > 0 && !isRecord(g) {
		// RecordValue.equals, a method of f (named by its node when
		// TLC's replay built it).
		return false, inMethod(f, fmt.Errorf("Attempted to check equality of record:\n%s\nwith non-record\n%s", f, g))
	}
	if f.Len() != g.Len() {
		return false, nil
	}
	fi, gi := overInterval(f), overInterval(g)
	switch {
	case f.dom == g.dom: // a shared domain has equal keys
	case fi != gi:
		set := f
		if fi {
			set = g
		}
		iv := g
		if fi {
			iv = f
		}
		lo, _ := AsInt(iv.Key(0))
		for i := 0; i < set.Len(); i++ {
			k := set.Key(i)
			if k.Kind() != KindInt {
				return false, fmt.Errorf("Attempted to compare an integer with non-integer:\n%s.", k)
			}
			if n, _ := AsInt(k); n != lo+int64(i) {
				return false, nil
			}
		}
	default:
		for i := range f.vals {
			eq, err := EqualChecked(f.Key(i), g.Key(i))
			if err != nil || !eq {
				return false, inMethod(f, err)
			}
		}
	}
	eq, err := allEqual(f.vals, g.vals)
	return eq, inMethod(f, err)
}

// overInterval reports whether TLC holds f over an IntervalValue (a
// TupleValue, or a FcnRcdValue built over 1..n), not an enumerated domain.
func overInterval(f *FcnV) bool {
	return f.held == heldFcnInterval || f.dom == nil && f.held != heldFcnSet
}

// subsetsEqual is SUBSET A = SUBSET B when the subsets are too many to
// build (err, a's Enum's error, is for the size alone): A = B, as TLC's
// SubsetValue.equals compares the bases (TLC rev cc6b616: SUBSET (1..70)
// = SUBSET (1..70) is TRUE). ok is false for any other pair.
func subsetsEqual(a, b Value, err error) (eq, ok bool, berr error) {
	sa, isA := a.(*SubsetV)
	sb, isB := b.(*SubsetV)
	if !isA || !isB || !TooLarge(err) {
		return false, false, nil
	}
	eq, berr = EqualChecked(sa.Base, sb.Base)
	return eq, true, berr
}

// OperandsEqual is a = b of two intervals (by their bounds), two function
// sets, two record sets or two
// Cartesian products, which TLC's SetOfFcnsValue, SetOfRcdsValue and
// SetOfTuplesValue equals decide by their operands, never enumerating
// either set: [D -> R] = [E -> S] is D = E /\ R = S (so [1..2 -> {}] =
// [1..3 -> {}] is FALSE in TLC); two record or tuple sets are equal when
// both are empty, else when their fields and operand sets are (TLC rev
// cc6b616: [1..21 -> BOOLEAN] = [1..21 -> BOOLEAN] is TRUE under the
// default bound, [1..10 -> BOOLEAN] = itself under -maxSetSize 10). ok
// is false for any other pair, and where an operand's size is an error.
func OperandsEqual(a, b Value) (eq, ok bool, err error) {
	switch x := a.(type) {
	case *IntervalV:
		// TLC's IntervalValue.equals of another interval compares the
		// bounds (two empty ones are equal) without enumerating either:
		// 1..2147483647 = 1..2147483647 is TRUE at once (hunt4's
		// IntervalEq; wspcycle built both and ran out of memory).
		y, same := b.(*IntervalV)
		if !same {
			return false, false, nil
		}
		if x.Hi < x.Lo || y.Hi < y.Lo {
			return x.Hi < x.Lo && y.Hi < y.Lo, true, nil
		}
		return x.Lo == y.Lo && x.Hi == y.Hi, true, nil
	case *FcnSetV:
		y, same := b.(*FcnSetV)
		if !same {
			return false, false, nil
		}
		eq, err := EqualChecked(x.Dom, y.Dom)
		if err != nil || !eq {
			return false, true, err
		}
		eq, err = EqualChecked(x.Rng, y.Rng)
		return eq, true, err
	case *RcdSetV:
		y, same := b.(*RcdSetV)
		if !same {
			return false, false, nil
		}
		return setsOperandsEqual(x.Keys, y.Keys, x.Sets, y.Sets)
	case *ProductV:
		y, same := b.(*ProductV)
		if !same {
			return false, false, nil
		}
		return setsOperandsEqual(nil, nil, x.Sets, y.Sets)
	}
	return false, false, nil
}

// setsOperandsEqual is TLC's SetOfRcdsValue (keys) and SetOfTuplesValue
// (keys nil) equals: an empty set equals only an empty one; otherwise
// the field names and the operand sets are compared in order.
func setsOperandsEqual(ka, kb []Value, sa, sb []SetValue) (eq, ok bool, err error) {
	emptyA, okA := anyEmpty(sa)
	emptyB, okB := anyEmpty(sb)
	if !okA || !okB {
		return false, false, nil
	}
	if emptyA || emptyB {
		return emptyA && emptyB, true, nil
	}
	if len(sa) != len(sb) || len(ka) != len(kb) {
		return false, true, nil
	}
	for i := range ka {
		if Compare(ka[i], kb[i]) != 0 {
			return false, true, nil
		}
	}
	for i := range sa {
		eq, err := EqualChecked(sa[i], sb[i])
		if err != nil || !eq {
			return false, true, err
		}
	}
	return true, true, nil
}

// anyEmpty reports whether one of sets is empty (ok false when a size is
// an error).
func anyEmpty(sets []SetValue) (empty, ok bool) {
	for _, s := range sets {
		n, err := s.Size()
		if err != nil {
			return false, false
		}
		if n == 0 {
			return true, true
		}
	}
	return false, true
}
