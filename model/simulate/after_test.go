package simulate

import (
	"context"
	"math"
	"os"
	"path/filepath"
	"testing"

	"github.com/wspcycle/wspcycle/model"
	"github.com/wspcycle/wspcycle/tla/eval"
)

// SimDet (testdata/tlc/dumptrace) has one behaviour, x = 0, 1, 2, 3, ...,
// and Inv fails at x = 3: every behaviour fails at its fourth state. TLC
// (rev cc6b616, -simulate num=5 -depth 10 -seed 1) reports the first
// violation with the counts of all 5 behaviours, its worker having gone
// on while the report was printed: 16 states, 5 traces (after.go).
func TestAfterViolation(t *testing.T) {
	sp := load(t, "tlc/dumptrace/SimDet.tla", "tlc/dumptrace/SimDet.cfg")
	for _, c := range []struct {
		name       string
		after      AfterViolation
		runs       int
		behaviours int
		kept       int // Violations
	}{
		{"stop", Stop, 5, 1, 0},
		{"go on", GoOnAsTLC, 5, 5, 0},
		// However many behaviours are asked for, GoOnAsTLC stops
		// GraceBehaviours after the failing one.
		{"go on, bounded", GoOnAsTLC, math.MaxInt, 1 + GraceBehaviours, 0},
		{"continue", ContinueAsTLC, 5, 5, 5},
	} {
		var measured []int
		res, err := Run(context.Background(), sp, Options{Depth: 11, Runs: c.runs, Seed: 1, After: c.after,
			Behaviour: func(k int, _ []model.TraceState, failed bool) {
				if !failed {
					measured = append(measured, k)
				}
			}})
		if err != nil {
			t.Fatal(err)
		}
		if res.Result != model.ResultInvariant || res.Failing != 1 || len(res.Trace) != 4 {
			t.Errorf("%s: %s in behaviour %d with %d states, want Inv in behaviour 1 at its 4th state", c.name, res.Result, res.Failing, len(res.Trace))
		}
		if res.Behaviours != c.behaviours || res.States != int64(4*c.behaviours) || len(res.Violations) != c.kept {
			t.Errorf("%s: %d behaviours, %d states, %d violations kept; want %d, %d, %d", c.name, res.Behaviours, res.States, len(res.Violations), c.behaviours, 4*c.behaviours, c.kept)
		}
		if len(measured) != 0 {
			t.Errorf("%s: behaviours %v passed as not failed", c.name, measured)
		}
		for i, v := range res.Violations {
			if v.Behaviour != i+1 || v.Stops || len(v.Trace) != 4 || v.Result != model.ResultInvariant {
				t.Errorf("%s: violation %d: behaviour %d, stops %v, %d states", c.name, i, v.Behaviour, v.Stops, len(v.Trace))
			}
		}
	}
}

// A liveness violation is an exception out of TLC's behaviour, which
// stops its worker at once: no behaviour after the failing one.
func TestAfterLivenessStops(t *testing.T) {
	res, err := Run(context.Background(), load(t, "LiveFail.tla", "LiveFail.cfg"), Options{Depth: 50, Runs: 20, Seed: 5, After: GoOnAsTLC})
	if err != nil {
		t.Fatal(err)
	}
	if res.Result != model.ResultProperty || res.Behaviours != res.Failing {
		t.Errorf("%s in behaviour %d of %d: TLC's worker stops after a liveness violation", res.Result, res.Failing, res.Behaviours)
	}
}

// The bound on the states after a violation (GraceStates) cuts the
// behaviour in progress, which is counted (TLC counts a behaviour when it
// begins it) but not passed to Behaviour. Behaviours from x = 0 fail at
// their third state, the others run to Depth (1000 states), so the bound
// is reached long before GraceBehaviours.
func TestAfterGraceStates(t *testing.T) {
	dir := t.TempDir()
	tla, cfg := filepath.Join(dir, "G.tla"), filepath.Join(dir, "G.cfg")
	src := "---- MODULE G ----\nEXTENDS Naturals\nVARIABLES x, y\nInit == x \\in 0..9 /\\ y = 0\n" +
		"Next == y' = y + 1 /\\ x' = x\nInv == ~(x = 0 /\\ y = 2)\n====\n"
	if err := os.WriteFile(tla, []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(cfg, []byte("INIT Init\nNEXT Next\nINVARIANT Inv\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	sp, err := eval.LoadFiles(tla, cfg)
	if err != nil {
		t.Fatal(err)
	}
	var before int64
	last := 0
	res, err := Run(context.Background(), sp, Options{Depth: 1000, Runs: math.MaxInt, Seed: 1, After: GoOnAsTLC,
		Behaviour: func(k int, trace []model.TraceState, failed bool) {
			if last == 0 {
				before += int64(len(trace))
			}
			if failed && last == 0 {
				last = k
			}
			if k > last && last > 0 {
				last = k
			}
		}})
	if err != nil {
		t.Fatal(err)
	}
	if res.Result != model.ResultInvariant || res.Failing == 0 {
		t.Fatalf("%s, failing behaviour %d: want Inv violated", res.Result, res.Failing)
	}
	if res.States-before != GraceStates || res.Behaviours != last+1 || res.Behaviours-res.Failing > GraceBehaviours {
		t.Errorf("%d states after the failing behaviour %d, %d behaviours, the last passed %d; want %d states, the last behaviour cut",
			res.States-before, res.Failing, res.Behaviours, last, GraceStates)
	}
}
