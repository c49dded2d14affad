package value

import (
	"encoding/json"
	"strings"
	"testing"
)

func TestCanonicalForms(t *testing.T) {
	tup := Tuple(Int(1), Int(2))
	fromPairs := FcnFromPairs([]Value{Int(2), Int(1)}, []Value{Int(2), Int(1)})
	if !Equal(tup, fromPairs) || tup.Hash() != fromPairs.Hash() {
		t.Errorf("<<1, 2>> != (2 :> 2 @@ 1 :> 1): %v vs %v", tup, fromPairs)
	}
	rec := Alphabetical.Record("b", Alphabetical.Str("x"), "a", Int(1))
	pairs := FcnFromPairs([]Value{Alphabetical.Str("a"), Alphabetical.Str("b")}, []Value{Int(1), Alphabetical.Str("x")})
	if !Equal(rec, pairs) || rec.Hash() != pairs.Hash() {
		t.Errorf("record != function on strings")
	}
	if got := rec.String(); got != `[a |-> 1, b |-> "x"]` {
		t.Errorf("record prints %s", got)
	}
	s1 := Set(Int(3), Int(1), Int(2), Int(1))
	s2 := Set(Int(1), Int(2), Int(3))
	iv := &IntervalV{Lo: 1, Hi: 3}
	if !Equal(s1, s2) || s1.Hash() != s2.Hash() || s1.Hash() != iv.Hash() || !Equal(s1, iv) {
		t.Errorf("sets not canonical: %v %v %v", s1, s2, iv)
	}
	if Equal(Set(), Tuple()) {
		t.Errorf("{} = <<>>")
	}
	if (&IntervalV{Lo: 3, Hi: 1}).Hash() != EmptySet.Hash() {
		t.Errorf("empty interval hash differs from {}")
	}
}

func TestPrint(t *testing.T) {
	cases := []struct {
		v    Value
		want string
	}{
		{Int(-5), "-5"},
		{Bool(true), "TRUE"},
		{Alphabetical.Str("s"), `"s"`},
		{Alphabetical.Model("c1"), "c1"},
		{Set(Int(2), Int(1)), "{1, 2}"},
		{Tuple(), "<<>>"},
		{Tuple(Int(1), Alphabetical.Str("a")), `<<1, "a">>`},
		{FcnFromPairs([]Value{Int(3), Int(1)}, []Value{Int(4), Int(2)}), "(1 :> 2 @@ 3 :> 4)"},
		{Set(Alphabetical.Model("c2"), Alphabetical.Str("none"), Alphabetical.Model("c1")), `{c1, c2, "none"}`},
		// TLC's toString enumerates a set of functions, records or
		// tuples of fewer than 2000 elements, SUBSET S when S has fewer
		// than 7, and writes the others as written (TLC rev cc6b616:
		// PrintT([{1} -> BOOLEAN]), PrintT([1..2 -> 1..50]), golden
		// lazyprint).
		{&FcnSetV{Dom: NewSet([]Value{Int(1)}), Rng: Boolean}, "{<<FALSE>>, <<TRUE>>}"},
		{&FcnSetV{Dom: &IntervalV{Lo: 1, Hi: 2}, Rng: &IntervalV{Lo: 1, Hi: 50}}, "[1..2 -> 1..50]"},
		{&SubsetV{Base: NewSet([]Value{Int(1), Int(2)})}, "{{}, {1}, {2}, {1, 2}}"},
		{&SubsetV{Base: &IntervalV{Lo: 1, Hi: 7}}, "SUBSET (1..7)"},
		{&ProductV{Sets: []SetValue{NewSet([]Value{Int(1)}), NewSet([]Value{Int(2), Int(3)})}}, "{<<1, 2>>, <<1, 3>>}"},
		{&ProductV{Sets: []SetValue{NatV{}, NewSet([]Value{Int(2)})}}, "(Nat \\X {2})"},
	}
	for _, c := range cases {
		if got := c.v.String(); got != c.want {
			t.Errorf("got %s, want %s", got, c.want)
		}
	}
}

func TestEqualChecked(t *testing.T) {
	if _, err := EqualChecked(Int(1), Alphabetical.Str("a")); err == nil || !strings.Contains(err.Error(), "Attempted to check equality of integer 1 with non-integer") {
		t.Errorf("1 = \"a\": err %v", err)
	}
	if eq, err := EqualChecked(Alphabetical.Model("c1"), Alphabetical.Str("a")); eq || err != nil {
		t.Errorf("c1 = \"a\": %v %v", eq, err)
	}
	if eq, err := EqualChecked(Alphabetical.Model("c1"), Alphabetical.Model("c1")); !eq || err != nil {
		t.Errorf("c1 = c1: %v %v", eq, err)
	}
	if _, err := EqualChecked(Set(Int(1)), Set(Alphabetical.Str("a"))); err == nil {
		t.Errorf("{1} = {\"a\"} should fail")
	}
	if _, err := NewSetChecked([]Value{Int(1), Alphabetical.Str("a")}); err == nil {
		t.Errorf("{1, \"a\"} should fail")
	}
	if _, err := NewSetChecked([]Value{Alphabetical.Model("c"), Alphabetical.Str("a")}); err != nil {
		t.Errorf("{c, \"a\"}: %v", err)
	}
	if _, err := Set(Alphabetical.Str("a")).(*SetV).Member(Int(1)); err == nil {
		t.Errorf("1 \\in {\"a\"} should fail")
	}
}

func TestCompareOrder(t *testing.T) {
	ordered := []Value{
		Alphabetical.Model("a"), Alphabetical.Model("b"), False, True, Int(-3), Int(2), Alphabetical.Str("a"), Alphabetical.Str("b"),
		Tuple(Int(5)), Tuple(Int(1), Int(1)), Tuple(Int(1), Int(2)),
		Set(), Set(Int(9)), Set(Int(1), Int(2)),
	}
	for i := range ordered {
		for j := range ordered {
			c := Compare(ordered[i], ordered[j])
			want := cmpInt(int64(i), int64(j))
			if c != want {
				t.Errorf("Compare(%v, %v) = %d, want %d", ordered[i], ordered[j], c, want)
			}
		}
	}
}

func TestLazyMembership(t *testing.T) {
	seq := &SeqSetV{Base: Nat}
	in, err := seq.Member(Tuple(Int(1), Int(0)))
	if !in || err != nil {
		t.Errorf("<<1, 0>> \\in Seq(Nat): %v %v", in, err)
	}
	in, _ = seq.Member(Tuple(Int(-1)))
	if in {
		t.Errorf("<<-1>> \\in Seq(Nat)")
	}
	if _, err := seq.Enum(); err == nil {
		t.Errorf("enumerating Seq(Nat) should fail")
	}
	fs := &FcnSetV{Dom: NewSet([]Value{Alphabetical.Model("a"), Alphabetical.Model("b")}), Rng: Boolean}
	f := FcnFromPairs([]Value{Alphabetical.Model("b"), Alphabetical.Model("a")}, []Value{True, False})
	if in, err := fs.Member(f); !in || err != nil {
		t.Errorf("f \\in [S -> BOOLEAN]: %v %v", in, err)
	}
	e, err := fs.Enum()
	if err != nil || e.Len() != 4 || !e.Contains(f) {
		t.Errorf("enum [S -> BOOLEAN] = %v, %v", e, err)
	}
	sub := &SubsetV{Base: NewSet([]Value{Int(1), Int(2), Int(3)})}
	e, err = sub.Enum()
	if err != nil || e.Len() != 8 || !Equal(e.Elems()[0], EmptySet) {
		t.Errorf("SUBSET {1,2,3} = %v %v", e, err)
	}
	if in, err := sub.Member(Set(Int(1), Int(3))); !in || err != nil {
		t.Errorf("{1, 3} \\in SUBSET: %v %v", in, err)
	}
	rs := &RcdSetV{Keys: []Value{Alphabetical.Str("a"), Alphabetical.Str("b")}, Sets: []SetValue{Boolean, &IntervalV{Lo: 1, Hi: 2}}}
	if in, err := rs.Member(Alphabetical.Record("a", True, "b", Int(2))); !in || err != nil {
		t.Errorf("record membership %v %v", in, err)
	}
	if in, _ := rs.Member(Alphabetical.Record("a", True)); in {
		t.Errorf("[a |-> TRUE] \\in [a : BOOLEAN, b : 1..2]")
	}
	if e, err := rs.Enum(); err != nil || e.Len() != 4 {
		t.Errorf("enum rcdset %v %v", e, err)
	}
	if _, err := Nat.Member(Alphabetical.Str("x")); err == nil {
		t.Errorf(`"x" \in Nat should fail`)
	}
	if in, err := Nat.Member(Alphabetical.Model("m")); in || err != nil {
		t.Errorf(`m \in Nat: %v %v`, in, err)
	}
	big := &SubsetV{Base: &IntervalV{Lo: 1, Hi: 40}}
	if _, err := big.Enum(); err == nil {
		t.Errorf("SUBSET 1..40 enumerated")
	}
}

func TestFingerprint(t *testing.T) {
	s1 := State{Int(1), Set(Alphabetical.Str("a")), Tuple(True)}
	s2 := State{Int(1), Set(Alphabetical.Str("a")), FcnFromPairs([]Value{Int(1)}, []Value{True})}
	s3 := State{Int(2), Set(Alphabetical.Str("a")), Tuple(True)}
	if s1.Fingerprint() != s2.Fingerprint() {
		t.Errorf("equal states, different fingerprints")
	}
	if s1.Fingerprint() == s3.Fingerprint() {
		t.Errorf("different states, same fingerprint")
	}
	if (State{nil, Int(1)}).Fingerprint() == (State{Int(1), nil}).Fingerprint() {
		t.Errorf("partial states collide")
	}
	big := make(State, 40)
	for i := range big {
		big[i] = Int(int64(i))
	}
	big2 := big.Clone()
	big2[39] = Int(0)
	if big.Fingerprint() == big2.Fingerprint() {
		t.Errorf("big states collide")
	}
}

func TestToITF(t *testing.T) {
	v := Tuple(Int(5), Set(Alphabetical.Model("c1")), Alphabetical.Record("a", True),
		FcnFromPairs([]Value{Alphabetical.Str("x"), Int(7)}, []Value{Int(1), Int(2)}))
	b, err := json.Marshal(ToITF(v))
	if err != nil {
		t.Fatal(err)
	}
	want := `[{"#bigint":"5"},{"#set":["c1"]},{"a":true},{"#map":[[{"#bigint":"7"},{"#bigint":"2"}],["x",{"#bigint":"1"}]]}]` // a sequence: a JSON array (ADR-015)
	if string(b) != want {
		t.Errorf("ITF %s\nwant %s", b, want)
	}
}

func TestIntNoAlloc(t *testing.T) {
	n := testing.AllocsPerRun(100, func() { _ = Int(1000) })
	if n != 0 {
		t.Errorf("Int(1000) allocates %v", n)
	}
}

func BenchmarkFingerprint(b *testing.B) {
	clients := []Value{Alphabetical.Model("c1"), Alphabetical.Model("c2"), Alphabetical.Model("c3"), Alphabetical.Model("c4"), Alphabetical.Model("c5")}
	owner := FcnFromSorted(clients, []Value{Alphabetical.Str("none"), clients[0], Alphabetical.Str("none"), clients[3], Alphabetical.Str("none")}).(*FcnV)
	want := FcnFromSorted(clients, []Value{True, False, True, False, False}).(*FcnV)
	s := State{owner, want, Int(3)}
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		// A fresh owner each time, as after an EXCEPT, so the hash is not cached.
		s[0] = owner.With(i%5, clients[i%5])
		_ = s.Fingerprint()
	}
}

func BenchmarkFingerprintCached(b *testing.B) {
	clients := []Value{Alphabetical.Model("c1"), Alphabetical.Model("c2"), Alphabetical.Model("c3")}
	s := State{FcnFromSorted(clients, []Value{True, False, True}), Int(3), Alphabetical.Str("x")}
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		_ = s.Fingerprint()
	}
}

func TestLazySetsEnumerateLikeTheirElements(t *testing.T) {
	base := NewSet([]Value{Int(1), Int(2)})
	cases := []struct {
		lazy SetValue
		want string
	}{
		{&IntervalV{Lo: 2, Hi: 4}, "{2, 3, 4}"},
		{&SubsetV{Base: base}, "{{}, {1}, {2}, {1, 2}}"},
		{&ProductV{Sets: []SetValue{base, NewSet([]Value{Alphabetical.Str("a")})}}, `{<<1, "a">>, <<2, "a">>}`},
		{&CupV{A: base, B: &IntervalV{Lo: 2, Hi: 3}}, "{1, 2, 3}"},
		{&CapV{A: Nat, B: NewSet([]Value{Int(-1), Int(1)})}, "{1}"},
		{&DiffV{A: &IntervalV{Lo: 1, Hi: 4}, B: base}, "{3, 4}"},
	}
	for _, c := range cases {
		e, err := c.lazy.Enum()
		if err != nil {
			t.Errorf("%s: %v", c.lazy, err)
			continue
		}
		if e.String() != c.want {
			t.Errorf("%s enumerates as %s, want %s", c.lazy, e, c.want)
		}
		if c.lazy.Hash() != e.Hash() || !Equal(c.lazy, e) {
			t.Errorf("%s: hash or equality differs from its enumeration", c.lazy)
		}
		n, err := c.lazy.Size()
		if err != nil || n != int64(e.Len()) {
			t.Errorf("%s: size %d %v", c.lazy, n, err)
		}
	}
	for _, inf := range []SetValue{Nat, IntSet, StringSet, &SeqSetV{Base: base}, &CupV{A: Nat, B: base}} {
		if _, err := inf.Enum(); err == nil || !strings.Contains(err.Error(), "infinite") {
			t.Errorf("%s: enumeration error %v", inf, err)
		}
	}
	if got := ToITF(Nat); got.(map[string]any)["#unserializable"] != "Nat" {
		t.Errorf("ITF of Nat: %v", got)
	}
}

func TestStateHelpers(t *testing.T) {
	s := State{Int(1), nil}
	c := s.Clone()
	c[1] = Int(2)
	if s[1] != nil || s.Equal(c) || !s.Equal(State{Int(1), nil}) {
		t.Errorf("Clone/Equal: %v %v", s, c)
	}
}
