package value

import "testing"

func mvs(names ...string) []*MV {
	out := make([]*MV, len(names))
	for i, n := range names {
		out[i] = Alphabetical.Model(n).(*MV)
	}
	return out
}

// TestPermute permutes values of every shape and checks the results are
// canonical (equal, by Equal and by hash, to the value built directly).
func TestPermute(t *testing.T) {
	a, b, c := Alphabetical.Model("a"), Alphabetical.Model("b"), Alphabetical.Model("c")
	swap := NewPerm(mvs("a", "b"), mvs("b", "a"))
	cycle := NewPerm(mvs("a", "b", "c"), mvs("b", "c", "a"))
	one, two := Int(1), Int(2)
	for _, tc := range []struct {
		p       *Perm
		in, out Value
	}{
		{swap, a, b},
		{swap, c, c},
		{swap, one, one},
		{swap, Set(a, c), Set(b, c)},
		{cycle, Set(a, b), Set(b, c)},
		{swap, Tuple(a, a, b), Tuple(b, b, a)},
		{swap, Alphabetical.Record("x", a, "y", Set(b)), Alphabetical.Record("x", b, "y", Set(a))},
		// the domain is permuted and sorted again
		{swap, FcnFromPairs([]Value{a, b, c}, []Value{one, two, two}), FcnFromPairs([]Value{b, a, c}, []Value{one, two, two})},
		{cycle, FcnFromPairs([]Value{a, b}, []Value{a, b}), FcnFromPairs([]Value{b, c}, []Value{b, c})},
		{swap, Set(Tuple(a, one), Tuple(b, two)), Set(Tuple(b, one), Tuple(a, two))},
		{swap, &SubsetV{Base: NewSet([]Value{a, c})}, &SubsetV{Base: NewSet([]Value{b, c})}},
		{swap, &FcnSetV{Dom: NewSet([]Value{a}), Rng: NewSet([]Value{one})}, &FcnSetV{Dom: NewSet([]Value{b}), Rng: NewSet([]Value{one})}},
		{swap, &SeqSetV{Base: NewSet([]Value{a})}, &SeqSetV{Base: NewSet([]Value{b})}},
		{swap, &IntervalV{Lo: 1, Hi: 3}, &IntervalV{Lo: 1, Hi: 3}},
	} {
		got, err := Permute(tc.in, tc.p)
		if err != nil {
			t.Errorf("%s %s: %v", tc.p, tc.in, err)
			continue
		}
		if !Equal(got, tc.out) || got.Hash() != tc.out.Hash() || got.String() != tc.out.String() {
			t.Errorf("%s applied to %s = %s, want %s", tc.p, tc.in, got, tc.out)
		}
	}
	// Unchanged values are returned as they are, without allocating.
	s := Set(c, one)
	if got, _ := Permute(s, swap); got != s {
		t.Errorf("a value the permutation does not touch was copied")
	}
}

// TestPermGroup checks the closure of generators into a group, as TLC's
// MVPerms.permutationSubgroup computes it (identity left out).
func TestPermGroup(t *testing.T) {
	ab := NewPerm(mvs("a", "b"), mvs("b", "a"))
	bc := NewPerm(mvs("b", "c"), mvs("c", "b"))
	xy := NewPerm(mvs("x", "y"), mvs("y", "x"))
	cycle := NewPerm(mvs("a", "b", "c"), mvs("b", "c", "a"))
	id := NewPerm(mvs("a"), mvs("a"))
	for _, tc := range []struct {
		name string
		gens []*Perm
		want int
	}{
		{"two transpositions generate S3", []*Perm{ab, bc}, 5},
		{"a 3-cycle generates A3", []*Perm{cycle}, 2},
		{"S2 on {a, b} and S2 on {x, y}: S2 x S2", []*Perm{ab, xy}, 3},
		{"S3 and S2: S3 x S2", []*Perm{ab, bc, xy}, 11},
		{"the identity only", []*Perm{id}, 0},
		{"repeated generators", []*Perm{ab, ab, id}, 1},
	} {
		if got := PermGroup(tc.gens); len(got) != tc.want {
			t.Errorf("%s: %d permutations %v, want %d", tc.name, len(got), got, tc.want)
		}
	}
	if got := ab.Then(bc).String(); got != "[a -> c, b -> a, c -> b]" {
		t.Errorf("(a b) then (b c) = %s", got)
	}
}

// TestComparePermuted checks ComparePermuted against its definition,
// Compare(Permute(v, p), w), over sets large enough for its heap (and a
// one-to-one-ness failure), every permutation of {a, b, c} and several w.
func TestComparePermuted(t *testing.T) {
	a, b, c := Alphabetical.Model("a"), Alphabetical.Model("b"), Alphabetical.Model("c")
	one, two := Int(1), Int(2)
	sets := []Value{
		Set(Tuple(a, one), Tuple(b, one), Tuple(c, two), Tuple(a, two)),
		Set(Tuple(b, one), Tuple(c, one), Tuple(a, two), Tuple(b, two)),
		Set(Tuple(c, one), Tuple(a, one), Tuple(b, two), Tuple(c, two)),
		Set(Tuple(a, one), Tuple(b, one), Tuple(c, one), Tuple(a, two), Tuple(b, two)),
		Set(a, b, c, one, two),
		Set(Tuple(a, one), Tuple(b, one)),
		Set(one, two, Int(3), Int(4)),
		Set(Alphabetical.Record("x", a, "y", Set(b, c)), Alphabetical.Record("x", b, "y", Set(a)), Alphabetical.Record("x", c, "y", EmptySet), Alphabetical.Record("x", a, "y", Set(c))),
		Set(Alphabetical.Record("x", b, "y", Set(a, c)), Alphabetical.Record("x", a, "y", Set(b)), Alphabetical.Record("x", c, "y", EmptySet), Alphabetical.Record("x", b, "y", Set(c))),
		Set(FcnFromPairs([]Value{a, b}, []Value{one, two}), FcnFromPairs([]Value{a, b}, []Value{two, one}),
			FcnFromPairs([]Value{b, c}, []Value{one, one}), FcnFromPairs([]Value{a, c}, []Value{two, a})),
		Set(FcnFromPairs([]Value{a, b}, []Value{one, two}), FcnFromPairs([]Value{b, c}, []Value{two, one}),
			FcnFromPairs([]Value{a, c}, []Value{one, one}), FcnFromPairs([]Value{b, c}, []Value{two, b})),
		Set(Set(a), Set(b), Set(a, b), Set(c), Set(a, c)),
		FcnFromPairs([]Value{a, b, c}, []Value{one, two, a}),
		FcnFromPairs([]Value{a, b, c}, []Value{two, one, c}),
		FcnFromPairs([]Value{a, b, c}, []Value{Alphabetical.Record("x", a), Alphabetical.Record("x", b), Alphabetical.Record("x", a)}),
		FcnFromPairs([]Value{a, b, c}, []Value{Alphabetical.Record("x", c), Alphabetical.Record("x", b), Alphabetical.Record("x", b)}),
		FcnFromPairs([]Value{a, b, Alphabetical.Str("k")}, []Value{one, one, b}),
		Tuple(a, Set(b, c), one),
		Tuple(b, Set(a, c), one),
		Alphabetical.Record("x", Set(a), "y", b),
	}
	perms := PermGroup([]*Perm{NewPerm(mvs("a", "b"), mvs("b", "a")), NewPerm(mvs("b", "c"), mvs("c", "b"))})
	perms = append(perms, NewPerm(mvs("a", "b"), mvs("b", "b"))) // not one-to-one
	for _, v := range sets {
		for _, p := range perms {
			want, err := Permute(v, p)
			if err != nil {
				t.Fatal(err)
			}
			for _, w := range sets {
				c, pv, err := ComparePermuted(v, p, w)
				if err != nil {
					t.Fatal(err)
				}
				if wc := Compare(want, w); c != wc || (c <= 0 && !Equal(pv, want)) || (c > 0 && pv != nil) {
					t.Errorf("%s applied to %s against %s: %d, %v; want %d, %s", p, v, w, c, pv, wc, want)
				}
			}
		}
	}
}
