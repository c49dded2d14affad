package value

import "strings"

// TLC keeps an enumerated set ({e1, ..., en}, a SetEnumValue) as written
// and sorts it (normalises it) only when an operation needs its order:
// fingerprinting, printing, comparing, counting or enumerating it. \in
// searches the elements as written, each compared by equals with the
// value sought, and a model value equals nothing but itself without
// error. So m \in {1, "a"} is FALSE in TLC (and 1 \in {1, "a"} TRUE),
// where sorting {1, "a"} is an error (TLC rev cc6b616: MVMix, IntInMix).
//
// A set whose elements can be sorted behaves the same either way, apart
// from its errors, so it is built sorted at once (SetV), which keeps the
// common case fast. MixedSetV is the rare set whose sort fails: it keeps
// its elements as written, answers \in as TLC does, and fails as TLC's
// sort fails in every operation that would sort it.

// MixedSetV is an enumerated set whose elements TLC cannot sort (they
// differ in kind, or hold values that do), kept as written.
type MixedSetV struct {
	elems []Value // as written (duplicates kept)
	err   error   // the error sorting them raises (checkSortable's)
	// Src is the node that built the set (an ast.Expr), which TLC's
	// fingerprint error names; nil when it is not known. Inner are the
	// nodes of the elements whose own methods failed inside the sort
	// ({{1}, {"a"}}: {"a"}'s), which TLC's error names after Src.
	Src   any
	Inner []any
}

// MethodError is an error raised by a method of a value that TLC's value
// knows the node of (an enumerated set: its member, compareTo or
// normalize), which TLC turns into a FingerprintException naming that
// node ("TLC was unable to fingerprint.", 2147). V is the value.
type MethodError struct {
	V   Value
	Err error
}

func (e *MethodError) Error() string { return e.Err.Error() }
func (e *MethodError) Unwrap() error { return e.Err }

// NewSetTLC is the set of elems (in the order written) as TLC's
// SetEnumValue: a sorted SetV when the elements can be sorted, else a
// MixedSetV that fails only where TLC sorts it. The slice is taken over.
func NewSetTLC(elems []Value, src any) SetValue {
	if err := checkSortable(elems); err != nil {
		mixedSeen.Store(true)
		return &MixedSetV{elems: elems, err: err, Src: src}
	}
	return NewSet(elems)
}

func (*MixedSetV) Kind() Kind { return KindSet }

// Hash cannot fail: it hashes the printed form, as lazyHash does for a
// set it cannot enumerate (which also makes State.CheckFingerprint look).
func (s *MixedSetV) Hash() uint64 { return lazyHash(s) }

// String prints the elements as written: TLC's own print sorts them and
// fails, and is not reached in a verdict TLC gives.
func (s *MixedSetV) String() string {
	var b strings.Builder
	s.write(&b)
	return b.String()
}

func (s *MixedSetV) write(b *strings.Builder) { writeList(b, "{", s.elems, "}") }

// fail is the sort's error, raised by a method of s.
func (s *MixedSetV) fail() error { return &MethodError{V: s, Err: s.err} }

// Enum and Size sort the set, as TLC's elements() and size() do: an error.
func (s *MixedSetV) Enum() (*SetV, error) { return nil, s.fail() }
func (s *MixedSetV) Size() (int64, error) { return 0, s.fail() }

// Member searches the elements as written, as TLC's ValueVec.search on a
// set not normalised: each element's equals with x, the first true or
// the first error ending it.
func (s *MixedSetV) Member(x Value) (bool, error) {
	return memberAsWritten(s, s.elems, x)
}

// memberAsWritten is x \in set by elems in order, TLC's linear search: the
// element is "this" of equals, so an error is worded after it.
func memberAsWritten(set Value, elems []Value, x Value) (bool, error) {
	for _, e := range elems {
		eq, err := EqualChecked(e, x)
		if err != nil {
			// e.equals(x) in set's member: both name their nodes
			// (FInitCup: {<<1>>} \cup {[a |-> 1]}).
			return false, &MethodError{V: set, Err: InMethod(e, err)}
		}
		if eq {
			return true, nil
		}
	}
	return false, nil
}

// Failed is the chain of values whose methods raised s's sort error
// under s itself, outermost first ({"a"} in {{1}, {"a"}}).
func (s *MixedSetV) Failed() []Value {
	var out []Value
	for e := s.err; ; {
		m, ok := e.(*MethodError)
		if !ok {
			return out
		}
		out = append(out, m.V)
		e = m.Err
	}
}

// Written is the elements as written; callers must not modify it.
func (s *MixedSetV) Written() []Value { return s.elems }

// SortError is the error sorting s raises.
func (s *MixedSetV) SortError() error { return s.err }

// MemberAsWritten is x \in s as TLC's SetEnumValue.member searches a set
// it has not normalised (memberAsWritten): s's elements in order, SetV's
// sorted. ok is false when s is not an enumerated set.
func MemberAsWritten(s Value, x Value) (in, ok bool, err error) {
	switch t := s.(type) {
	case *SetV:
		in, err = memberAsWritten(t, t.elems, x)
	case *MixedSetV:
		in, err = memberAsWritten(t, t.elems, x)
	default:
		return false, false, nil
	}
	return in, true, err
}
