package eval

import (
	"strings"
	"testing"
)

// TestLabels: a label's value is its body's, in expressions and actions;
// but TLC does not look through a label when it splits SPECIFICATION and
// PROPERTY (checked with TLC: a labelled [][Next]_x conjunct leaves it
// with "did not specify the next state predicate", and a labelled
// [](x < 2) is checked as a temporal property, exit 13, not split off as
// an invariant). So those are refused here rather than read otherwise.
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
	for _, tc := range []struct{ defs, cfg, pos string }{
		{"Spec == Init /\\ (next:: [][Next]_x)", "SPECIFICATION Spec", "M.tla:7:18"},
		{"Spec == Init /\\ [][Next]_x\nSafe == safe:: [](x < 2)", "SPECIFICATION Spec\nPROPERTY Safe", "M.tla:8:9"},
	} {
		_, err := loadText(t, mod+tc.defs+"\n====", tc.cfg)
		if err == nil || !strings.Contains(err.Error(), tc.pos+": unsupported") {
			t.Errorf("%s: got %v, want unsupported at %s", tc.defs, err, tc.pos)
		}
	}
}
