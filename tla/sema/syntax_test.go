package sema

import (
	"strings"
	"testing"
)

// TestUnsupportedSyntax: what the parser reads but eval does not compute is
// rejected here, at the construct's position (units start on line 3).
func TestUnsupportedSyntax(t *testing.T) {
	tests := []struct{ units, pos, msg string }{
		{"RECURSIVE F(_)\nF(n) == F(n)", "3:1", "unsupported: RECURSIVE"},
		{"Op(F(_), x) == x", "3:4", "unsupported: operator parameter F (higher-order operator)"},
		{`a \prec b == a`, "3:3", `unsupported: definition of the operator \prec`},
		{"-. a == a", "3:1", "unsupported: definition of the operator -."},
		{"a ^+ == a", "3:3", "unsupported: definition of the operator ^+"},
		{"F(x) == x\nA == F(LAMBDA y : y)", "4:8", "unsupported: LAMBDA"},
		{"F(x) == x\nA == F( + )", "4:9", "unsupported: operator + passed as an argument"}, // F(+) is F applied to (+), in SANY too
		{`A == {1} \subset {1, 2}`, "3:10", `unsupported: \subset`},
		{"A == 1 / 2", "3:8", "unsupported: real division"},
		{"A == 1 ++ 2", "3:8", "unsupported: user-definable operator ++"},
		{`A == {1} \cdot {2}`, "3:10", `unsupported: user-definable operator \cdot`},
		{"A == {1}^+", "3:9", "unsupported: user-definable operator ^+"},
		{`A == \E x : x = 1`, "3:9", `unsupported: unbounded quantifier or CHOOSE over x (write x \in S)`},
		{`A == CHOOSE x : x = 1`, "3:13", "unsupported: unbounded quantifier or CHOOSE over x"},
		{`A == \EE x : x = 1`, "3:6", `unsupported: temporal quantifier \EE`},
		{"A == LET RECURSIVE g(_) g(n) == n IN 1", "3:10", "unsupported: RECURSIVE"},
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

// TestTheoremsSkipped: TLC neither checks proofs nor evaluates theorems and
// axioms, so whatever they contain (names never defined, unbounded
// quantifiers, RECURSIVE-free but unsupported syntax) is not an error.
// Labels and n-ary products are supported and checked like their bodies.
func TestTheoremsSkipped(t *testing.T) {
	m := parseMod(t, "Naturals", `VARIABLE x
THEOREM T == \A n : Undefined(n) \prec 0
<1>1. \E y : y = 1
  BY DEF Undefined
<1>. QED OBVIOUS
AXIOM 1 = 2
USE DEF Foo
A == lab:: x \in {1} \X {2} \X {3}`)
	if err := Check(m, nil); err != nil {
		t.Fatalf("theorems and proofs should be skipped: %v", err)
	}
	m = parseMod(t, "Naturals", "A == lab:: y = 1")
	if err := Check(m, nil); err == nil || !strings.Contains(err.Error(), "undefined name y") {
		t.Errorf("a label's body is checked: got %v", err)
	}
}
