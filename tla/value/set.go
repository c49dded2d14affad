package value

import (
	"fmt"
	"sort"
	"sync/atomic"
)

// SetValue is any set: an enumerated SetV or a symbolic one (interval, Nat,
// SUBSET S, [S -> T], ...) that answers membership without enumerating.
type SetValue interface {
	Value
	// Member reports whether v is an element. Comparing values TLC cannot
	// compare (1 \in {"a"}) is an error.
	Member(v Value) (bool, error)
	// Enum returns the canonical enumeration; an infinite or too large set
	// is an error.
	Enum() (*SetV, error)
	// Size is the number of elements; an infinite set is an error.
	Size() (int64, error)
}

// DefaultSetBound is TLC's default bound on the elements of a set it builds
// (TLCGlobals.setBound, TLC's -maxSetSize).
const DefaultSetBound = 1000000

// setBound is the bound MaxEnum reports: set once per run (wspcycle tlc
// -maxSetSize, wspcycle check -maxSetSize) before any evaluation.
var setBound atomic.Int64

func init() { setBound.Store(DefaultSetBound) }

// MaxEnum bounds the number of elements an enumeration may produce, as
// TLC's -maxSetSize bounds the sets it builds (ValueVec.ensureCapacity): a
// set of more elements is TLC's "Attempted to construct a set with too
// many elements (>N).", not an answer TLC would not give, and SUBSET of a
// large set is an error rather than memory exhaustion.
func MaxEnum() int64 { return setBound.Load() }

// SetMaxEnum sets the bound MaxEnum reports (n >= 1).
func SetMaxEnum(n int64) { setBound.Store(n) }

// SetV is an enumerated set, its elements sorted by Compare without
// duplicates.
type SetV struct {
	elems []Value
	h     atomic.Uint64
}

// EmptySet is {}.
var EmptySet = &SetV{}

// Boolean is BOOLEAN = {FALSE, TRUE}.
var Boolean = &SetV{elems: []Value{False, True}}

// Set returns the set of the given elements, canonicalised (the arguments
// are copied).
func Set(elems ...Value) Value { return NewSet(append([]Value(nil), elems...)) }

// NewSet canonicalises elems (sorting and removing duplicates in place)
// and returns the set. The slice is taken over.
func NewSet(elems []Value) *SetV {
	if len(elems) == 0 {
		return EmptySet
	}
	sorted := true
	for i := 1; i < len(elems); i++ {
		if Compare(elems[i-1], elems[i]) >= 0 {
			sorted = false
			break
		}
	}
	if !sorted {
		sort.Slice(elems, func(i, j int) bool { return Compare(elems[i], elems[j]) < 0 })
		out := elems[:1]
		for _, e := range elems[1:] {
			if Compare(out[len(out)-1], e) != 0 {
				out = append(out, e)
			}
		}
		elems = out
	}
	return &SetV{elems: elems}
}

// NewSetChecked is NewSet, but fails as TLC does when it cannot compare
// the elements while it sorts them: a set holding both 1 and "a", or sets
// or functions whose elements differ in kind ({{1}, {"a"}}, {<<1>>, [a |->
// 1]}). A builtin infinite set such as Nat among other values is TLC's
// overridden value, which compares with nothing but itself.
func NewSetChecked(elems []Value) (*SetV, error) {
	if err := checkSortable(elems); err != nil {
		return nil, err
	}
	return NewSet(elems), nil
}

// isOverridden reports whether v is one of the sets TLC implements in Java
// (Nat, Int, STRING), which compare with no other value.
func isOverridden(v Value) bool {
	switch v.(type) {
	case NatV, IntSetV, StringSetV:
		return true
	}
	return false
}

func overriddenError(v, o Value) error {
	return fmt.Errorf("Attempted to compare overridden value %s with non-overridden value:\n%s", v, o)
}

// SetFromSorted wraps elements already in canonical order.
func SetFromSorted(elems []Value) *SetV {
	if len(elems) == 0 {
		return EmptySet
	}
	return &SetV{elems: elems}
}

// Elems returns the elements in canonical order; callers must not modify it.
func (s *SetV) Elems() []Value { return s.elems }

// Len is the number of elements.
func (s *SetV) Len() int { return len(s.elems) }

func (*SetV) Kind() Kind             { return KindSet }
func (s *SetV) Enum() (*SetV, error) { return s, nil }
func (s *SetV) Size() (int64, error) { return int64(len(s.elems)), nil }
func (s *SetV) index(x Value) (int, bool) {
	lo, hi := 0, len(s.elems)
	for lo < hi {
		mid := (lo + hi) / 2
		c := Compare(s.elems[mid], x)
		if c == 0 {
			return mid, true
		}
		if c < 0 {
			lo = mid + 1
		} else {
			hi = mid
		}
	}
	return lo, false
}

// Member reports whether x is in s, failing as TLC does when x cannot be
// compared with the elements.
func (s *SetV) Member(x Value) (bool, error) {
	normalizeFcn(x) // TLC compares x with the elements, which normalizes it
	if m, ok := x.(*MV); ok {
		for _, e := range s.elems {
			if e == Value(m) {
				return true, nil
			}
		}
		return false, nil
	}
	if s == Boolean && x.Kind() != KindBool {
		// TLC's BOOLEAN is a sorted SetEnumValue: its member looks x up
		// by binary search, x.compareTo(TRUE) first, an error worded
		// after x's class (TLC rev cc6b616: InB1, 1 \in BOOLEAN).
		if _, err := compareChecked(x, True); err != nil {
			if k := x.Kind(); k == KindSet || k == KindFcn {
				// Raised in x's own method: TLC names x's node
				// (InB5: {1} \in BOOLEAN).
				return false, &MethodError{V: x, Err: err}
			}
			return false, err
		}
		return false, nil
	}
	if HoldsMixed(x) {
		// TLC compares x with the elements by equals, which sorts the
		// unsortable set x holds: an error, not Compare's verdict.
		return memberAsWritten(s, s.elems, x)
	}
	at, ok := s.index(x)
	if ok {
		return true, nil
	}
	for _, e := range s.elems {
		if e.Kind() != KindModel {
			if e.Kind() != x.Kind() {
				// TLC compares the element with x: e.equals(x), in
				// a method of the set (which names its node).
				return false, &MethodError{V: s, Err: equalityError(e, x)}
			}
			break
		}
	}
	if err := s.shapeCheck(x, at); err != nil {
		// In s's member, which names s's node around the element's
		// (B2SubsetMemShape: {[a |-> 1]} \in SUBSET {<<1>>}).
		return false, InMethod(s, err)
	}
	return false, nil
}

// shapeCheck is TLC's error for x \in s when x is of the elements' kind
// but not of their shape: a record among tuples, {"a"} among sets of
// integers, a function over strings among functions over integers. TLC
// looks x up element by element (e.equals(x), in a set just built) or by
// binary search (x.compareTo(e)), and either comparison fails where ours,
// a total order, says "not there" (TLC rev cc6b616: [a |-> 1] \in {<<1>>}
// and {"a"} \in {{1}} are errors, golden MemShape). The first element and
// the two beside x's place (at) stand for the others: the elements of a set
// of one shape all fail alike, so the check stays O(1) per failed lookup.
func (s *SetV) shapeCheck(x Value, at int) error {
	switch x.Kind() {
	case KindFcn, KindSet:
	default:
		return nil // atoms of one kind always compare
	}
	for _, i := range [...]int{0, at - 1, at} {
		if i < 0 || i >= len(s.elems) {
			continue
		}
		e := s.elems[i]
		if e.Kind() != x.Kind() || sameShape(e, x) {
			continue
		}
		if _, err := EqualChecked(e, x); err != nil {
			if HoldsMixed(e) {
				// TLC's e.equals(x) sorts the set e holds,
				// in a method of s, which names s first.
				return &MethodError{V: s, Err: err}
			}
			// e.equals(x), a method of e, which names e's node
			// when the replay built it (FInitTupIn: <<1>> \in
			// {[a |-> 1]}).
			return InMethod(e, err)
		}
	}
	return nil
}

// sameShape reports, cheaply, that comparing a with b cannot fail: atoms
// of one kind, or functions over one shared domain (or tuples of one
// length) whose values are so pairwise. False means "maybe": shapeCheck
// then compares them as TLC does (EqualChecked), which is the rare case,
// so a miss in a set of records costs a walk of x, not a comparison per
// neighbour.
func sameShape(a, b Value) bool {
	switch x := a.(type) {
	case IntV:
		_, ok := b.(IntV)
		return ok
	case BoolV:
		_, ok := b.(BoolV)
		return ok
	case *StrV:
		_, ok := b.(*StrV)
		return ok
	case *FcnV:
		y, ok := b.(*FcnV)
		if !ok || len(x.vals) != len(y.vals) || x.held != y.held {
			return false
		}
		if x.dom != y.dom || x.dom == nil && x.held != heldDefault {
			return false
		}
		for i := range x.vals {
			if !sameShape(x.vals[i], y.vals[i]) {
				return false
			}
		}
		return true
	}
	return false
}

// Contains is Member without the comparability check.
func (s *SetV) Contains(x Value) bool {
	_, ok := s.index(x)
	return ok
}

// Hash hashes the elements in order; cached.
func (s *SetV) Hash() uint64 {
	if h := s.h.Load(); h != 0 {
		return h
	}
	acc := round(seed^tagSet, uint64(len(s.elems)))
	for _, e := range s.elems {
		acc = round(acc, e.Hash())
	}
	h := finishCompound(acc)
	s.h.Store(h)
	return h
}

func incomparable(a, b Value) error {
	return fmt.Errorf("Attempted to compare %s %s with non-%s:\n%s",
		a.Kind(), a, a.Kind(), b)
}

// vecStart is the room a TLC ValueVec starts with (its default capacity).
const vecStart = 10

func tooLarge(s Value) error {
	return tooLargeError{fmt.Sprintf("Attempted to construct a set with too many elements (>%d).", MaxEnum())}
}

// CheckBuilt is TLC's refusal of a set being built once it holds n
// elements, more than MaxEnum (TLC's ValueVec grows to the bound and no
// further): nil when n is within it. TLC counts what it adds, before
// removing duplicates: a set map's images, a union's two operands. A
// ValueVec starts with room for vecStart elements and refuses only when
// it must grow while its room already reaches the bound, so a bound
// below vecStart refuses past vecStart (-maxSetSize 5 lets a set of 10
// be built: golden setbound/Below10).
func CheckBuilt(n int) error {
	if int64(n) > max(MaxEnum(), vecStart) {
		return tooLarge(nil)
	}
	return nil
}

// tooLargeError is the refusal to enumerate a set of more than MaxEnum
// elements: a lazy enumeration (Prepare) goes on past it.
type tooLargeError struct{ msg string }

func (e tooLargeError) Error() string { return e.msg }

func infinite(s Value) error {
	return &InfiniteError{Set: s}
}

// InfiniteError is the refusal to enumerate an infinite set, Set: TLC's
// words for it depend on where it was to be enumerated (a quantifier's
// bound, x \in S in an action, ...).
type InfiniteError struct{ Set Value }

func (e *InfiniteError) Error() string {
	return "Attempted to enumerate the infinite set " + e.Set.String()
}

// lazyHash hashes a symbolic set as its enumeration would hash, so that the
// canonical form is what counts; a set that cannot be enumerated hashes its
// printed form.
func lazyHash(s SetValue) uint64 {
	e, err := s.Enum()
	if err != nil {
		unhashable.Store(true) // State.CheckFingerprint
		return hashString(tagSet, s.String())
	}
	return e.Hash()
}
