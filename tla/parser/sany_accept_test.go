package parser

import (
	"fmt"
	"strings"
	"testing"
)

// sanyAccepts: modules SANY parses (and TLC rev cc6b616 reads without a
// parse or semantic error), which this parser once rejected. Each comment
// says what SANY does with it.
var sanyAccepts = []struct{ name, src string }{
	// SANY's label check compares the operator before the label with the
	// last operator it read in the label's body (its lastOp), not with the
	// body's outermost one: TLC accepts these, whose labels swallow a
	// conjunct (a /\ lab:: ~b /\ c, without the last ~, is refused).
	{"label body ending in a tighter operator", "CONSTANT a, b, c, f\nVARIABLE x\nA == a /\\ lab:: ~b /\\ ~c\nB == a /\\ lab:: b /\\ f[c]\nC == a /\\ lab:: b /\\ x'"},
	// A theorem's proof may start at any level, <0> included: its
	// enclosing level is -1 (tla+.jj correctLevel).
	{"level 0 steps", "THEOREM TRUE\n<0>1. TRUE\n  <1>1. QED\n<0>2. QED BY <0>1"},
	// A deeper step begins the previous step's proof, whatever the gap.
	{"level gap", "THEOREM TRUE\n<1>1. TRUE\n  <5>1. QED\n<1>2. QED"},
	// A QED step takes a proof of its own.
	{"QED with a subproof", "THEOREM TRUE\n<1>1. TRUE\n<1>2. QED\n  <2>1. QED"},
	// PICK, CASE and SUFFICES steps take proofs.
	{"steps that take proofs", "THEOREM TRUE\n<1>1. PICK x : TRUE OBVIOUS\n<1>2. CASE TRUE OBVIOUS\n<1>3. SUFFICES TRUE OBVIOUS\n<1>4. QED OBVIOUS"},
	// A step name of an enclosing proof in a subproof's BY; <*>1 in BY.
	{"step names in BY", "THEOREM TRUE\n<1>1. TRUE\n  <2>1. TRUE BY <1>1\n  <2>2. QED BY <*>1\n<1>2. QED"},
	// A selector after a step name picks a subexpression of the step's
	// formula: <1>1!1 is its first operand, <1>1!2 its second (TLC reads
	// this spec without error).
	{"step name selectors", "THEOREM TRUE\n<1>1. TRUE /\\ TRUE OBVIOUS\n<1>2. QED BY <1>1!1, <1>1!2"},
	// After EXTENDS, SANY reads a keyword as a module's name (TLC then
	// cannot find the module IF: testdata ExtendsKeyword in
	// model/tlcout/sany).
	{"keyword module names", "EXTENDS Naturals, IF, CASE\nA == 1"},
	// <*> continues the current level; PROOF <*> begins one level down.
	{"star steps", "THEOREM TRUE\n<1>1. TRUE\n  PROOF <*> QED\n<*> QED"},
	// USE ONLY is a proof step.
	{"USE ONLY step", "A == 1\nTHEOREM TRUE\n<1>1. USE ONLY A\n<1>3. QED"},
	// SANY turns any keyword after '.' into an identifier (tla+.jj
	// isFieldNameToken): r.IF, r.WF_, r._; TRUE, FALSE, BOOLEAN and
	// STRING are identifiers to SANY.
	{"keyword fields", "r == [a |-> 1]\nA == r.IF\nB == r.THEN.ELSE\nC == r.WF_\nD == r._\nE == r.TRUE.BOOLEAN\nF == r.CONSTANTS'"},
	// The same after ! in EXCEPT, and as a record constructor's first
	// field (only the first: a later IF is an error, errors_test.go).
	{"keyword in EXCEPT", "r == [a |-> 1]\nA == [r EXCEPT !.IF = 2, !.a.LET = 3, !._ = 4]"},
	{"keyword first field", "A == [IF |-> 1]\nB == [_ |-> 1, x |-> 2]\nC == [WF_ |-> 1].WF_"},
	// TRUE, FALSE, BOOLEAN, STRING are field names anywhere (SANY warns
	// that the field does not take the built-in's value).
	{"built-in names as fields", "A == [TRUE |-> 1, FALSE |-> 2]\nB == [a : {1}, BOOLEAN : {2}]\nC == [STRING : {1}]"},
}

func TestSANYAccepts(t *testing.T) {
	for _, tt := range sanyAccepts {
		t.Run(tt.name, func(t *testing.T) {
			if _, err := ParseFile("M.tla", []byte(mod(tt.src))); err != nil {
				t.Errorf("%q: %v", tt.src, err)
			}
		})
	}
}

// nestedProof is a theorem whose proof nests n proofs: step <i>1 of each
// level is proved by the next level, and each level ends with <i>2. QED.
func nestedProof(n int) string {
	var b strings.Builder
	b.WriteString("THEOREM TRUE\n")
	for i := 1; i <= n; i++ {
		fmt.Fprintf(&b, "<%d>1. TRUE\n", i)
	}
	for i := n; i >= 1; i-- {
		fmt.Fprintf(&b, "<%d>2. QED\n", i)
	}
	return b.String()
}

// TestProofNesting checks SANY's limit of 100 nested proofs: SANY accepts
// nestedProof(100) (the theorem's proof and 99 subproofs inside it, at
// depth 0 to 99) and rejects nestedProof(101) with "Proofs nested more
// than 100deep." (it gives no position; ours is the step that would begin
// the 101st proof, <101>1 on line 103).
func TestProofNesting(t *testing.T) {
	if _, err := ParseFile("M.tla", []byte(mod(nestedProof(100)))); err != nil {
		t.Fatalf("100 nested proofs: %v", err)
	}
	e := firstError(t, []byte(mod(nestedProof(101))))
	if !strings.Contains(e.Msg, "proofs nested more than 100 deep") || e.Pos.Line != 103 || e.Pos.Col != 1 {
		t.Errorf("101 nested proofs: got %v, want 'proofs nested more than 100 deep' at 103:1", e)
	}
}
