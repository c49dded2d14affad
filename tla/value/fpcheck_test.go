package value

import (
	"strings"
	"testing"
)

func TestCheckFingerprint(t *testing.T) {
	one := NewSet([]Value{Int(1)})
	twoElems := NewSet([]Value{Int(1), Int(2)})
	src := "node"
	for _, tc := range []struct {
		name    string
		v       Value
		want    string // "" : fingerprints
		sourced bool
	}{
		{"Nat", Nat, "TLC has found a state in which the value of a variable contains Nat", false},
		{"Seq", &SeqSetV{Base: one}, "contains Seq({1})", false},
		{"fcnset domain", &FcnSetV{Dom: Nat, Rng: one, Src: src}, "[D -> R],but the domain D:\nNat\ncannot be enumerated.", true},
		{"fcnset range", &FcnSetV{Dom: one, Rng: IntSet, Src: src}, "but the range R:\nInt\n", true},
		{"subset Nat", &SubsetV{Base: Nat, Src: src}, "number of elements in the overridden value Nat.", true},
		{"product", &ProductV{Sets: []SetValue{one, Nat}, Src: src}, "can't enumerate s1:\nNat", true},
		{"cup", &CupV{A: one, B: Nat, Src: src}, "S \\cup T when S:\n{1}\nand T:\nNat\nare not both", true},
		{"in a tuple", Tuple(Int(1), Nat), "contains Nat", false},
		{"in a set", NewSet([]Value{Nat}), "contains Nat", false},
		{"nested fcnset", &FcnSetV{Dom: &FcnSetV{Dom: Nat, Rng: one, Src: "inner"}, Rng: one, Src: src}, "domain D:\nNat", true},
		{"subset finite", &SubsetV{Base: twoElems}, "", false},
		{"fcnset finite", &FcnSetV{Dom: twoElems, Rng: one}, "", false},
		{"interval", &IntervalV{Lo: 1, Hi: 3}, "", false},
		{"bad set", &BadSetV{Text: "SUBSET 3", Fp: &FingerprintError{Msg: "m", Src: src}}, "m", true},
	} {
		err := CheckFingerprint(tc.v)
		if tc.want == "" {
			if err != nil {
				t.Errorf("%s: %v, want none", tc.name, err)
			}
			continue
		}
		fe, ok := err.(*FingerprintError)
		if !ok {
			t.Errorf("%s: %v, want a FingerprintError", tc.name, err)
			continue
		}
		if !strings.Contains(fe.Msg, tc.want) {
			t.Errorf("%s: %q, want it to hold %q", tc.name, fe.Msg, tc.want)
		}
		if (fe.Src != nil) != tc.sourced {
			t.Errorf("%s: source %v, want sourced %v", tc.name, fe.Src, tc.sourced)
		}
	}
}

// A state holding a set that cannot be enumerated is found once it is
// fingerprinted, which is when the check costs anything.
func TestStateCheckFingerprint(t *testing.T) {
	s := State{Int(1), Tuple(&SeqSetV{Base: NewSet([]Value{Int(1)})})}
	_ = s.Fingerprint()
	err := s.CheckFingerprint()
	if err == nil || !strings.Contains(err.Error(), "contains Seq({1})") {
		t.Fatalf("CheckFingerprint = %v, want the Seq({1}) error", err)
	}
	ok := State{Int(1), &SubsetV{Base: NewSet([]Value{Int(1), Int(2)})}}
	_ = ok.Fingerprint()
	if err := ok.CheckFingerprint(); err != nil {
		t.Fatalf("CheckFingerprint(SUBSET {1, 2}) = %v", err)
	}
}

// A tuple holding a set that cannot be fingerprinted names the node that
// built it, once noted; one holding only values is not remembered.
func TestNoteSource(t *testing.T) {
	tup := Tuple(Int(1), Nat)
	if fe := CheckFingerprint(tup).(*FingerprintError); fe.Src != nil {
		t.Fatalf("source %v before NoteSource", fe.Src)
	}
	NoteSource(tup, "tuple node")
	if fe := CheckFingerprint(tup).(*FingerprintError); fe.Src != "tuple node" {
		t.Fatalf("source %v, want the tuple's node", fe.Src)
	}
	plain := Tuple(Int(1), Int(2))
	NoteSource(plain, "plain")
	if _, ok := sources.Load(plain.(*FcnV)); ok {
		t.Fatalf("a tuple of integers was remembered")
	}
}
