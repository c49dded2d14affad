package model

import (
	"path/filepath"
	"testing"
)

// TestLiveBranches checks TLC's "satisfiability problem has N branches"
// on testdata/Branches.tla, one PROPERTIES set at a time, against TLC's
// numbers (rev cc6b616, -workers 1). TLC bins the disjuncts of the negated
// properties by their tableau: <>P and P ~> Q each need one (P2 P3: 2);
// []<>P, <>[]P, []<><<A>>_v and a negated WF share the one bin of the
// disjuncts that need none (P4 P5: 1; P6, a whole Spec with two WF, 1);
// []P is checked as an invariant and adds nothing (P1 P2: 1).
func TestLiveBranches(t *testing.T) {
	for _, c := range []struct {
		props string
		want  int
	}{{"P2", 1}, {"P3", 1}, {"P4", 1}, {"P5", 1}, {"P6", 1}, {"P7", 1}, {"P1 P2", 1},
		{"P2 P3", 2}, {"P4 P5", 1}, {"P2 P6", 2}, {"P3 P6", 2}, {"P1 P4 P5", 1}} {
		rep := checkCfgText(t, filepath.Join("testdata", "Branches.tla"), "SPECIFICATION Spec\nPROPERTIES "+c.props+"\n", 1)
		if rep.LiveBranches != c.want {
			t.Errorf("PROPERTIES %s: %d branches, want TLC's %d", c.props, rep.LiveBranches, c.want)
		}
	}
}
