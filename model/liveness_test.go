package model

import (
	"strings"
	"testing"

	"github.com/wspcycle/wspcycle/tla/eval"
	"github.com/wspcycle/wspcycle/tla/value"
)

func TestLiveFailLasso(t *testing.T) {
	rep := mustCheck(t, liveFailSpec(false), 1)
	want := [][]bool{{false, false, false}, {true, false, false}, {true, false, true}}
	labels := []string{"Initial predicate", "Request", "Toggle"}
	if len(rep.Trace) != len(want) || rep.LoopBack != 2 {
		t.Fatalf("trace %d states looping to %d, want 3 looping to 2", len(rep.Trace), rep.LoopBack)
	}
	for i, w := range want {
		if !rep.Trace[i].State.Equal(bools(w...)) || rep.Trace[i].Action != labels[i] {
			t.Errorf("state %d: <%s> %v, want <%s> %v", i+1, rep.Trace[i].Action, rep.Trace[i].State, labels[i], w)
		}
	}
	if !rep.Trace[2].Changed[2] || rep.Trace[2].Changed[0] {
		t.Errorf("changed marks of state 3: %v, want only busy", rep.Trace[2].Changed)
	}
	// The step back from state 3 (busy) to state 2 (not busy, req and
	// served unchanged) can only be Toggle: it names the closing action.
	if rep.LoopStep.Action != "Toggle" {
		t.Errorf("the lasso is closed by <%s>, want <Toggle>", rep.LoopStep.Action)
	}
	var b strings.Builder
	if err := rep.WriteText(&b); err != nil {
		t.Fatal(err)
	}
	for _, s := range []string{"Property Served is violated", "Back to state 2: <Toggle>", "State 3: <Toggle>", `/\ busy   = TRUE  \* changed`} {
		if !strings.Contains(b.String(), s) {
			t.Errorf("text report lacks %q:\n%s", s, b.String())
		}
	}
}

// oneStep is x = 0 -> x = 1 and nothing else (then it stutters), with
// deadlock checking off.
func oneStep() *goSpec {
	return &goSpec{name: "OneStep", vars: []string{"x"}, inits: []value.State{ints(0)},
		acts: []goAction{{name: "Inc", succ: func(s value.State, emit func(value.State, ...value.Value)) {
			if iv(s, 0) == 0 {
				emit(ints(1))
			}
		}}}}
}

func xIs(n int64) func(value.State) (bool, error) {
	return pred(func(s value.State) bool { return iv(s, 0) == n })
}

func TestEventuallyByStuttering(t *testing.T) {
	// <>(x = 1) without fairness: the behaviour may stutter at x = 0
	// forever, so the counterexample is the initial state, stuttering.
	g := oneStep()
	sp := g.spec()
	sp.CheckDeadlock = false
	sp.Properties = []eval.Property{prop("Reach", eval.Temporal{Kind: eval.Eventually, P: xIs(1)})}
	expect(t, mustCheck(t, sp, 2), want{ResultProperty, "Reach", 2, 2, 2, 1, 1})

	// With WF_vars(Inc), Inc is taken: it holds.
	sp = g.spec()
	sp.CheckDeadlock = false
	g.fair(sp, "Inc", false)
	sp.Properties = []eval.Property{prop("Reach", eval.Temporal{Kind: eval.Eventually, P: xIs(1)})}
	expect(t, mustCheck(t, sp, 2), want{ResultOK, "", 2, 2, 2, 0, 0})

	// <>(x = 2) fails even with fairness: 0 -> 1, then stutter at 1.
	sp = g.spec()
	sp.CheckDeadlock = false
	g.fair(sp, "Inc", false)
	sp.Properties = []eval.Property{prop("Reach2", eval.Temporal{Kind: eval.Eventually, P: xIs(2)})}
	expect(t, mustCheck(t, sp, 2), want{ResultProperty, "Reach2", 2, 2, 2, 2, 2})
}

// ring is x in 0..n-1 moving x -> x+1 mod n (Step) or resetting to 0 when
// x = n-1 (Reset, the same move), plus Jump: 0 -> 2 when n > 2.
func ring(n int64) *goSpec {
	return &goSpec{name: "Ring", vars: []string{"x"}, inits: []value.State{ints(0)},
		acts: []goAction{{name: "Step", succ: func(s value.State, emit func(value.State, ...value.Value)) {
			emit(ints((iv(s, 0) + 1) % n))
		}}}}
}

func TestAlwaysEventuallyAndEventuallyAlways(t *testing.T) {
	// A 3-ring under WF(Step): x = 0 recurs ([]<> holds), x = 0 does not
	// hold forever (<>[] fails with the whole ring as the cycle).
	g := ring(3)
	sp := g.spec()
	g.fair(sp, "Step", false)
	sp.Properties = []eval.Property{
		prop("Recur", eval.Temporal{Kind: eval.AlwaysEventually, P: xIs(0)}),
		prop("Settle", eval.Temporal{Kind: eval.EventuallyAlways, P: xIs(0)}),
	}
	rep := mustCheck(t, sp, 1)
	expect(t, rep, want{ResultProperty, "Settle", 3, 4, 3, 3, 1})

	// Without fairness, []<>(x = 0) fails: stutter at x = 2, the first
	// state TLC's depth-first search finishes (testdata/RingNoFair.cfg).
	sp = g.spec()
	sp.Properties = []eval.Property{prop("Recur", eval.Temporal{Kind: eval.AlwaysEventually, P: xIs(0)})}
	expect(t, mustCheck(t, sp, 1), want{ResultProperty, "Recur", 3, 4, 3, 3, 3})

	// <>[](x \in 0..2) holds; []P as a property.
	sp = g.spec()
	sp.Properties = []eval.Property{
		prop("Bounded", eval.Temporal{Kind: eval.EventuallyAlways, P: pred(func(s value.State) bool { return iv(s, 0) < 3 })}),
		prop("NeverTwo", eval.Temporal{Kind: eval.Always, P: pred(func(s value.State) bool { return iv(s, 0) != 2 })}),
	}
	expect(t, mustCheck(t, sp, 1), want{ResultProperty, "NeverTwo", 3, 4, 3, 3, 0})
}

func TestStrongFairnessRefinement(t *testing.T) {
	// Two states a(0) <-> b(1) by Flip; Grab: 0 -> 2 (then 2 is absorbing
	// by stuttering). Grab is enabled only at 0, intermittently.
	// <>(x = 2): with WF(Flip) /\ WF(Grab) it fails (the 0 <-> 1 cycle is
	// fair: Grab is disabled at 1); with SF(Grab) the cycle is unfair and
	// stuttering at 0 or 1 violates WF(Flip), so it holds.
	mk := func(strong bool) *eval.Spec {
		g := &goSpec{name: "Grab", vars: []string{"x"}, inits: []value.State{ints(0)},
			acts: []goAction{
				{name: "Flip", succ: func(s value.State, emit func(value.State, ...value.Value)) {
					if x := iv(s, 0); x < 2 {
						emit(ints(1 - x))
					}
				}},
				{name: "Grab", succ: func(s value.State, emit func(value.State, ...value.Value)) {
					if iv(s, 0) == 0 {
						emit(ints(2))
					}
				}},
			}}
		sp := g.spec()
		sp.CheckDeadlock = false
		g.fair(sp, "Flip", false)
		g.fair(sp, "Grab", strong)
		sp.Properties = []eval.Property{prop("Grabbed", eval.Temporal{Kind: eval.Eventually, P: xIs(2)})}
		return sp
	}
	expect(t, mustCheck(t, mk(false), 2), want{ResultProperty, "Grabbed", 3, 4, 2, 2, 1})
	expect(t, mustCheck(t, mk(true), 2), want{ResultOK, "", 3, 4, 2, 0, 0})
}
