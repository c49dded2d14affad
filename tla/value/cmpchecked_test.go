package value

import "testing"

// TestNewSetCheckedMixedKinds: elements TLC cannot compare while it sorts
// a set fail with TLC's message (checked against TLC rev cc6b616), also
// inside sets and functions of the same kind; mixes TLC accepts still
// build a set.
func TestNewSetCheckedMixedKinds(t *testing.T) {
	var st *Strings
	a := st.Str("a")
	rec := func(v Value) Value { return FcnFromPairs([]Value{a}, []Value{v}) }
	bad := []struct {
		name  string
		elems []Value
		want  string
	}{
		{"int-str", []Value{Int(1), a}, "Attempted to compare string \"a\" with non-string:\n1"},
		{"nested", []Value{Set(Int(1)), Set(Int(2)), Set(a)}, "Attempted to compare string \"a\" with non-string:\n2"},
		{"rcdset-subset", []Value{Set(rec(Int(1)), rec(Int(2))), &SubsetV{Base: Set(Int(3)).(*SetV)}},
			"Attempted to compare the set {} with the value:\n[a |-> 1]"},
		{"interval-strs", []Value{&IntervalV{Lo: 1, Hi: 2}, Set(a, st.Str("b"))}, "Attempted to compare string \"a\" with non-string:\n1"},
		{"tuple-set", []Value{Tuple(Int(1)), Set(Int(2))}, "Attempted to compare the set {2} with the value:\n<<1>>"},
		{"tuple-rec", []Value{Tuple(Int(1)), rec(Int(1))}, "Attempted to compare record:\n[a |-> 1]\nwith non-record\n<<1>>"},
		{"nat", []Value{Int(1), Nat}, "Attempted to compare overridden value Nat with non-overridden value:\n1"},
	}
	for _, c := range bad {
		_, err := NewSetChecked(c.elems)
		if err == nil || err.Error() != c.want {
			t.Errorf("%s: error %v, want %q", c.name, err, c.want)
		}
	}
	good := []struct {
		name  string
		elems []Value
		n     int
	}{
		{"sizes", []Value{Set(Int(1), Int(2)), Set(a)}, 2},
		{"fcn-tuple", []Value{Tuple(Int(1), Int(2)), FcnFromPairs([]Value{Int(1), Int(2)}, []Value{Int(1), Int(2)}), Tuple(Int(3))}, 2},
		{"fcn-rec", []Value{FcnFromPairs([]Value{a}, []Value{Int(1)}), rec(Int(2))}, 2},
		{"dup", []Value{Set(Int(1)), Set(Int(1))}, 1},
		{"nat-nat", []Value{Nat, Nat}, 1},
	}
	for _, c := range good {
		s, err := NewSetChecked(c.elems)
		if err != nil || s.Len() != c.n {
			t.Errorf("%s: %v, %v; want %d elements", c.name, s, err, c.n)
		}
	}
}

// TestComparableScalars: the sets checkSortable need not replay are those
// of one scalar kind; a mix of kinds, or any compound value, is replayed
// (and int-str above fails there).
func TestComparableScalars(t *testing.T) {
	var st *Strings
	for _, c := range []struct {
		elems []Value
		want  bool
	}{
		{[]Value{Int(3), Int(1), Int(2)}, true},
		{[]Value{st.Str("b"), st.Str("a")}, true},
		{[]Value{Bool(true), Bool(false)}, true},
		{[]Value{Int(1), st.Str("a")}, false},
		{[]Value{Int(1), Bool(true)}, false},
		{[]Value{Int(1), Set(Int(1))}, false},
		{[]Value{Tuple(Int(1)), Tuple(Int(2))}, false},
	} {
		if got := comparableScalars(c.elems); got != c.want {
			t.Errorf("comparableScalars(%v) = %v, want %v", c.elems, got, c.want)
		}
	}
}
