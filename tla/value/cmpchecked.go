package value

import "fmt"

// compareChecked is a.compareTo(b) as TLC computes it while it normalises
// a set: the same order as Compare, but comparing values TLC cannot
// compare is an error worded after a's class (TLC's "this"), even deep
// inside sets and functions of the same kind ({{1}, {"a"}}, {[a : S],
// SUBSET T}). Model values compare with everything. Sets are compared by
// size first and then element by element in their canonical order, so
// only the first differing pair is looked at, as in TLC.
func compareChecked(a, b Value) (int, error) {
	if a == b && !HoldsMixed(a) {
		return 0, lazyFcnError(a, b)
	}
	ka, kb := a.Kind(), b.Kind()
	if ka == KindModel || kb == KindModel {
		return Compare(a, b), nil
	}
	if err := lazyFcnError(a, b); err != nil {
		return 0, err
	}
	if isOverridden(a) {
		if !isOverridden(b) {
			return 0, overriddenError(a, b)
		}
		// Two of Nat, Int, STRING: ordered, not an error, as TLC's
		// UNION {Nat, Int} reaches the enumeration of its members
		// (golden VPrintUnionInf).
		return Compare(a, b), nil
	}
	switch ka {
	case KindSet:
		if kb != KindSet || isOverridden(b) {
			// Nat, Int and STRING have no enumeration for TLC's
			// SetEnumValue.compareTo to compare with (TLC rev cc6b616:
			// UNat2, UNION {Nat, {1}}).
			return 0, fmt.Errorf("Attempted to compare the set %s with the value:\n%s", a, b)
		}
		// TLC's compareTo sorts this set, then the other: a set whose
		// elements cannot be sorted fails (MixedSetV).
		ea, erra := a.(SetValue).Enum()
		if m, ok := a.(*MixedSetV); ok {
			return 0, m.fail()
		}
		eb, errb := b.(SetValue).Enum()
		if m, ok := b.(*MixedSetV); ok {
			return 0, m.fail()
		}
		// A union too large to build (CupV kept lazy): TLC's
		// compareTo builds it, and its ValueVec refuses (TLC rev
		// cc6b616, -maxSetSize 10: UNION {UNION {1..8, 5..10}, {1}},
		// golden setbound/UU).
		if TooLarge(erra) {
			return 0, erra
		}
		if TooLarge(errb) {
			return 0, errb
		}
		if erra != nil || errb != nil {
			return Compare(a, b), nil
		}
		if ea.Len() != eb.Len() {
			return cmpInt(int64(ea.Len()), int64(eb.Len())), nil
		}
		for i := range ea.elems {
			if c, err := compareChecked(ea.elems[i], eb.elems[i]); c != 0 || err != nil {
				return c, inMethod(a, err)
			}
		}
		return 0, nil
	case KindFcn:
		f := a.(*FcnV)
		if kb != KindFcn {
			if isRecord(f) {
				return 0, fmt.Errorf("Attempted to compare record:\n%s\nwith non-record\n%s", a, b)
			}
			return 0, fmt.Errorf("Attempted to compare the function %s with the value:\n%s", a, b)
		}
		g := b.(*FcnV)
		if isRecord(f) && g.Len() > 0 && !isRecord(g) {
			return 0, fmt.Errorf("Attempted to compare record:\n%s\nwith non-record\n%s", a, b)
		}
		if f.Len() != g.Len() {
			return cmpInt(int64(f.Len()), int64(g.Len())), nil
		}
		for i := range f.vals {
			if f.dom != g.dom {
				if k := g.Key(i); f.IsTuple() && k.Kind() != KindInt && k.Kind() != KindModel {
					// TLC's TupleValue compares its index with the
					// other's key, in words of its own (RcdTupInv).
					return 0, inMethod(a, fmt.Errorf("Attempted to compare integer with non-integer:\n%s.", k))
				}
				if c, err := compareChecked(f.Key(i), g.Key(i)); c != 0 || err != nil {
					return c, inMethod(a, err)
				}
			}
			if c, err := compareChecked(f.vals[i], g.vals[i]); c != 0 || err != nil {
				return c, inMethod(a, err)
			}
		}
		return 0, nil
	}
	if ka != kb {
		return 0, incomparable(a, b)
	}
	return Compare(a, b), nil
}

// checkSortable replays TLC's insertion of elems (in the order the set
// was written or built) into a sorted vector (ReplaySort): each element
// is compared, as "this", by binary search with those inserted before
// it. The first comparison TLC cannot make is the error TLC raises; the
// order itself is Compare's.
func checkSortable(elems []Value) error {
	if len(elems) < 2 || comparableScalars(elems) {
		return nil
	}
	_, err := ReplaySort(len(elems), func(i, j int) (int, error) {
		c, err := compareChecked(elems[i], elems[j])
		if err != nil {
			// e.compareTo(other), a method of e, which names e's
			// node when the replay built it (FInitFcnCons: [i \in
			// {<<1>>, [a |-> 1]} |-> i]).
			return 0, InMethod(elems[i], err)
		}
		return c, nil
	})
	return err
}

// comparableScalars reports whether elems are model values and values of
// one scalar kind (booleans, integers or strings): TLC compares any two of
// them, so replaying its sort could find no error. Most sets are such, and
// the replay's binary insertion costs O(n log n) comparisons.
func comparableScalars(elems []Value) bool {
	kind := KindModel
	for _, e := range elems {
		switch k := e.Kind(); k {
		case KindModel:
		case KindBool, KindInt, KindString:
			if kind == KindModel {
				kind = k
			} else if k != kind {
				return false
			}
		default:
			return false
		}
	}
	return true
}

// InMethod is err raised inside a method of v, named by v unless v names
// it already: TLC's value wraps the exception of a method it calls in its
// own FingerprintException (getNewHead) once.
func InMethod(v Value, err error) error {
	if m, ok := err.(*MethodError); ok && m.V == v {
		return err
	}
	return inMethod(v, err)
}

// inMethod is err, raised comparing the elements of a inside a's
// compareTo: TLC's value names its node around the error
// (FingerprintException.getNewHead), nil staying nil.
func inMethod(a Value, err error) error {
	if err == nil {
		return nil
	}
	return &MethodError{V: a, Err: err}
}
