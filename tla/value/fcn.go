package value

import (
	"sort"
	"sync/atomic"
)

// FcnV is a function value. Tuples, sequences and records are functions too:
// when the domain is 1..n the keys are not stored (keys is nil), which is the
// one canonical form of such a function; otherwise keys are sorted by
// Compare and vals are aligned with them.
type FcnV struct {
	keys []Value // nil: the domain is 1..len(vals)
	vals []Value
	h    atomic.Uint64
}

// EmptyTuple is <<>>, the function with an empty domain.
var EmptyTuple Value = &FcnV{}

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
// e.g. Record("a", Int(1), "b", Str("x")). It panics on a malformed argument
// list, which is a programming error in the caller.
func Record(fieldsAndValues ...any) Value {
	if len(fieldsAndValues)%2 != 0 {
		panic("value.Record: odd number of arguments")
	}
	n := len(fieldsAndValues) / 2
	keys := make([]Value, n)
	vals := make([]Value, n)
	for i := 0; i < n; i++ {
		keys[i] = Str(fieldsAndValues[2*i].(string))
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
	return &FcnV{keys: keys, vals: vals}
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

// IsTuple reports whether the domain is 1..n (so f is a tuple/sequence).
func (f *FcnV) IsTuple() bool { return f.keys == nil }

// IsRecord reports whether the domain is a non-empty set of strings.
func (f *FcnV) IsRecord() bool {
	if len(f.keys) == 0 {
		return false
	}
	for _, k := range f.keys {
		if _, ok := k.(*StrV); !ok {
			return false
		}
	}
	return true
}

// Key returns the i-th domain element (0-based, in canonical order).
func (f *FcnV) Key(i int) Value {
	if f.keys == nil {
		return Int(int64(i + 1))
	}
	return f.keys[i]
}

// At returns the i-th value (0-based, aligned with Key(i)).
func (f *FcnV) At(i int) Value { return f.vals[i] }

// Elems returns the values of a tuple in order; callers must not modify the
// returned slice.
func (f *FcnV) Elems() []Value { return f.vals }

// Index finds the position of key x in the domain, or -1.
func (f *FcnV) Index(x Value) int {
	if f.keys == nil {
		n, ok := x.(IntV)
		if !ok || n < 1 || int64(n) > int64(len(f.vals)) {
			return -1
		}
		return int(n) - 1
	}
	// Model values used as keys are interned and usually few: scanning
	// by identity avoids comparisons.
	if m, ok := x.(*MV); ok && len(f.keys) <= 8 {
		for i, k := range f.keys {
			if k == m {
				return i
			}
		}
		return -1
	}
	lo, hi := 0, len(f.keys)
	for lo < hi {
		mid := (lo + hi) / 2
		c := Compare(f.keys[mid], x)
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

// Field returns r.name for a record.
func (f *FcnV) Field(name string) (Value, bool) {
	if f.keys == nil {
		return nil, false
	}
	lo, hi := 0, len(f.keys)
	for lo < hi {
		mid := (lo + hi) / 2
		s, ok := f.keys[mid].(*StrV)
		var c int
		switch {
		case !ok:
			c = -1
			if f.keys[mid].Kind() > KindString {
				c = 1
			}
		case s.s == name:
			return f.vals[mid], true
		case s.s < name:
			c = -1
		default:
			c = 1
		}
		if c < 0 {
			lo = mid + 1
		} else {
			hi = mid
		}
	}
	return nil, false
}

// Domain returns DOMAIN f as a set.
func (f *FcnV) Domain() SetValue {
	if f.keys == nil {
		if len(f.vals) == 0 {
			return EmptySet
		}
		return &IntervalV{Lo: 1, Hi: int64(len(f.vals))}
	}
	return &SetV{elems: f.keys}
}

// With returns a copy of f with the value at position i replaced by v; the
// domain is shared, not copied.
func (f *FcnV) With(i int, v Value) *FcnV {
	g := newFcn(len(f.vals))
	g.keys = f.keys
	copy(g.vals, f.vals)
	g.vals[i] = v
	return g
}

// newFcn allocates a function with room for n values in the same
// allocation as the header when n is small (EXCEPT on a state variable is
// the hottest allocation of a model checker).
func newFcn(n int) *FcnV {
	switch {
	case n <= 2:
		p := new(struct {
			f FcnV
			a [2]Value
		})
		p.f.vals = p.a[:n]
		return &p.f
	case n <= 4:
		p := new(struct {
			f FcnV
			a [4]Value
		})
		p.f.vals = p.a[:n]
		return &p.f
	case n <= 8:
		p := new(struct {
			f FcnV
			a [8]Value
		})
		p.f.vals = p.a[:n]
		return &p.f
	}
	return &FcnV{vals: make([]Value, n)}
}

func (*FcnV) Kind() Kind { return KindFcn }

// Hash hashes the keys and values; cached after the first call.
func (f *FcnV) Hash() uint64 {
	if h := f.h.Load(); h != 0 {
		return h
	}
	acc := round(seed^tagFcn, uint64(len(f.vals)))
	for i, v := range f.vals {
		if f.keys == nil {
			acc = round(acc, IntV(i+1).Hash())
		} else {
			acc = round(acc, f.keys[i].Hash())
		}
		acc = round(acc, v.Hash())
	}
	h := finishCompound(acc)
	f.h.Store(h)
	return h
}
