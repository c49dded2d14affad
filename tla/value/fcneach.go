package value

// EachFcn calls f with every function of s, one at a time, until f returns
// false or an error, without building the set and with no bound on its
// size: TLC's SetPredValue ({x \in [D -> R] : P}) enumerates its base
// this way, so a filter of a function set larger than MaxEnum is
// computed (TLC takes hours on 121^5 functions, and answers), where Enum
// refuses it. The order is the odometer's, not the canonical one: a
// caller collecting elements sorts them. A domain or range that cannot
// be enumerated is Enum's error.
func EachFcn(s *FcnSetV, f func(Value) (bool, error)) error {
	dom, err := s.Dom.Enum()
	if err != nil {
		return err
	}
	rng, err := s.Rng.Enum()
	if err != nil && !TooLarge(err) {
		// A union TLC cannot sort: its enumerator walks it.
		if vs, ok, werr := WalkUnsorted(s.Rng); ok {
			rng, err = &SetV{elems: vs}, werr
		}
	}
	if c, ok := s.Rng.(*CupV); ok && TooLarge(err) {
		// A union too large to build: TLC's enumerator walks it,
		// duplicates included (CupV.Walked).
		var elems []Value
		if elems, err = c.Walked(); err == nil {
			rng = &SetV{elems: elems}
		}
	}
	if err != nil {
		return err
	}
	keys := dom
	if isOneToN(dom.elems) {
		keys = nil
	}
	// TLC's FcnSetValue builds FcnRcdValues over its domain: an interval
	// over an IntervalValue, else an enumerated set.
	held := heldFcnSet
	if _, iv := s.Dom.(*IntervalV); iv {
		held = heldFcnInterval
	}
	var ferr error
	product(len(dom.elems), rng.elems, func(vals []Value) bool {
		var v Value = EmptyTuple
		if len(vals) > 0 {
			v = &FcnV{dom: keys, vals: vals, held: held}
		}
		var more bool
		more, ferr = f(v)
		return more && ferr == nil
	})
	return ferr
}

// TooLarge reports whether err is the refusal to enumerate a set of more
// than MaxEnum elements (one that may still be walked element by
// element: EachFcn, Prepare).
func TooLarge(err error) bool {
	_, ok := err.(tooLargeError)
	return ok
}

// EachRcd calls f with every record of s, one at a time, as EachFcn does
// for a function set: TLC's SetPredValue walks a record set too
// ({c \in [a : 0..3000, b : 0..3000] : P}, 3001^2 records).
func EachRcd(s *RcdSetV, f func(Value) (bool, error)) error {
	dom := &SetV{elems: s.Keys}
	return eachProduct(s.Sets, func(vals []Value) Value { return &FcnV{dom: dom, vals: vals} }, f)
}

// eachProduct walks the tuples taking one element from each of sets, as
// mk makes them into values; an operand that cannot be enumerated is
// Enum's error, an empty one ends the walk at once.
func eachProduct(sets []SetValue, mk func([]Value) Value, f func(Value) (bool, error)) error {
	elems := make([][]Value, len(sets))
	for i, set := range sets {
		e, err := set.Enum()
		if err != nil && !TooLarge(err) {
			// A union TLC cannot sort: its enumerator walks it.
			if vs, ok, werr := WalkUnsorted(set); ok {
				e, err = &SetV{elems: vs}, werr
			}
		}
		if err != nil {
			return err
		}
		if e.Len() == 0 {
			return nil
		}
		elems[i] = e.elems
	}
	var ferr error
	productOf(elems, func(vals []Value) bool {
		var more bool
		more, ferr = f(mk(vals))
		return more && ferr == nil
	})
	return ferr
}

// EachTuple calls f with every tuple of s, one at a time, as EachFcn does
// for a function set.
func EachTuple(s *ProductV, f func(Value) (bool, error)) error {
	return eachProduct(s.Sets, TupleOf, f)
}
