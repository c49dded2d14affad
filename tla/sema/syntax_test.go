package sema

import (
	"strings"
	"testing"
)

// TestUnsupportedSyntax: what the parser reads but eval does not compute is
// rejected here, at the construct's position (units start on line 3).
func TestUnsupportedSyntax(t *testing.T) {
	tests := []struct{ units, pos, msg string }{
		{`A == {1} \subset {1, 2}`, "3:10", `undefined operator \subset`},
		{"A == 1 / 2", "3:8", "undefined operator / (it is defined in the standard module Reals"},
		// User-definable symbols nobody defines, and RECURSIVE misused.
		{"A == 1 ++ 2", "3:8", "undefined operator ++"},
		{`A == {1} \odot {2}`, "3:10", `undefined operator \odot`},
		{"A == {1}^+", "3:9", "undefined operator ^+"},
		{"F(G(_), x) == G(x)\nA == F( ** , 1)", "4:9", "undefined operator **"},
		{"RECURSIVE F(_)\nA == 1", "3:11", "the operator F is declared RECURSIVE but not defined"},
		{"RECURSIVE F(_)\nF(n, m) == F(n)", "4:1", "F is declared RECURSIVE with 1 parameter but defined with 2"},
		{"A == LET RECURSIVE g(_) IN 1", "3:20", "the operator g is declared RECURSIVE but not defined"},
		{"F(n) == F(n)", "3:9", "undefined name F"},
	}
	for _, tt := range tests {
		err := Check(parseMod(t, "Naturals", tt.units), nil)
		if err == nil {
			t.Errorf("%q: no error", tt.units)
			continue
		}
		first := strings.SplitN(err.Error(), "\n", 2)[0]
		if !strings.HasPrefix(first, "M.tla:"+tt.pos+": ") || !strings.Contains(first, tt.msg) {
			t.Errorf("%q: got %s, want %s %q", tt.units, first, tt.pos, tt.msg)
		}
	}
}

// TestOwnPrefixMinus: a module's own -. a == ... is TLC's operator for
// -e where Integers does not define it first (TLC rev cc6b616, goldens
// RdNeg* in model/testdata/tlc/redefs); with EXTENDS Integers it is
// defined twice.
func TestOwnPrefixMinus(t *testing.T) {
	if err := Check(parseMod(t, "Naturals", "-. a == a\nA == -1"), nil); err != nil {
		t.Errorf("own -. over Naturals: %v", err)
	}
	if err := Check(parseMod(t, "Naturals", "B == LET -. b == b IN -2"), nil); err != nil {
		t.Errorf("own -. over Naturals: %v", err)
	}
	if err := Check(parseMod(t, "Integers", "-. a == a\nA == -1"), nil); err == nil || !strings.Contains(err.Error(), "multiply-defined symbol -.") {
		t.Errorf("own -. with Integers: got %v, want multiply-defined", err)
	}
}

// TestTemporalQuantifierLeftToUse: SANY accepts \EE and \AA, and TLC
// checks a spec whose unused definition has one (TLC rev cc6b616, golden
// TempQuantUnused in model/testdata/tlc/difftest); it refuses one only
// where it evaluates it, and so does the evaluator. Here it was refused
// wherever it was written.
func TestTemporalQuantifierLeftToUse(t *testing.T) {
	for _, units := range []string{`A == \EE x : x = 1`, `A == \AA x : <>(x = 1)`} {
		if err := Check(parseMod(t, "Naturals", units), nil); err != nil {
			t.Errorf("%q: %v", units, err)
		}
	}
}

// TestTheoremsSkipped: TLC neither checks proofs nor evaluates theorems and
// axioms, so whatever they contain (names never defined, unbounded
// quantifiers, RECURSIVE-free but unsupported syntax) is not an error.
// Labels and n-ary products are supported and checked like their bodies.
// TestHigherOrderResolves: recursive and higher-order operators,
// user-definable symbols and unbounded quantifiers resolve (eval gives
// them their meaning).
func TestHigherOrderResolves(t *testing.T) {
	m := parseMod(t, "Naturals", `RECURSIVE F(_), G(_)
F(n) == IF n = 0 THEN 0 ELSE G(n - 1)
G(n) == IF n = 0 THEN 1 ELSE F(n - 1)
a \prec b == a < b
s ^+ == s
Op(H(_), _ ** _, x) == H(x) ** x
A == Op(F, \prec, 1) /\ Op(LAMBDA y : y + 1, +, 2) /\ {1}^+ = {1}
B == LET RECURSIVE h(_) h(n) == IF n = 0 THEN 0 ELSE h(n - 1) IN h(3)
C == CHOOSE v : v \notin {1} /\ (\E y : y = 1) /\ \A y, z : y = z`)
	if err := Check(m, nil); err != nil {
		t.Fatal(err)
	}
}

// SANY checks what a theorem states and the names its proof uses (TLC
// rev cc6b616 refuses THEOREM Undef = 1 and PROOF BY Undef: goldens
// ThmUndef, ThmProofUndef in cmd/wspcycle), while what an axiom states
// need not hold (a false AXIOM does not stop TLC).
func TestTheoremsChecked(t *testing.T) {
	m := parseMod(t, "Naturals", `VARIABLE x
THEOREM T == \A n : Undefined(n) \prec 0
<1>1. \E y : y = 1
  BY DEF Undefined2
<1>. QED OBVIOUS
AXIOM 1 = 2
A == lab:: x \in {1} \X {2} \X {3}`)
	err := Check(m, nil)
	if err == nil || !strings.Contains(err.Error(), "undefined name Undefined") || !strings.Contains(err.Error(), "undefined name Undefined2") {
		t.Fatalf("a theorem's undefined names should be errors, got %v", err)
	}
	m = parseMod(t, "Naturals", `VARIABLE x
THEOREM T == ASSUME NEW n \in Nat, n > 0 PROVE n + 0 = n
<1>1. PICK k \in Nat : k = n
  BY DEF T
<1> DEFINE m == n
<1>. QED BY <1>1, T DEF m
AXIOM 1 = 2
A == lab:: x \in {1} \X {2} \X {3}`)
	if err := Check(m, nil); err != nil {
		t.Fatalf("theorems with good proofs, a false axiom: %v", err)
	}
	m = parseMod(t, "Naturals", "A == lab:: y = 1")
	if err := Check(m, nil); err == nil || !strings.Contains(err.Error(), "undefined name y") {
		t.Errorf("a label's body is checked: got %v", err)
	}
}
