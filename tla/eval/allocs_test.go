package eval

import "testing"

// TestNextAllocs guards the action runner's allocations. A closure that
// captures the runner's loop index moves that index to the heap on every
// call; that once cost a fifth of the checker's time on a real spec and no
// test noticed. Next on a Pool state allocates the successor states and
// little else; the budgets are the counts measured when this test was
// written. If a change raises them, find the allocation (go test -bench
// PoolNext -memprofile) before raising a budget.
//
// The race detector drops a quarter of sync.Pool's Puts at random, so a
// pooled evaluation context is rebuilt at random and the count is not a
// measurement there; make test runs this test again without -race.
func TestNextAllocs(t *testing.T) {
	if raceEnabled {
		t.Skip("sync.Pool drops items at random under the race detector; run without -race")
	}
	for _, tc := range []struct {
		cfg    string
		budget float64
	}{
		{"Pool.cfg", 19},
		{"PoolBig.cfg", 33},
	} {
		sp, s := poolState(t, tc.cfg)
		n := testing.AllocsPerRun(50, func() {
			if err := sp.Next(s, func(Step) error { return nil }); err != nil {
				t.Fatal(err)
			}
		})
		if n > tc.budget {
			t.Errorf("%s: Next allocates %v times per call, budget %v", tc.cfg, n, tc.budget)
		}
	}
}
