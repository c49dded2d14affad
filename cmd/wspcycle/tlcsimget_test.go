package main

import (
	"path/filepath"
	"testing"
)

// TestTLCSimGetGolden compares TLCGet under `wspcycle tlc -simulate` with
// TLC's own runs (rev cc6b616, -workers 1) kept in
// model/testdata/tlc/simget, plain and -tool. TLC's simulator answers
// TLCGet from its own statistics, not the model checker's:
//   - SimGetStatsNext, num=3 -depth 4 -seed 2: TLCGet("stats") in Next is
//     the behaviour being generated (its number; its actions so far by
//     name, [Next |-> 2] after two steps), the behaviours begun, the
//     states generated (the initial state, then each successor), -1 for
//     what a simulator does not count, the mean of the lengths of the
//     behaviours done (4 from the second on);
//   - SimGetStatsInv, num=3 -depth 3 -seed 5: in an invariant, the
//     successor's own action counted, named without its parameters (C
//     for C(5) and C(6)); in the initial states behaviour 0 and the two
//     initial states generated;
//   - SimGetStatsInit, num=2 -depth 2 -seed 5: in Init, nothing counted
//     yet (generated 0), the behaviour's actions an empty record ([]);
//   - SimGetStatsPost, num=6 -depth 10 -seed 8 -deadlock: the lengths'
//     mean and variance as behaviours end early at x >= 8, and in the
//     POSTCONDITION the last behaviour's number (6);
//   - SimGetAction, num=1 -depth 8 -seed 11: TLCGet("action") is the
//     state's action as the trace names it (D for D(7) at its disjunct's
//     range, Next for an inline disjunct, Init for the initial state);
//     the invariant fails at x = 69, exit 12;
//   - SimGetActionParams, num=1 -depth 5 -seed 6: the action of a
//     definition with parameters carries their values (context) and
//     names (parameters), M!Dbl's [k |-> 2], M!Add's [a |-> 3, b |-> 1];
//   - SimGetDiameter, num=2 -depth 3 -seed 1: TLCGet("diameter") is the
//     behaviour's number, 0 for the initial states;
//   - SimGetRegInit, num=3 -depth 3 -seed 1: TLCGet(1) undefined in Init
//     is the Java method's failure nested in TLC's 1000 (exit 255);
//   - SimGetGenerated, num=2 -depth 3 -seed 1: TLCGet("generated") is
//     undefined in the simulator, 2154 standalone with the behaviour;
//   - SimGetCons, num=2 -depth 3 -seed 9: in a CONSTRAINT the successor's
//     action and level, in an ACTION_CONSTRAINT the state's whose
//     successors are computed;
//   - SimGetActNext, num=2 -depth 3 -seed 9: TLCGet("action") in Next.
func TestTLCSimGetGolden(t *testing.T) {
	td := filepath.Join("..", "..", "model", "testdata", "tlc", "simget")
	for _, c := range []struct {
		name string
		args []string
		code int
	}{
		{"SimGetStatsNext", []string{"num=3", "-depth", "4", "-seed", "2"}, 0},
		{"SimGetStatsInv", []string{"num=3", "-depth", "3", "-seed", "5"}, 0},
		{"SimGetStatsInit", []string{"num=2", "-depth", "2", "-seed", "5"}, 0},
		{"SimGetStatsPost", []string{"num=6", "-depth", "10", "-seed", "8", "-deadlock"}, 0},
		{"SimGetAction", []string{"num=1", "-depth", "8", "-seed", "11"}, 12},
		{"SimGetActionParams", []string{"num=1", "-depth", "5", "-seed", "6"}, 0},
		{"SimGetDiameter", []string{"num=2", "-depth", "3", "-seed", "1"}, 0},
		{"SimGetRegInit", []string{"num=3", "-depth", "3", "-seed", "1"}, 255},
		{"SimGetGenerated", []string{"num=2", "-depth", "3", "-seed", "1"}, 255},
		{"SimGetCons", []string{"num=2", "-depth", "3", "-seed", "9"}, 0},
		{"SimGetActNext", []string{"num=2", "-depth", "3", "-seed", "9"}, 0},
	} {
		spec := filepath.Join(td, c.name)
		simGoldenRun(t, "-simulate", spec, spec, c.args, c.code)
	}
}
