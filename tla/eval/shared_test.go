package eval

import (
	"errors"
	"os"
	"path/filepath"
	"testing"

	"github.com/wspcycle/wspcycle/tla/value"
)

// sharedStep is one successor as a caller of NextShared keeps it.
type sharedStep struct {
	label string
	state value.State
}

// collect runs next from s and keeps every step (with Step.Keep), so that
// a step whose kept state still shares the evaluator's memory shows up as
// a state changed by the steps computed after it.
func collect(sp *Spec, next func(value.State, func(Step) error) error, s value.State) ([]sharedStep, error) {
	var out []sharedStep
	err := next(s, func(st Step) error {
		out = append(out, sharedStep{label: stepName(sp, st), state: st.Keep()})
		return nil
	})
	return out, err
}

// agree checks that NextShared, its steps kept with Step.Keep, yields what
// Next yields from s, in the same order, and fails the same way.
func agree(t *testing.T, sp *Spec, s value.State) {
	t.Helper()
	want, werr := collect(sp, sp.Next, s)
	got, gerr := collect(sp, sp.NextShared, s)
	if (werr == nil) != (gerr == nil) || (werr != nil && werr.Error() != gerr.Error()) {
		t.Fatalf("from %s: Next fails with %v, NextShared with %v", stateString(s), werr, gerr)
	}
	var we, ge *Error
	if errors.As(werr, &we) && errors.As(gerr, &ge) && stateString(we.Partial) != stateString(ge.Partial) {
		t.Errorf("from %s: partial state %s, want %s", stateString(s), stateString(ge.Partial), stateString(we.Partial))
	}
	if len(got) != len(want) {
		t.Fatalf("from %s: %d successors, Next has %d", stateString(s), len(got), len(want))
	}
	for i := range want {
		w, g := want[i], got[i]
		if g.label != w.label || !g.state.Equal(w.state) || g.state.Fingerprint() != w.state.Fingerprint() ||
			stateString(g.state) != stateString(w.state) {
			t.Fatalf("from %s, successor %d: %s %s, Next gives %s %s", stateString(s), i,
				g.label, stateString(g.state), w.label, stateString(w.state))
		}
	}
}

// TestNextSharedReference holds NextShared to Next on the first states of
// every reference spec.
func TestNextSharedReference(t *testing.T) {
	for _, dir := range []string{"testdata", refDir} {
		if _, err := os.Stat(filepath.Join(dir, "expected.json")); err != nil {
			continue
		}
		for _, ex := range readExpectations(t, dir) {
			t.Run(dir+"/"+ex.Config, func(t *testing.T) {
				sp, err := LoadFiles(filepath.Join(dir, ex.Spec), filepath.Join(dir, ex.Config))
				if err != nil {
					t.Fatalf("load: %v", err)
				}
				seen := map[uint64]bool{}
				var queue []value.State
				_ = sp.Init(func(s value.State) error {
					if !seen[s.Fingerprint()] {
						seen[s.Fingerprint()] = true
						queue = append(queue, s)
					}
					return nil
				})
				for n := 0; n < len(queue) && n < 2000; n++ {
					s := queue[n]
					agree(t, sp, s)
					_ = sp.Next(s, func(st Step) error {
						if fp := st.State.Fingerprint(); !seen[fp] {
							seen[fp] = true
							queue = append(queue, st.State)
						}
						return nil
					})
				}
			})
		}
	}
}

// TestNextSharedScratch covers the ways a value built in the evaluator's
// reused memory could leak into a kept state: a primed variable read
// after its EXCEPT (in another variable's value, in a set it is chosen
// from), several updates in one EXCEPT, an update out of the domain, and
// an ENABLED evaluated while the variable holds its new value.
func TestNextSharedScratch(t *testing.T) {
	sp := mustLoad(t, `---- MODULE M ----
EXTENDS Naturals
VARIABLES x, y, z, w
Init == x = <<0, 0, 0>> /\ y = <<>> /\ z = 0 /\ w = [a |-> 0]
Next == \E i \in 1..3 :
          /\ x[i] < 2
          /\ x' = [x EXCEPT ![i] = @ + 1, ![(i % 3) + 1] = @ + 2]
          /\ ENABLED (x' = [x EXCEPT ![1] = 7])
          /\ y' = <<x', x'[i]>>
          /\ z' \in {x'[1], x'[2]}
          /\ w' = [w EXCEPT !.b = 1]
====`, "INIT Init\nNEXT Next\n")
	s := initStates(t, sp)[0]
	for depth := 0; depth < 3; depth++ {
		agree(t, sp, s)
		got, err := collect(sp, sp.NextShared, s)
		if err != nil || len(got) == 0 {
			t.Fatalf("NextShared: %d successors, %v", len(got), err)
		}
		for _, g := range got {
			y := g.state[1].(*value.FcnV)
			if !value.Equal(y.At(0), g.state[0]) {
				t.Errorf("y[1] = %s, x = %s: x' leaked into y'", y.At(0), g.state[0])
			}
		}
		s = got[len(got)-1].state
	}
}
