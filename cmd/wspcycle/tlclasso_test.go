package main

import (
	"path/filepath"
	"testing"
)

// TestTLCLassoGolden: the counterexample of a violated temporal property,
// on small specs where the choice of lasso is not obvious, is one TLC
// prints (model/testdata/tlc/lasso, TLC's runs with -workers 1 on the spec
// and cfg of each name, plain and -tool; see the README there):
//
//   - TwoCycles: two bad cycles, one nearer the initial state;
//   - LeadsTo: x = 1 ~> x = 5, violated by a cycle after x = 1 (a tableau);
//   - EvAlways (<>[]P), AlwaysEv ([]<>P, a cycle behind a P state);
//   - StutterEnd: a behaviour ending by stuttering after three steps;
//   - StrongFair: SF rules out the cycle where its action is enabled;
//   - Ring: one large SCC, the cycle built inside it;
//   - General: []<>P /\ (Q ~> R), a tableau with an acceptance condition;
//   - Several: one lasso violating three properties of four, which
//     TLC's message names all ("Temporal properties Never, Rare, and
//     Settles were violated.");
//   - Conj: a lasso violating both properties, one of them a conjunction
//     of two temporal formulas, named once by its cfg name;
//   - Deepest, DeepCycle, TwoInits, DeepAlwaysEv: the bad cycle TLC
//     reports is the first its depth-first search from the first initial
//     state finishes, not the one nearest an initial state (Deepest
//     stutters at x = 2, the last state before x = 3, not at x = 0;
//     DeepCycle and DeepAlwaysEv go round 3 <-> 4, behind 1 <-> 5;
//     TwoInits goes round 3 <-> 4 from x = 0, the first initial state, not
//     10 <-> 11 from the other);
//   - TableauPrefix: []((x # 4) => <>[](x # 4)), checked on the product
//     with a tableau: the prefix is the shortest in states (from x = 1, in
//     three steps), as TLC's, not in steps of the product, where the
//     tableau may take a step of its own (from x = 0, in four);
//   - LeadsStutter, LeadsInit, AlwaysEvStutter, NoSpec: no fairness, the
//     behaviour ends stuttering at the last state the search finishes
//     first, and as the property's negation asks more of the cycle than
//     stuttering (P ~> Q, []<>P; not <>P: Deepest), TLC warns that
//     fairness may be missing: 2259 naming Spec's definition by its
//     range, or with INIT and NEXT (NoSpec) 2257.
//
// TLC's lasso depends on its fingerprints, whose polynomial it draws at
// random on each run (the "fp N" of its second line; -fp chooses it): the
// successors of a state are added to its behaviour graph in the order of a
// hash table of their fingerprints (tlc2.util.SetOfStates), and its
// depth-first search for SCCs and its construction of the cycle follow
// that order. Where TLC's runs print two different lassos (TwoCycles and
// LeadsTo: half of -fp 0 to 7 print one, half the other), both are kept,
// NAME.MODE.out and NAME.MODE.alt.out, and ours must be one of them; the
// other specs gave one lasso for every -fp from 0 to 7 (the four of the
// search's order for every -fp from 0 to 4).
func TestTLCLassoGolden(t *testing.T) {
	dir := filepath.Join("..", "..", "model", "testdata", "tlc", "lasso")
	for _, name := range []string{"TwoCycles", "LeadsTo", "EvAlways", "AlwaysEv", "StutterEnd", "StrongFair", "Ring", "General", "Several", "Conj",
		"Deepest", "DeepCycle", "TwoInits", "DeepAlwaysEv", "TableauPrefix",
		"LeadsStutter", "LeadsInit", "AlwaysEvStutter", "NoSpec"} {
		tlcGoldenRun(t, dir, name, nil, 13, withAlternate())
	}
}
