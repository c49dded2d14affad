package trace

import (
	"context"
	"testing"

	"github.com/wspcycle/wspcycle/spec"
)

func smallModel(t *testing.T) *Checker {
	t.Helper()
	c, err := Load(spec.FS, spec.DefaultSpec, spec.DefaultConfig)
	if err != nil {
		t.Fatal(err)
	}
	return c
}

// validateLog validates a generated loopback log of n events, the bad-th wrong (0: none),
// and returns the result and the run, to look at what it remembered.
func validateLog(t *testing.T, c *Checker, n, bad int) (*Result, *run) {
	t.Helper()
	log := newLoopbackLog(n)
	log.bad = bad
	r := c.newRun()
	res, err := r.validate(context.Background(), NewReader(log, "gen.ndjson"))
	if err != nil {
		t.Fatal(err)
	}
	return res, r
}

// TestLongLogValidates: a long run validates, and what the run remembers does not grow
// with it: one candidate set per place in the round (and the first round's own), one
// transition per event of the round from each.
func TestLongLogValidates(t *testing.T) {
	const n = 20_000
	res, r := validateLog(t, smallModel(t), n, 0)
	if res.Failure != nil || res.Events != n {
		t.Fatalf("%d of %d events fit: %v", res.Events, n, res.Failure)
	}
	// The round has 7 lifecycle events; the first round starts from Uninitialized, the
	// others from Reinitializable, so at most 2*7 sets and transitions.
	if len(r.sets) > 14 || len(r.trans) > 14 {
		t.Errorf("the run remembers %d sets and %d transitions for a round of 7 events", len(r.sets), len(r.trans))
	}
}

// TestLongLogFailsAtBadEvent: a wrong event deep in a long run, after thousands of
// remembered steps, is still found, at its own line.
func TestLongLogFailsAtBadEvent(t *testing.T) {
	// The first two events, and each step of a later round; 2,005 (Cleanup Active(2) ->
	// Active(2), no error) is a success that changes nothing, which no action explains.
	for _, bad := range []int{1, 2, 2_003, 2_004, 2_005, 2_006, 2_007, 2_008, 2_009} {
		res, _ := validateLog(t, smallModel(t), 3_000, bad)
		if res.Failure == nil {
			t.Errorf("event %d is wrong, the log validates", bad)
			continue
		}
		if res.Failure.Index != bad-1 || res.Events != bad-1 || res.Failure.Event.Seq != uint64(bad) {
			t.Errorf("event %d is wrong, the failure is at event index %d (seq %d) after %d fit", bad, res.Failure.Index, res.Failure.Event.Seq, res.Events)
		}
	}
}

// TestForgetKeepsVerdict: with MaxStates just above the largest candidate set (432 in the
// small model), the run must forget what it remembered again and again; the verdicts stay
// those of a run that remembers everything.
func TestForgetKeepsVerdict(t *testing.T) {
	c := smallModel(t)
	full, _ := validateLog(t, c, 40, 0)
	c.MaxStates = full.MaxCandidates + 10
	for _, bad := range []int{0, 25} {
		want, _ := validateLog(t, smallModel(t), 40, bad)
		got, r := validateLog(t, c, 40, bad)
		if r.forgot == 0 {
			t.Fatalf("MaxStates %d: the run never forgot (it holds %d states)", c.MaxStates, len(r.nodes))
		}
		if got.Events != want.Events || (got.Failure == nil) != (want.Failure == nil) || got.MaxCandidates != want.MaxCandidates {
			t.Errorf("bad %d: forgetting %d times gives %d events fit, failure %v; remembering gives %d, %v",
				bad, r.forgot, got.Events, got.Failure, want.Events, want.Failure)
		}
	}
}
