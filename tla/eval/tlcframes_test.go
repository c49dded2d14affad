package eval

import (
	"strings"
	"testing"
)

// TestTLCActionOperatorArgLevel: TLC's Tool.getActions goes into an
// application only when every argument has level 0; an operator argument
// has the level of its body (SANY), which the compiler tells as it tells
// any expression's: a LAMBDA or a definition that reads a variable makes
// the application one action (located there, named by the operator
// without values), one that reads none is gone into and its label prints
// the operator (TestTLCActionLabels' Ap(<Operator LAMBDA>,6)). The body is
// reached through a definition it uses (Bump reads x through Cur).
func TestTLCActionOperatorArgLevel(t *testing.T) {
	sp := mustLoad(t, `---- MODULE M ----
EXTENDS Naturals
VARIABLE x
Init == x = 0
Ap(F(_), n) == x < 9 /\ x' = F(n)
Cur == x
Bump(m) == m + Cur
Same(m) == m
Next == \/ Ap(LAMBDA m : m + x, 1)
        \/ Ap(Bump, 2)
        \/ Ap(LAMBDA m : m, 3)
        \/ Ap(Same, 4)
====
`, "INIT Init\nNEXT Next\n")
	acts, err := sp.TLCActions()
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, a := range acts {
		l, _ := a.Label()
		if a.App != nil {
			l += "@app"
		}
		got = append(got, l)
	}
	want := "Ap@app Ap@app Ap(<Operator LAMBDA>,3) Ap(<Operator Same>,4)"
	if g := strings.Join(got, " "); g != want {
		t.Fatalf("TLC's actions:\n got %s\nwant %s", g, want)
	}
}
