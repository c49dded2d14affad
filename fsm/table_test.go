package fsm

import (
	"context"
	"errors"
	"strings"
	"testing"

	"github.com/qmuntal/stateless"
)

var allStates = []State{StateUninitialized, StateActive, StateDraining, StateFreeing, StateReinitializable}
var allTriggers = []Trigger{TriggerStartup, TriggerCleanup, TriggerDrainDone, TriggerFreeDone}

// fireRecord fires t on a fresh stateless machine in (s, refs) and reports the outcome.
func fireRecord(t *testing.T, s State, refs, max int, tr Trigger) (enabled bool, to State, v vars, err error) {
	t.Helper()
	phase := s
	sm := stateless.NewStateMachineWithExternalStorage(
		func(context.Context) (stateless.State, error) { return phase, nil },
		func(_ context.Context, st stateless.State) error { phase = st.(State); return nil },
		stateless.FiringImmediate)
	configure(sm)
	v = vars{Refs: refs, Max: max}
	enabled, cerr := sm.CanFireCtx(context.Background(), tr, &v)
	if cerr != nil {
		t.Fatalf("CanFire: %v", cerr)
	}
	if !enabled {
		return false, s, v, nil
	}
	err = sm.FireCtx(context.Background(), tr, &v)
	return true, phase, v, err
}

// TestFastStepEqualsMachine proves, by enumeration over every phase, trigger, bound
// 1..8 and counter 0..bound, that fastStep takes exactly the counter-only edges that the
// stateless configuration takes, with the same effect, and declines everything else.
// (It also proves the guards of each (phase, trigger) mutually exclusive on that range:
// stateless panics when two guards hold at once.)
func TestFastStepEqualsMachine(t *testing.T) {
	edges := 0
	for max := 1; max <= 8; max++ {
		for _, s := range allStates {
			for _, tr := range allTriggers {
				for refs := 0; refs <= max; refs++ {
					enabled, to, sv, err := fireRecord(t, s, refs, max, tr)
					fv := vars{Refs: refs, Max: max}
					fast := fastStep(tr, s, &fv)
					counterOnly := enabled && err == nil && to == s
					if fast != counterOnly {
						t.Fatalf("%v in %v refs=%d max=%d: fastStep=%v, machine counter-only edge=%v (enabled=%v to=%v err=%v)",
							tr, s, refs, max, fast, counterOnly, enabled, to, err)
					}
					if fast {
						edges++
						if fv != sv {
							t.Fatalf("%v in %v refs=%d: fastStep gives %+v, machine %+v", tr, s, refs, fv, sv)
						}
					} else if fv != (vars{Refs: refs, Max: max}) {
						t.Fatalf("%v in %v refs=%d: declining fastStep changed vars to %+v", tr, s, refs, fv)
					}
				}
			}
		}
	}
	if edges == 0 {
		t.Fatal("fastStep took no edge at all")
	}
}

// TestMachineMatchesContract checks the configured machine against CONTRACT.md section 1,
// state by state, so a wrong table (hand-written or generated) fails here by name.
func TestMachineMatchesContract(t *testing.T) {
	const max = 4
	type want struct {
		enabled bool
		to      State
		refs    int
		err     error
	}
	cases := []struct {
		s    State
		refs int
		tr   Trigger
		want want
	}{
		{StateUninitialized, 0, TriggerStartup, want{true, StateActive, 1, nil}},
		{StateReinitializable, 0, TriggerStartup, want{true, StateActive, 1, nil}},
		{StateActive, 1, TriggerStartup, want{true, StateActive, 2, nil}},
		{StateActive, max, TriggerStartup, want{true, StateActive, max, ErrProcessLimit}},
		{StateDraining, 0, TriggerStartup, want{false, StateDraining, 0, nil}},
		{StateFreeing, 0, TriggerStartup, want{false, StateFreeing, 0, nil}},
		{StateUninitialized, 0, TriggerCleanup, want{true, StateUninitialized, 0, ErrNotInitialised}},
		{StateReinitializable, 0, TriggerCleanup, want{true, StateReinitializable, 0, ErrNotInitialised}},
		{StateDraining, 0, TriggerCleanup, want{true, StateDraining, 0, ErrNotInitialised}},
		{StateFreeing, 0, TriggerCleanup, want{true, StateFreeing, 0, ErrNotInitialised}},
		{StateActive, 3, TriggerCleanup, want{true, StateActive, 2, nil}},
		{StateActive, 1, TriggerCleanup, want{true, StateDraining, 0, nil}},
		{StateDraining, 0, TriggerDrainDone, want{true, StateFreeing, 0, nil}},
		{StateFreeing, 0, TriggerFreeDone, want{true, StateReinitializable, 0, nil}},
		{StateActive, 2, TriggerDrainDone, want{false, StateActive, 2, nil}},
		{StateUninitialized, 0, TriggerFreeDone, want{false, StateUninitialized, 0, nil}},
	}
	for _, c := range cases {
		enabled, to, v, err := fireRecord(t, c.s, c.refs, max, c.tr)
		got := want{enabled, to, v.Refs, err}
		if got != c.want {
			t.Errorf("%v in %v(%d): got %+v, want %+v", c.tr, c.s, c.refs, got, c.want)
		}
	}
}

func TestEnumStrings(t *testing.T) {
	want := []string{"Uninitialized", "Active", "Draining", "Freeing", "Reinitializable"}
	for i, s := range allStates {
		if s.String() != want[i] {
			t.Errorf("State %d = %q, want %q", i, s, want[i])
		}
	}
	wantT := []string{"Startup", "Cleanup", "DrainDone", "FreeDone"}
	for i, tr := range allTriggers {
		if tr.String() != wantT[i] {
			t.Errorf("Trigger %d = %q, want %q", i, tr, wantT[i])
		}
	}
	if got := State(200).String(); got != "State(200)" {
		t.Errorf("out of range State = %q", got)
	}
	if got := Trigger(9).String(); got != "Trigger(9)" {
		t.Errorf("out of range Trigger = %q", got)
	}
}

// TestHandRefusalsKnown checks that every refusal the spec leaves to the runtime is one the
// runtime implements: a spec that adds another would otherwise be silently ignored.
func TestHandRefusalsKnown(t *testing.T) {
	known := map[string]bool{"VerNotSupported": true, "InitFailed": true}
	for _, name := range handRefusals {
		if !known[name] {
			t.Errorf("the spec has a refusal %q that the runtime does not decide", name)
		}
	}
	if len(handRefusals) == 0 {
		t.Log("the spec states no hand refusals")
	}
}

// TestWaitsExcludesTransitions checks that wherever the spec makes a caller wait, the
// machine has no transition for it (else the runtime could not tell which to do), and that
// every trigger a caller fires is, at every reachable-looking point, either enabled or
// waiting: Startup and Cleanup never fall into a gap.
func TestWaitsExcludesTransitions(t *testing.T) {
	const max = 4
	for _, s := range allStates {
		for _, tr := range allTriggers {
			for refs := 0; refs <= max; refs++ {
				if s != StateActive && refs != 0 || s == StateActive && refs == 0 {
					continue // unreachable: Active exactly when refs > 0
				}
				enabled, _, _, _ := fireRecord(t, s, refs, max, tr)
				v := vars{Refs: refs, Max: max}
				w := waits(tr, s, &v)
				if enabled && w {
					t.Errorf("%v in %v(%d): both enabled and waiting", tr, s, refs)
				}
				if (tr == TriggerStartup || tr == TriggerCleanup) && !enabled && !w {
					t.Errorf("%v in %v(%d): neither enabled nor waiting", tr, s, refs)
				}
			}
		}
	}
}

func TestNoTransitionIsAnErrorNotAHang(t *testing.T) {
	p := New(Hooks{})
	p.mu.Lock()
	p.phase = State(99) // a phase the machine does not know
	p.mu.Unlock()
	if _, err := p.Startup(context.Background(), v22); !errors.Is(err, ErrInvalid) {
		t.Fatalf("Startup in an unknown phase = %v, want ErrInvalid", err)
	}
	if err := p.Cleanup(context.Background()); !errors.Is(err, ErrInvalid) {
		t.Fatalf("Cleanup in an unknown phase = %v, want ErrInvalid", err)
	}
}

func TestGraphShowsTheMachineOfRecord(t *testing.T) {
	g := New(Hooks{}).Graph()
	for _, want := range []string{"Uninitialized", "Active", "Draining", "Freeing", "Reinitializable",
		"Startup", "Cleanup", "DrainDone", "FreeDone", "smGuardCleanupFinal"} {
		if !strings.Contains(g, want) {
			t.Errorf("Graph() lacks %q:\n%s", want, g)
		}
	}
	var zero Provider
	if zero.Graph() != "" {
		t.Error("zero Provider has a graph")
	}
}
