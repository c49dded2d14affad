package value

import (
	"strings"
	"testing"
)

// TestHoldsMixedMember: a value holding a set TLC cannot sort is not
// found equal to an equal-looking element by the total order: TLC's
// equals sorts the set, an error (golden NestEqMix, TupNestMix).
func TestHoldsMixedMember(t *testing.T) {
	var st *Strings
	mixed := func() Value { return NewSetTLC([]Value{Int(1), st.Str("a")}, nil) }
	const sortErr = "Attempted to compare string \"a\" with non-string:\n1"
	for name, c := range map[string]struct{ set, x Value }{
		"set":   {Set(mixed()), mixed()},
		"tuple": {Set(Tuple(mixed())), Tuple(mixed())},
		"same":  {Set(Tuple(mixed())), nil},
		"miss":  {Set(Set(Int(1))), mixed()},
	} {
		x := c.x
		if x == nil {
			x = c.set.(*SetV).Elems()[0] // the element itself
		}
		in, err := c.set.(*SetV).Member(x)
		if err == nil || !strings.Contains(err.Error(), sortErr) {
			t.Errorf("%s: %s \\in %s = %v, %v; want the sort error", name, x, c.set, in, err)
		}
	}
}

// TestSameShapeMiss: the cheap shape test must not hide TLC's error for
// a miss whose shape differs below the top: [a |-> {"a"}] \in {[a |->
// {1}]} (golden MemShape's class), while a miss among records of one
// shape is FALSE without error.
func TestSameShapeMiss(t *testing.T) {
	var st *Strings
	dom := NewSet([]Value{st.Str("a")})
	s := NewSet([]Value{FcnOn(dom, []Value{Set(Int(1))})})
	if _, err := s.Member(FcnOn(dom, []Value{Set(st.Str("a"))})); err == nil {
		t.Error(`[a |-> {"a"}] \in {[a |-> {1}]}: no error`)
	}
	if in, err := s.Member(FcnOn(dom, []Value{Set(Int(2))})); in || err != nil {
		t.Errorf(`[a |-> {2}] \in {[a |-> {1}]} = %v, %v`, in, err)
	}
	r := NewSet([]Value{FcnOn(dom, []Value{Int(1)}), FcnOn(dom, []Value{Int(3)})})
	if in, err := r.Member(FcnOn(dom, []Value{Int(2)})); in || err != nil {
		t.Errorf(`[a |-> 2] \in {[a |-> 1], [a |-> 3]} = %v, %v`, in, err)
	}
}
