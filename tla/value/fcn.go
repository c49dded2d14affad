package value

import (
	"sort"
	"sync/atomic"
)

// FcnV is a function value. Tuples, sequences and records are functions too:
// when the domain is 1..n it is not stored (dom is nil), which is the one
// canonical form of such a function; otherwise dom is the domain, whose
// elements (sorted by Compare) are the keys, and vals are aligned with them.
// The domain is a pointer to a set, not a slice of keys, because EXCEPT
// copies the header of a function for every successor a checker computes:
// 8 bytes instead of 24 put a 5-element function in a 128-byte allocation
// instead of a 192-byte one, and DOMAIN f costs nothing.
type FcnV struct {
	dom  *SetV // nil: the domain is 1..len(vals)
	vals []Value
	h    atomic.Uint64
	// held is TLC's class of the value, which does not change what the
	// value is (equal, same hash) but how TLC words its errors and prints
	// its domain: heldDefault (a function over 1..n is a TupleValue, one
	// over strings a RecordValue), heldFcnInterval (a FcnRcdValue over
	// the IntervalValue 1..n: [i \in 1..n |-> e], an element of
	// [1..n -> T]) or heldFcnSet (a FcnRcdValue whose domain is an
	// enumerated set, also when it is {1, .., n} or a set of strings:
	// [i \in {1, 2} |-> e], 1 :> a @@ 2 :> b, a bag).
	held uint8
	// ordered reports that the keys were built in another order than
	// Compare's and that TLC still holds them so (order.go): dom is then
	// the SetV of an orderedDom. It fits in the header's padding (the
	// header stays 48 bytes) and is atomic because TLC's normalization,
	// which clears it, happens on a read (Hash, Compare, DOMAIN).
	ordered atomic.Bool
}

const (
	heldDefault uint8 = iota
	heldFcnInterval
	heldFcnSet
	heldEmptyRecord // an empty RecordValue, printed [] (EmptyRecord)
)

// EmptyTuple is <<>>, the function with an empty domain.
var EmptyTuple Value = &FcnV{}

// EmptyRecord is the function with an empty domain as TLC holds it when it
// builds an empty RecordValue, which prints as [] where <<>> prints as
// <<>> (the simulator's TLCGet("stats").actions, TLC rev cc6b616); it is
// the same value as <<>>.
var EmptyRecord Value = &FcnV{held: heldEmptyRecord}

// Tuple returns <<elems...>> (the arguments are copied).
func Tuple(elems ...Value) Value {
	return TupleOf(append([]Value(nil), elems...))
}

// TupleOf returns the tuple of elems, taking the slice over: the caller
// must not modify it afterwards.
func TupleOf(elems []Value) Value {
	if len(elems) == 0 {
		return EmptyTuple
	}
	return &FcnV{vals: elems}
}

// Record builds [f1 |-> v1, ...] from alternating field names and values,
// e.g. t.Record("a", Int(1), "b", t.Str("x")), its fields in t's order. It
// panics on a malformed argument list, which is a programming error in the
// caller.
func (t *Strings) Record(fieldsAndValues ...any) Value {
	if len(fieldsAndValues)%2 != 0 {
		panic("value.Record: odd number of arguments")
	}
	n := len(fieldsAndValues) / 2
	keys := make([]Value, n)
	vals := make([]Value, n)
	for i := 0; i < n; i++ {
		keys[i] = t.Str(fieldsAndValues[2*i].(string))
		vals[i] = fieldsAndValues[2*i+1].(Value)
	}
	return FcnFromPairs(keys, vals)
}

// FcnFromPairs builds the function mapping keys[i] to vals[i]; the keys may
// come in any order. A repeated key keeps its first value (as f @@ g does).
// The slices are taken over.
func FcnFromPairs(keys, vals []Value) Value {
	idx := make([]int, len(keys))
	for i := range idx {
		idx[i] = i
	}
	sort.SliceStable(idx, func(a, b int) bool { return Compare(keys[idx[a]], keys[idx[b]]) < 0 })
	k2 := make([]Value, 0, len(keys))
	v2 := make([]Value, 0, len(keys))
	for _, i := range idx {
		if len(k2) > 0 && Compare(k2[len(k2)-1], keys[i]) == 0 {
			continue
		}
		k2 = append(k2, keys[i])
		v2 = append(v2, vals[i])
	}
	return FcnFromSorted(k2, v2)
}

// FcnFromSorted builds a function from keys already sorted by Compare and
// without duplicates (as the elements of a canonical set are). A domain 1..n
// is turned into the tuple form. The slices are taken over.
func FcnFromSorted(keys, vals []Value) Value {
	if len(keys) == 0 {
		return EmptyTuple
	}
	if isOneToN(keys) {
		return &FcnV{vals: vals}
	}
	return &FcnV{dom: &SetV{elems: keys}, vals: vals}
}

// FcnOn builds the function with domain dom mapping dom's i-th element to
// vals[i], sharing dom (vals is taken over). It is FcnFromSorted without
// the allocation of a domain, for callers that hold the domain as a set.
func FcnOn(dom *SetV, vals []Value) Value {
	if len(dom.elems) == 0 {
		return EmptyTuple
	}
	if isOneToN(dom.elems) {
		return &FcnV{vals: vals}
	}
	return &FcnV{dom: dom, vals: vals}
}

// keys returns the domain's elements when it is not 1..n, else nil.
func (f *FcnV) keys() []Value {
	if f.dom == nil {
		return nil
	}
	return f.dom.elems
}

func isOneToN(keys []Value) bool {
	for i, k := range keys {
		n, ok := k.(IntV)
		if !ok || int(n) != i+1 {
			return false
		}
	}
	return true
}

// Len is the size of the domain.
func (f *FcnV) Len() int { return len(f.vals) }

// HeldAsFunction reports whether f, over 1..n, was built as a function
// (TLC's FcnRcdValue) rather than as a tuple (TupleValue): TLC words an
// argument outside its domain differently.
func (f *FcnV) HeldAsFunction() bool {
	return f.held != heldDefault && f.held != heldEmptyRecord && f.dom == nil
}

// HeldOverSet reports whether TLC holds f as a FcnRcdValue whose domain
// is an enumerated set (FcnOverSet): DOMAIN f is {1, 2}, not 1..2, and an
// argument of another kind than the domain's is compared with its
// elements (IntValue.equals: "Attempted to check equality of integer 1
// with non-integer"), not refused as a tuple's or a record's.
func (f *FcnV) HeldOverSet() bool { return f.held == heldFcnSet }

// FcnOverSet is v (a function freshly built) marked as TLC's FcnRcdValue
// over an enumerated domain (HeldOverSet); any other value is returned as
// it is.
func FcnOverSet(v Value) Value {
	if f, ok := v.(*FcnV); ok && len(f.vals) > 0 {
		f.held = heldFcnSet
	}
	return v
}

// FcnOfTuple is f (freshly built over an interval lo..hi) marked as TLC's
// FcnRcdValue over an IntervalValue: HeldAsFunction over 1..n, and
// HeldOverInterval, whose DOMAIN is the interval lo..hi, not {lo, .., hi}
// (TLC rev cc6b616: DOMAIN [i \in 2..3 |-> 0] prints 2..3, golden
// DomInterval); any other value is returned as it is.
func FcnOfTuple(v Value) Value {
	if f, ok := v.(*FcnV); ok && len(f.vals) > 0 {
		f.held = heldFcnInterval
	}
	return v
}

// HeldOverInterval reports whether TLC holds f as a FcnRcdValue over an
// IntervalValue (FcnOfTuple).
func (f *FcnV) HeldOverInterval() bool { return f.held == heldFcnInterval }

// IsTuple reports whether the domain is 1..n (so f is a tuple/sequence).
func (f *FcnV) IsTuple() bool { return f.dom == nil }

// IsRecord reports whether the domain is a non-empty set of strings.
func (f *FcnV) IsRecord() bool {
	keys := f.keys()
	if len(keys) == 0 {
		return false
	}
	for _, k := range keys {
		if _, ok := k.(*StrV); !ok {
			return false
		}
	}
	return true
}

// Key returns the i-th domain element (0-based, in canonical order).
func (f *FcnV) Key(i int) Value {
	if f.dom == nil {
		return Int(int64(i + 1))
	}
	return f.dom.elems[i]
}

// At returns the i-th value (0-based, aligned with Key(i)).
func (f *FcnV) At(i int) Value { return f.vals[i] }

// Elems returns the values of a tuple in order; callers must not modify the
// returned slice.
func (f *FcnV) Elems() []Value { return f.vals }

// Index finds the position of key x in the domain, or -1.
func (f *FcnV) Index(x Value) int {
	if f.dom == nil {
		n, ok := x.(IntV)
		if !ok || n < 1 || int64(n) > int64(len(f.vals)) {
			return -1
		}
		return int(n) - 1
	}
	// Model values used as keys are interned and usually few: scanning
	// by identity avoids comparisons.
	keys := f.dom.elems
	if m, ok := x.(*MV); ok && len(keys) <= 8 {
		for i, k := range keys {
			if k == m {
				return i
			}
		}
		return -1
	}
	lo, hi := 0, len(keys)
	for lo < hi {
		mid := (lo + hi) / 2
		c := Compare(keys[mid], x)
		if c == 0 {
			return mid
		}
		if c < 0 {
			lo = mid + 1
		} else {
			hi = mid
		}
	}
	return -1
}

// Apply returns f[x] and whether x is in the domain.
func (f *FcnV) Apply(x Value) (Value, bool) {
	i := f.Index(x)
	if i < 0 {
		return nil, false
	}
	return f.vals[i], true
}

// Field returns r.name for a record. The fields are in their spec's order
// of strings, not by name, so they are scanned (records are small; an
// evaluator that knows the field's string value uses Index).
func (f *FcnV) Field(name string) (Value, bool) {
	for i, k := range f.keys() {
		if s, ok := k.(*StrV); ok && s.s == name {
			return f.vals[i], true
		}
	}
	return nil, false
}

// Domain returns DOMAIN f as a set.
func (f *FcnV) Domain() SetValue {
	f.normalize() // TLC's getDomain sorts the function's own domain
	if f.dom == nil {
		if len(f.vals) == 0 {
			return EmptySet
		}
		if f.held == heldFcnSet {
			// TLC's FcnRcdValue over an enumerated {1, .., n}.
			elems := make([]Value, len(f.vals))
			for i := range elems {
				elems[i] = IntV(i + 1)
			}
			return &SetV{elems: elems}
		}
		return &IntervalV{Lo: 1, Hi: int64(len(f.vals))}
	}
	if f.held == heldFcnInterval {
		lo, _ := AsInt(f.dom.elems[0])
		return &IntervalV{Lo: lo, Hi: lo + int64(len(f.vals)) - 1}
	}
	return f.dom
}

// With returns a copy of f with the value at position i replaced by v; the
// domain is shared, not copied.
func (f *FcnV) With(i int, v Value) *FcnV {
	g := newFcn(len(f.vals))
	g.dom, g.held = f.dom, f.held
	keepOrder(g, f)
	copy(g.vals, f.vals)
	g.vals[i] = v
	return g
}

// WithInto is With writing the result into dst, which must be a function
// nothing else refers to (dst may be f itself, or nil); when dst is nil or
// of another length a new function is allocated instead. It returns the
// result. An evaluator uses it to build, for every successor it computes,
// the new value of a variable in one reused function, and copies that
// function (Copy) only for the few successors that are kept.
func (f *FcnV) WithInto(dst *FcnV, i int, v Value) *FcnV {
	if dst == nil || len(dst.vals) != len(f.vals) {
		return f.With(i, v)
	}
	acc := f.h.Load()
	if acc != 0 {
		kh := f.keyHash(i)
		acc += fcnTerm(kh, v.Hash()) - fcnTerm(kh, f.vals[i].Hash())
	}
	dst.h.Store(acc)
	dst.dom, dst.held = f.dom, f.held
	keepOrder(dst, f)
	copy(dst.vals, f.vals)
	dst.vals[i] = v
	return dst
}

// Copy returns a copy of f in memory of its own, with its hash if it is
// already computed: the counterpart of WithInto.
func (f *FcnV) Copy() *FcnV {
	g := newFcn(len(f.vals))
	g.dom, g.held = f.dom, f.held
	keepOrder(g, f)
	copy(g.vals, f.vals)
	g.h.Store(f.h.Load())
	return g
}

// newFcn allocates a function with room for n values in the same
// allocation as the header when n is small (EXCEPT on a state variable is
// the hottest allocation of a model checker). Each small n has a type of
// its own so that the allocation is no larger than it needs to be: the
// garbage collector's work grows with the bytes allocated.
func newFcn(n int) *FcnV {
	// A generic type cannot take an array length as a parameter, so each
	// case names its array type and how to slice it; newFcnIn does the rest.
	switch n {
	case 1:
		return newFcnIn(func(a *[1]Value) []Value { return a[:] })
	case 2:
		return newFcnIn(func(a *[2]Value) []Value { return a[:] })
	case 3:
		return newFcnIn(func(a *[3]Value) []Value { return a[:] })
	case 4:
		return newFcnIn(func(a *[4]Value) []Value { return a[:] })
	case 5:
		return newFcnIn(func(a *[5]Value) []Value { return a[:] })
	case 6:
		return newFcnIn(func(a *[6]Value) []Value { return a[:] })
	case 7:
		return newFcnIn(func(a *[7]Value) []Value { return a[:] })
	case 8:
		return newFcnIn(func(a *[8]Value) []Value { return a[:] })
	}
	return &FcnV{vals: make([]Value, n)}
}

// fcnWith is a function's header and its values, an array A of Value, in
// one allocation.
type fcnWith[A any] struct {
	f FcnV
	a A
}

// newFcnIn allocates a fcnWith[A] and returns its function, whose values
// are the array, sliced by slice.
func newFcnIn[A any](slice func(*A) []Value) *FcnV {
	p := new(fcnWith[A])
	p.f.vals = slice(&p.a)
	return &p.f
}

func (*FcnV) Kind() Kind { return KindFcn }

// Hash hashes the keys and values. It is the sum of one mixed term per
// pair key |-> value, not a hash of their sequence, so that the function
// EXCEPT makes from f can be hashed from f's hash in two terms instead of
// n (WithInto): a model checker fingerprints every successor, and most
// differ from their parent in one position of a function. h caches the
// sum (0: not computed yet).
func (f *FcnV) Hash() uint64 {
	acc := f.h.Load()
	if acc == 0 {
		f.normalize() // TLC's fingerprint normalizes first
		acc = round(seed^tagFcn, uint64(len(f.vals)))
		for i, v := range f.vals {
			acc += fcnTerm(f.keyHash(i), v.Hash())
		}
		f.h.Store(acc)
	}
	return finishCompound(acc)
}

// keyHash is the hash of the i-th key.
func (f *FcnV) keyHash(i int) uint64 {
	if f.dom == nil {
		return IntV(i + 1).Hash()
	}
	return f.dom.elems[i].Hash()
}

// fcnTerm is the part of a function's hash that the pair k |-> v, given
// their hashes, contributes: finished, so that the terms of different
// pairs are independent.
func fcnTerm(kh, vh uint64) uint64 {
	return finish(round(round(seed^tagFcn, kh), vh))
}
