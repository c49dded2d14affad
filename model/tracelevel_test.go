package model

import (
	"context"
	"path/filepath"
	"testing"

	"github.com/wspcycle/wspcycle/tla/eval"
)

// TLCExt's Trace and TLCGet("level") with one worker and with several,
// in memory and on disk, against TLC's answers (testdata/TraceLevel.tla;
// TLC 1 worker, -noGenerateSpecTE). Rebuilding a behaviour replays Next at
// each state's own level (Spec.NextAt), so a worker's replay moves no
// level another worker reads; a successor's Trace goes through the state
// it was reached from (StatePred.From), stored or not.
//
//   - TraceLevel.cfg: Path (Trace is as long as the state's level, ends in
//     the state, and is a behaviour of Next) guards Next and is the action
//     constraint, the invariant and the action property. TLC: no error,
//     66 states generated, 24 distinct, depth 4, the same as without
//     Path: had any Path been false, a successor would be missing or a
//     property violated.
//   - TraceLevelFrom.cfg: Path is a CONSTRAINT, evaluated before the
//     successor is stored, and states reached again from a deeper state
//     (x reset to 0) must get the path through that state; Far evaluates
//     Path in the states x = 3 the constraint Small keeps out of the
//     model. TLC: no error, 54 generated, 18 distinct, depth 3.
//   - TraceLevelFail.cfg: Fresh is violated by the first state y = 4 whose
//     Trace has a step of x: TLC reports the 2-state behaviour
//     (x = 0, y = 4) -> (x = 1, y = 4), 15 generated, 11 distinct, depth 2.
//     With several workers the counts depend on timing (TLC's) or on
//     chunking (ours), the verdict and the trace do not.
func TestTraceAndLevelWithWorkers(t *testing.T) {
	cases := []struct {
		cfg                 string
		result              string
		generated, distinct int64
		depth               int
		trace               []string // x, y of each state of the counterexample
	}{
		{"TraceLevel.cfg", ResultOK, 66, 24, 4, nil},
		{"TraceLevelFrom.cfg", ResultOK, 54, 18, 3, nil},
		{"TraceLevelFail.cfg", ResultInvariant, 15, 11, 2, []string{"0 4", "1 4"}},
	}
	for _, c := range cases {
		for _, workers := range []int{1, 2, 4} {
			for _, disk := range []bool{false, true} {
				sp, err := eval.LoadFiles("testdata/TraceLevel.tla", filepath.Join("testdata", c.cfg))
				if err != nil {
					t.Fatal(err)
				}
				opt := Options{Workers: workers}
				if disk {
					opt.DiskDir = t.TempDir()
				}
				rep, err := Check(context.Background(), sp, opt)
				if err != nil {
					t.Fatalf("%s, %d workers, disk %v: %v", c.cfg, workers, disk, err)
				}
				// After a violation, the counts of several workers depend
				// on how the level was cut into chunks, as TLC's on timing.
				counted := workers == 1 || c.result == ResultOK
				if rep.Result != c.result || counted && (rep.Generated != c.generated || rep.Distinct != c.distinct || rep.Depth != c.depth) {
					t.Errorf("%s, %d workers, disk %v: %s %q, %d generated, %d distinct, depth %d; want %s, %d, %d, %d",
						c.cfg, workers, disk, rep.Result, rep.Message, rep.Generated, rep.Distinct, rep.Depth,
						c.result, c.generated, c.distinct, c.depth)
					continue
				}
				var got []string
				for _, s := range rep.Trace {
					got = append(got, s.State[0].String()+" "+s.State[1].String())
				}
				if len(got) != len(c.trace) {
					t.Errorf("%s, %d workers, disk %v: trace %v, want %v", c.cfg, workers, disk, got, c.trace)
					continue
				}
				for i := range got {
					if got[i] != c.trace[i] {
						t.Errorf("%s, %d workers, disk %v: trace %v, want %v", c.cfg, workers, disk, got, c.trace)
						break
					}
				}
			}
		}
	}
}
