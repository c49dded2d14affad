package value

import (
	"strings"
	"testing"
)

// A cursor visits exactly Enum's elements in Enum's order (TLC's order for
// quantifiers and CHOOSE), for every kind of lazy set and the empty cases.
func TestCursorFollowsEnum(t *testing.T) {
	ints := func(xs ...int64) *SetV {
		var vs []Value
		for _, x := range xs {
			vs = append(vs, Int(x))
		}
		return NewSet(vs)
	}
	strs := NewSet([]Value{Alphabetical.Str("b"), Alphabetical.Str("a")})
	abc := []Value{Alphabetical.Str("a"), Alphabetical.Str("b"), Alphabetical.Str("c")}
	sets := []SetValue{
		ints(3, 1, 2),
		EmptySet,
		&IntervalV{Lo: -2, Hi: 3},
		&IntervalV{Lo: 3, Hi: 2},
		&SubsetV{Base: ints(1, 2, 3, 4)},
		&SubsetV{Base: EmptySet},
		&SubsetV{Base: strs},
		&SubsetV{Base: &SubsetV{Base: ints(1, 2)}},
		&FcnSetV{Dom: ints(1, 2, 3), Rng: ints(5, 4)},
		&FcnSetV{Dom: strs, Rng: ints(0, 1, 2)},
		&FcnSetV{Dom: ints(2, 5), Rng: &SubsetV{Base: ints(1)}},
		&FcnSetV{Dom: EmptySet, Rng: ints(1)},
		&FcnSetV{Dom: ints(1), Rng: EmptySet},
		&ProductV{Sets: []SetValue{ints(2, 1), strs, &IntervalV{Lo: 0, Hi: 1}}},
		&ProductV{Sets: []SetValue{ints(2, 1), EmptySet}},
		&RcdSetV{Keys: abc, Sets: []SetValue{ints(1, 2), strs, ints(7, 6)}},
		&CupV{A: ints(1, 9), B: &IntervalV{Lo: 2, Hi: 4}},
	}
	for _, s := range sets {
		want, err := s.Enum()
		if err != nil {
			t.Fatalf("%s: %v", s, err)
		}
		e, err := Prepare(s)
		if err != nil {
			t.Fatalf("%s: %v", s, err)
		}
		for pass := 0; pass < 2; pass++ { // a cursor starts anew each time
			c := e.Cursor()
			var got []Value
			for v, ok := c.Next(); ok; v, ok = c.Next() {
				got = append(got, v)
			}
			if _, ok := c.Next(); ok {
				t.Errorf("%s: an element after the end", s)
			}
			if g := SetFromSorted(got); len(got) != want.Len() || g.String() != want.String() {
				t.Errorf("%s: cursor visits %v, want %s", s, got, want)
				continue
			}
			for i, v := range got {
				if !Equal(v, want.elems[i]) || v.Hash() != want.elems[i].Hash() {
					t.Errorf("%s: element %d is %s, want %s", s, i, v, want.elems[i])
				}
			}
		}
	}
}

// Preparing SUBSET (1..40) builds none of its elements: the first few come at once, where Enum refuses
// the set as too large (a quantifier that stops early never pays for it).
// SUBSET (1..70), past any 64-bit count, is walked too, as TLC walks it
// (CHOOSE s \in SUBSET (1..70) : TRUE, model/testdata/tlc/setoverflow).
func TestCursorIsLazy(t *testing.T) {
	big := []SetValue{
		&SubsetV{Base: &IntervalV{Lo: 1, Hi: 40}},
		&SubsetV{Base: &IntervalV{Lo: 1, Hi: 21}},
		&SubsetV{Base: &IntervalV{Lo: 1, Hi: 70}},
	}
	for _, s := range big {
		if _, err := s.Enum(); !TooLarge(err) {
			t.Fatalf("%s: Enum error %v, want too large", s, err)
		}
		e, err := Prepare(s)
		if err != nil {
			t.Fatalf("%s: %v", s, err)
		}
		c := e.Cursor()
		var prev Value
		for i := 0; i < 100; i++ {
			v, ok := c.Next()
			if !ok {
				t.Fatalf("%s: ended after %d elements", s, i)
			}
			if prev != nil && Compare(prev, v) >= 0 {
				t.Fatalf("%s: %s after %s is out of order", s, v, prev)
			}
			prev = v
		}
	}
	if _, err := Prepare(&SubsetV{Base: Nat}); err == nil || !strings.Contains(err.Error(), "infinite") {
		t.Errorf("SUBSET Nat: error %v", err)
	}
}
