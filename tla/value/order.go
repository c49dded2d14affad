package value

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf16"
	"unsafe"
)

// The order a function prints in.
//
// A function is always held with its keys sorted by Compare: equality,
// hashing (fingerprints) and lookup depend on it. TLC holds some functions
// otherwise: its Java methods for f @@ g, (+), (-), BagUnion and BagOfAll
// build a FcnRcdValue with its keys in the order they met them and mark it
// not normalized; EXCEPT keeps that order. TLC sorts such a function in
// place (FcnRcdValue.normalize) only when it needs to: when it compares it
// (=, \in, sorting a set), fingerprints it (a state), takes its DOMAIN or
// prints it whole with Print or PrintT (which normalize a copy), and when
// its keys are all integers (isTuple). Until then ToString, an error
// message, an Assert message, an ALIAS or -dumpTrace print its keys in
// the order built: ToString(("b" :> 1) @@ ("a" :> 2)) is
// "[b |-> 1, a |-> 2]" (TLC rev cc6b616, golden hunt5's G23).
//
// wspcycle keeps that order beside the sorted keys, for printing only: the
// domain of such a function is the SetV of an orderedDom, which also
// holds the positions of the keys in the order built, and FcnV.ordered
// says so until something TLC would normalize on (Hash, Compare,
// Domain) clears it. Functions built otherwise carry nothing: their
// header is the same size and nothing on the checker's paths changes but
// one flag read where TLC normalizes.

// orderedDom is the domain of a function whose keys were built in
// another order than Compare's: the sorted set, then order[i], the
// position in elems of the i-th key built.
type orderedDom struct {
	SetV
	order []int32
}

// RecordWritten is the record of the fields dom (sorted, not empty) with
// values vals (in dom's order) whose constructor wrote its fields in
// another order, order[j] being the position in dom of the j-th written:
// TLC's record constructor builds an unnormalized RecordValue, which
// prints its fields as written until TLC normalizes it (an ALIAS's
// record, a record in an error message).
func RecordWritten(dom *SetV, vals []Value, order []int32) Value {
	orderedBuilt.Store(true)
	od := &orderedDom{SetV: SetV{elems: dom.elems}, order: order}
	f := &FcnV{dom: &od.SetV, vals: vals}
	f.ordered.Store(true)
	return f
}

// FcnFromOrdered builds the function mapping keys[i] to vals[i] with its
// keys in that order for printing, as TLC's Java methods build an
// unnormalized FcnRcdValue; a repeated key keeps its first value. Keys
// that are all integers print sorted anyway (TLC's isTuple sorts them),
// so such a function, or one built in sorted order, carries no order.
// The slices are taken over.
func FcnFromOrdered(keys, vals []Value) Value {
	idx := make([]int, len(keys))
	for i := range idx {
		idx[i] = i
	}
	sort.SliceStable(idx, func(a, b int) bool { return Compare(keys[idx[a]], keys[idx[b]]) < 0 })
	k2 := make([]Value, 0, len(keys))
	v2 := make([]Value, 0, len(keys))
	pos := make([]int32, len(keys)) // pos[i]: position of keys[i] in k2, -1 for a repeat
	for _, i := range idx {
		if len(k2) > 0 && Compare(k2[len(k2)-1], keys[i]) == 0 {
			pos[i] = -1
			continue
		}
		pos[i] = int32(len(k2))
		k2 = append(k2, keys[i])
		v2 = append(v2, vals[i])
	}
	order := pos[:0]
	sorted, ints := true, true
	for _, p := range pos {
		if p < 0 {
			continue
		}
		if int(p) != len(order) {
			sorted = false
		}
		order = append(order, p)
	}
	for _, k := range k2 {
		if _, ok := k.(IntV); !ok {
			ints = false
			break
		}
	}
	if sorted || ints {
		return FcnFromSorted(k2, v2)
	}
	orderedBuilt.Store(true)
	od := &orderedDom{SetV: SetV{elems: k2}, order: order}
	f := &FcnV{dom: &od.SetV, vals: v2}
	f.ordered.Store(true)
	return f
}

// printOrder is the position in the sorted keys of each key in the order
// f prints in, nil when that is the sorted order.
func (f *FcnV) printOrder() []int32 {
	if !f.ordered.Load() {
		return nil
	}
	// f.dom is the first field of an orderedDom (FcnFromOrdered, and
	// keepOrder, which copies the flag only with the domain).
	return (*orderedDom)(unsafe.Pointer(f.dom)).order
}

// PrintPos is the position (as Key and At take it) of the i-th key in the
// order f prints in: the order TLC's Java methods walk a function's keys
// in (getDomainAsValues), which is the order TLC built them in until it
// normalizes the function.
func (f *FcnV) PrintPos(i int) int {
	if o := f.printOrder(); o != nil {
		return int(o[i])
	}
	return i
}

// normalize is TLC's FcnRcdValue.normalize on f: from now on f prints
// sorted. Only a flag changes; the keys always were sorted.
func (f *FcnV) normalize() {
	if f.ordered.Load() {
		f.ordered.Store(false)
	}
}

// normalizeFcn is normalize of v when v is a function.
func normalizeFcn(v Value) {
	if f, ok := v.(*FcnV); ok {
		f.normalize()
	}
}

// isName reports whether TLC prints a function whose keys are all strings
// like s as a record (FcnRcdValue.isName): s is letters, digits and
// underscores with at least one letter, and not a fairness operator's
// name (WF_..., SF_...).
func isName(s string) bool {
	letter := false
	for _, r := range s {
		switch {
		case r == '_':
		case unicode.IsLetter(r):
			letter = true
		case unicode.IsDigit(r):
		default:
			return false
		}
	}
	n := len(utf16.Encode([]rune(s)))
	return letter && (n < 4 || !strings.HasPrefix(s, "WF_") && !strings.HasPrefix(s, "SF_"))
}

// keepOrder gives g, a copy of f on f's domain (EXCEPT), f's print order,
// as TLC's takeExcept keeps the order and the mark of its function.
func keepOrder(g, f *FcnV) {
	if f.ordered.Load() {
		g.ordered.Store(true)
	} else if g.ordered.Load() {
		g.ordered.Store(false)
	}
}

// NormalizedTop is v printing sorted when v itself is a function built
// out of order, the values in it left as they are: TLC's normalize of a
// constant definition's value. v is left as it is.
func NormalizedTop(v Value) Value {
	f, ok := v.(*FcnV)
	if !ok || !f.ordered.Load() {
		return v
	}
	g := &FcnV{dom: f.dom, vals: f.vals, held: f.held}
	g.h.Store(f.h.Load())
	return g
}

// Normalized is v with every function in it printing sorted, as TLC's
// Print and PrintT print a value (a copy of it, deepNormalize'd); v itself
// is left as it is. Values holding no function built out of order are
// returned as they are.
func Normalized(v Value) Value {
	switch x := v.(type) {
	case *FcnV:
		var vals []Value
		for i, e := range x.vals {
			if n := Normalized(e); n != e {
				if vals == nil {
					vals = append([]Value(nil), x.vals...)
				}
				vals[i] = n
			}
		}
		if vals == nil && !x.ordered.Load() {
			return x
		}
		if vals == nil {
			vals = x.vals
		}
		g := &FcnV{dom: x.dom, vals: vals, held: x.held}
		g.h.Store(x.h.Load())
		return g
	case *SetV:
		var elems []Value
		for i, e := range x.elems {
			if n := Normalized(e); n != e {
				if elems == nil {
					elems = append([]Value(nil), x.elems...)
				}
				elems[i] = n
			}
		}
		if elems == nil {
			return x
		}
		return &SetV{elems: elems}
	}
	return v
}

// Shape is a description of v's structure such that two values of the
// same shape are compared by TLC's equals without an error (same kinds
// in the same places: integers with integers, records with the same
// fields, tuples whose elements have one shape, sets whose elements have
// one shape), or false when v holds anything else (a model value, a set
// of mixed elements, a lazy set): then only comparing tells. It lets the
// linear searches of TLC's Java methods (f @@ g, (+), BagOfAll), which
// fail on two values TLC cannot compare, be done by hash when all the
// values searched have one shape: they cannot fail.
func Shape(v Value) (string, bool) {
	var b []byte
	b, ok := appendShape(b, v)
	return string(b), ok
}

func appendShape(b []byte, v Value) ([]byte, bool) {
	switch x := v.(type) {
	case IntV:
		return append(b, 'i'), true
	case BoolV:
		return append(b, 'b'), true
	case *StrV:
		return append(b, 's'), true
	case *SetV:
		return appendUniform(append(b, '{'), x.elems, '}')
	case *FcnV:
		switch {
		case x.dom == nil && x.held == heldDefault:
			return appendUniform(append(b, '<'), x.vals, '>')
		case x.dom == nil:
			return nil, false
		}
		b = append(b, '(', '0'+x.held)
		for i, k := range x.dom.elems {
			if s, ok := k.(*StrV); ok {
				b = append(b, s.s...) // a record's field names
				b = append(b, 0)
			} else {
				var ok bool
				if b, ok = appendShape(b, k); !ok {
					return nil, false
				}
			}
			var ok bool
			if b, ok = appendShape(b, x.vals[i]); !ok {
				return nil, false
			}
		}
		return append(b, ')'), true
	}
	return nil, false
}

// appendUniform appends the one shape all of vals have between open and
// close, false when they have not one shape (an empty list has none).
func appendUniform(b []byte, vals []Value, close byte) ([]byte, bool) {
	if len(vals) == 0 {
		return nil, false
	}
	first, ok := Shape(vals[0])
	if !ok {
		return nil, false
	}
	for _, e := range vals[1:] {
		if s, ok := Shape(e); !ok || s != first {
			return nil, false
		}
	}
	return append(append(b, first...), close), true
}
