package main

import (
	"path/filepath"
	"testing"
)

// TestTLCLiveSafetyGolden: a temporal property whose negation a finite
// prefix fulfils ([](x = 0) \/ [](x = 1), whose negation <>(x # 0) /\
// <>(x # 1) holds once both were seen) is violated, for TLC, during the
// search: its tableau reaches an accepting node (an empty particle), and
// TLC stops there with "Temporal property P was violated.", the prefix
// as the counterexample (no lasso), the counts of that moment and exit 12
// (model/livesafety.go; TLC rev cc6b616, plain and -tool, in
// model/testdata/tlc/livesafety):
//
//   - OrAlways, StaysZero ([](x = 0 => [](x = 0))), Implies (<>(x = 1) =>
//     [](x < 2)), NotEventually (~<>(x = 2)): one property, x on a cycle;
//   - OrAlwaysDeadlock: TLC stops before the deadlock the search would
//     meet next;
//   - TwoVars: two variables, two initial states, the prefix TLC's
//     shortest in its product graph (two of them, by -fp: both kept);
//   - TwoProps: the message names every property the prefix, stuttering
//     at its end, violates; InitConj: with a state predicate conjunct;
//   - WithInv, InvSame, DeadlockThen: an invariant violated, or a
//     deadlock, in the state whose expansion completes the prefix: TLC
//     reports both, the first's exit code;
//   - FairOr (with WF, a disjunct with fairness conditions) and OrEvAlways
//     (a <>[] in the disjunct): checked after the search, as any
//     temporal property (exit 13).
func TestTLCLiveSafetyGolden(t *testing.T) {
	dir := filepath.Join("..", "..", "model", "testdata", "tlc", "livesafety")
	for _, c := range []struct {
		code  int
		names []string
	}{
		{11, []string{"DeadlockThen"}},
		{12, []string{"OrAlways", "StaysZero", "Implies", "NotEventually", "OrAlwaysDeadlock", "TwoVars", "TwoProps", "InitConj", "WithInv", "InvSame"}},
		{13, []string{"FairOr", "OrEvAlways"}},
	} {
		for _, name := range c.names {
			tlcGoldenRun(t, dir, name, nil, c.code, withAlternate())
		}
	}
}
