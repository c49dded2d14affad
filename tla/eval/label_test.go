package eval

import (
	"strings"
	"testing"
)

// TestLabels: a label's value is its body's, in expressions, actions and
// temporal properties; but TLC does not look through a label when it
// splits SPECIFICATION and PROPERTY (checked with TLC rev cc6b616: a
// labelled [][Next]_x conjunct leaves it with "did not specify the next
// state predicate", and a labelled [](x < 2) is checked as a temporal
// property, exit 13, not split off as an invariant: see
// cmd/wspcycle/tlcnits_test.go, Label). So the first is an error here
// and the second a temporal part, never an invariant.
func TestLabels(t *testing.T) {
	const mod = "---- MODULE M ----\nEXTENDS Naturals\nVARIABLE x\nInit == lab:: x = 0\n" +
		"Next == \\E i \\in {1} : step(i):: x' = (x + i) % 3\nInv == inv:: x < 3\n"
	sp := mustLoad(t, mod+"====", "INIT Init\nNEXT Next\nINVARIANT Inv\n")
	s := initStates(t, sp)
	if len(s) != 1 {
		t.Fatalf("%d initial states, want 1", len(s))
	}
	if got := successors(t, sp, s[0]); len(got) != 1 || !strings.Contains(got[0], "1") {
		t.Errorf("successors of x = 0: %v, want x = 1", got)
	}
	// TLC does not look through the label for the next-state relation:
	// the model has none (nonext.go).
	if sp, err := loadText(t, mod+"Spec == Init /\\ (next:: [][Next]_x)\n====", "SPECIFICATION Spec"); err != nil || !sp.NoNext {
		t.Errorf("a labelled [][Next]_x: got %v, want a model without a next-state relation (NoNext)", err)
	}
	sp, err := loadText(t, mod+"Spec == Init /\\ [][Next]_x\nSafe == safe:: [](x < 2)\n====", "SPECIFICATION Spec\nPROPERTY Safe")
	if err != nil {
		t.Fatalf("a labelled [](x < 2): %v", err)
	}
	if len(sp.Properties) != 1 || sp.Properties[0].Name != "Safe" || len(sp.Invariants) != 0 {
		t.Errorf("a labelled [](x < 2): %d properties, %d invariants; want the temporal property Safe and no invariant", len(sp.Properties), len(sp.Invariants))
	}
}
