package proptest

import (
	"sort"
	"testing"

	"go.uber.org/goleak"
	"pgregory.net/rapid"
)

// TestConformanceSmallModel compares the FSM with the spec exhaustively on the small
// model: for every reachable state of the spec, every enabled control action (the
// @trigger actions the generator compiles) must be a call the implementation performs in
// the mapped control state with the same outcome, landing in the mapped successor; and
// every outcome the implementation shows in a control state must be one the spec allows
// in some reachable state with that control projection (data-dependent guards, such as
// DrainDone waiting for the sockets, make the spec's side a union).
func TestConformanceSmallModel(t *testing.T) {
	defer goleak.VerifyNone(t)
	suiteConformance(t, Real)
}

func suiteConformance(tb rapid.TB, impl Impl) {
	tb.Helper()
	sm, err := loadSmallModel()
	if err != nil {
		tb.Fatalf("small model: %v", err)
	}
	impls := map[ctl]map[outcome]bool{}
	for _, c := range sm.controlStates() {
		impls[c] = map[outcome]bool{}
		for _, v := range variants {
			pr := newProbe(impl)
			if err := pr.reach(c); err != nil {
				pr.close()
				tb.Fatalf("%v", err)
			}
			o, applies, err := pr.fire(c, v)
			pr.close()
			if err != nil {
				tb.Fatalf("in %v, %s: %v", c, v.Name, err)
			}
			if !applies {
				continue
			}
			impls[c][o] = true
			if !sm.Allowed[c][o] {
				tb.Fatalf("in %v the implementation does %v (%s), which the spec allows in no reachable state with that phase and counter; the spec allows %v",
					c, o, v.Name, keys(sm.Allowed[c]))
			}
		}
	}
	for _, st := range sm.Steps {
		if !impls[st.From][st.Out] {
			tb.Fatalf("the spec enables %s in a reachable state with control %v (%v), but the implementation never does that there; it does %v",
				st.Label, st.From, st.Out, keys(impls[st.From]))
		}
	}
	if t, ok := tb.(*testing.T); ok {
		t.Logf("%d reachable states (%d transitions) of the small model; %d control-action steps compared against %d implementation outcomes in %d control states",
			sm.States, sm.Transitions, len(sm.Steps), count(impls), len(impls))
	}
}

func keys(m map[outcome]bool) []string {
	var out []string
	for o := range m {
		out = append(out, o.String())
	}
	sort.Strings(out)
	return out
}

func count(m map[ctl]map[outcome]bool) int {
	n := 0
	for _, x := range m {
		n += len(x)
	}
	return n
}
