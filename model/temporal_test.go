package model

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/wspcycle/wspcycle/tla/eval"
	"github.com/wspcycle/wspcycle/tla/value"
)

// TestTemporalForms checks every property of testdata/Temporal.tla under
// four specifications against TLC's verdicts, one letter per property
// P1..P20 (and P21..P40 under Spec and SpecNoFair): v violated ("Temporal properties were violated", exit 13), o no
// error, r refused (TLC: "Temporal formulas containing actions must be of
// forms <>[]A or []<>A.", for P12, which nests [][A]_v under <>). They
// were obtained by running TLC on each SPECIFICATION/PROPERTY pair. Why,
// for a few:
//
//   - P1 [](x = 3 => [](x > 0)) fails everywhere: x returns to 0.
//   - P4 <>[][IncX]_vars fails under every specification: the cycle
//     through Reset is a behaviour of each (stuttering satisfies
//     [IncX]_vars, so the counterexample must take Reset forever).
//   - P14 WF_vars(Reset) holds when Next is weakly fair (Reset is taken
//     whenever x reaches 3) and fails without fairness (stuttering at
//     x = 3 keeps Reset enabled forever).
//   - P16 and P20 (the same disjuncts swapped) fail without fairness: the
//     behaviour may stutter at x = 0, y = 1, where y # 0 and x # 2; the
//     <>[] condition holds only on the cycle, the prefix passes x = 2.
//   - P18 <>[](ENABLED Reset) fails: Reset is enabled only at x = 3.
//   - P19 <>(~ENABLED Reset) holds at the initial state.
//   - SpecAE and SpecEx have fairness conjuncts that are not WF/SF; they
//     rule out stuttering forever, as WF_vars(Next) does, and give the
//     verdicts of Spec.
func TestTemporalForms(t *testing.T) {
	testTemporalForms(t)
}

// TestTemporalFormsWide is TestTemporalForms with the predicates' values
// kept in bit tables, as with more than 64 predicates.
func TestTemporalFormsWide(t *testing.T) {
	testForceWide = true
	defer func() { testForceWide = false }()
	testTemporalForms(t)
}

func testTemporalForms(t *testing.T) {
	want := map[string]string{
		"Spec":       "voovovooovvrooooovoo" + "oooovvooooovvooooovv",
		"SpecNoFair": "vvvvvvvvvvvrvvvvvvov" + "vvvvvvvvovvvvvoovvvv",
		"SpecAE":     "voovovooovvrooooovoo",
		"SpecEx":     "voovovooovvrooooovoo",
	}
	src, err := os.ReadFile(filepath.Join("testdata", "Temporal.tla"))
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	tla := filepath.Join(dir, "Temporal.tla")
	if err := os.WriteFile(tla, src, 0o644); err != nil {
		t.Fatal(err)
	}
	for spec, verdicts := range want {
		for i, w := range verdicts {
			prop := fmt.Sprintf("P%d", i+1)
			cfg := filepath.Join(dir, spec+prop+".cfg")
			if err := os.WriteFile(cfg, []byte("SPECIFICATION "+spec+"\nPROPERTY "+prop+"\n"), 0o644); err != nil {
				t.Fatal(err)
			}
			got := temporalVerdict(t, tla, cfg)
			if got != string(w) {
				t.Errorf("%s %s: verdict %s, TLC's %c", spec, prop, got, w)
			}
		}
	}
}

// temporalVerdict is v, o or r (see TestTemporalForms), or the error.
func temporalVerdict(t *testing.T, tla, cfg string) string {
	sp, err := eval.LoadFiles(tla, cfg)
	if err != nil {
		if strings.Contains(err.Error(), "unsupported:") {
			return "r"
		}
		return err.Error()
	}
	rep, err := Check(context.Background(), sp, Options{Workers: 1})
	if err != nil {
		if strings.Contains(err.Error(), "unsupported:") && strings.Contains(err.Error(), "must be of forms <>[]A or []<>A") {
			return "r"
		}
		return err.Error()
	}
	switch rep.Result {
	case ResultOK:
		if rep.Distinct != 8 {
			return fmt.Sprintf("%d distinct states, TLC 8", rep.Distinct)
		}
		return "o"
	case ResultProperty:
		return "v"
	}
	return string(rep.Result) + ": " + rep.Message
}

// TestTemporalBehaviour checks a General part (P14 == WF_vars(Reset)) on
// single behaviours, as the simulator does: a behaviour that stops at
// x = 3 stutters there with Reset enabled forever (a violation); one that
// stops at x = 2 stutters where Reset is disabled (no violation). One that
// takes Reset violates it too: every state of a behaviour may stutter, and
// its prefix to x = 3 followed by stuttering is a behaviour of the spec.
func TestTemporalBehaviour(t *testing.T) {
	src, err := os.ReadFile(filepath.Join("testdata", "Temporal.tla"))
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	tla, cfg := filepath.Join(dir, "Temporal.tla"), filepath.Join(dir, "P14.cfg")
	if err := os.WriteFile(tla, src, 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(cfg, []byte("SPECIFICATION SpecNoFair\nPROPERTY P14\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	sp, err := eval.LoadFiles(tla, cfg)
	if err != nil {
		t.Fatal(err)
	}
	bc, err := NewBehaviourChecker(sp)
	if err != nil {
		t.Fatal(err)
	}
	// behaviour follows the only successor of each state, n steps.
	behaviour := func(n int) []TraceState {
		var s0 value.State
		if err := sp.Init(func(s value.State) error { s0 = s.Clone(); return nil }); err != nil {
			t.Fatal(err)
		}
		b := []TraceState{{Action: "Initial predicate", State: s0}}
		for i := 0; i < n; i++ {
			var next eval.Step
			if err := sp.Next(b[len(b)-1].State, func(st eval.Step) error { next = st; return nil }); err != nil {
				t.Fatal(err)
			}
			b = append(b, TraceState{Action: sp.Label(next), State: next.State})
		}
		return b
	}
	for _, tc := range []struct {
		steps int
		viol  bool
	}{{3, true}, {2, false}, {4, true}} {
		v, err := bc.Check(behaviour(tc.steps))
		if err != nil {
			t.Fatal(err)
		}
		if (v != nil) != tc.viol {
			t.Errorf("%d steps: violation %v, want %v", tc.steps, v != nil, tc.viol)
		}
		if v != nil && (v.Property != "P14" || len(v.Trace) != 4) {
			t.Errorf("%d steps: violation of %s with %d states, want P14 with 4", tc.steps, v.Property, len(v.Trace))
		}
	}
}
