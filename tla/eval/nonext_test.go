package eval

import (
	"strings"
	"testing"
)

// TestNoNext: a model without a next-state relation loads, marked NoNext
// (TLC computes its initial states before its error 2115), unless it has
// an invariant or a property to check (TLC's 2232), and a constant TRUE
// property does not count (TLC drops it first). The golden runs are
// cmd/wspcycle's TestTLCNits (NoNext*).
func TestNoNext(t *testing.T) {
	const mod = "---- MODULE M ----\nVARIABLE x\nInit == x = 0\nNext == x' = x\nInv == x = 0\nT == TRUE\n" +
		"NoBox == Init\nLab == Init /\\ lab :: [][Next]_x\nPost == FALSE\n===="
	for _, c := range []struct {
		name, cfg string
		noNext    bool // else: the 2232 error
	}{
		{"init only", "INIT Init", true},
		{"init and postcondition", "INIT Init\nPOSTCONDITION Post", true},
		{"true property", "INIT Init\nPROPERTY T", true},
		{"spec without box", "SPECIFICATION NoBox", true},
		{"labelled box", "SPECIFICATION Lab", true},
		{"invariant", "INIT Init\nINVARIANT Inv", false},
		{"property", "SPECIFICATION NoBox\nPROPERTY Lab", false},
	} {
		sp, err := loadText(t, mod, c.cfg)
		if !c.noNext {
			if err == nil || !strings.Contains(err.Error(), noNextMsg) {
				t.Errorf("%s: got %v, want %q", c.name, err, noNextMsg)
			}
			continue
		}
		if err != nil {
			t.Errorf("%s: %v", c.name, err)
			continue
		}
		if !sp.NoNext || sp.CheckDeadlock || len(sp.Postconditions) > 0 {
			t.Errorf("%s: NoNext %v, CheckDeadlock %v, Postcondition %v; want a model without next-state relation, deadlock check or postcondition", c.name, sp.NoNext, sp.CheckDeadlock, sp.Postconditions)
		}
	}
}
