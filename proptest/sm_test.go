package proptest

import (
	"context"
	"errors"
	"fmt"
	"testing"
	"time"

	"go.uber.org/goleak"
	"pgregory.net/rapid"

	"github.com/wspcycle/wspcycle/fsm"
	"github.com/wspcycle/wspcycle/tla/eval"
	"github.com/wspcycle/wspcycle/tla/value"
)

// TestLifecycleStateMachine drives fsm.Provider, embedding a simulated provider, through
// random behaviours of spec/ProviderLifecycle.tla: every step is drawn from the steps the
// spec enables in the implementation's current (mapped) state, and after every step the
// spec's own invariants hold on the mapped state and it is exactly the step's successor.
// Startups that wait out a teardown, resume after it or give up are among the steps (the
// test fails if a run never draws them). Each run ends with the refcount-balance and
// reinit-safety checks.
func TestLifecycleStateMachine(t *testing.T) {
	defer goleak.VerifyNone(t)
	start := time.Now()
	n := suiteStateMachine(t, Real)
	if el := time.Since(start).Seconds(); el > 0 {
		t.Logf("%d checks, %d steps in %.2fs: %.0f checks/s", n.checks, n.steps, el, float64(n.checks)/el)
	}
	t.Logf("Startups during teardown: %d waited, of which %d resumed after it (%d with Init failing) and %d gave up",
		n.actions["StartupWait"], n.resumed, n.resumedFail, n.actions["StartupGiveUp"])
	if n.actions["StartupWait"] == 0 || n.resumed == n.resumedFail || n.resumedFail == 0 || n.actions["StartupGiveUp"] == 0 {
		t.Errorf("the run never drew a Startup that waits out a teardown, or never one that resumes, resumes with Init failing, or gives up")
	}
}

// counts is what a suite did: rapid checks, steps, and per spec action how often.
type counts struct {
	checks, steps        int
	actions              map[string]int
	resumed, resumedFail int
}

func suiteStateMachine(tb rapid.TB, impl Impl) counts {
	n := counts{actions: map[string]int{}}
	rapid.Check(tb, func(t *rapid.T) {
		n.checks++
		h := newHarness(t, impl)
		h.counts = &n
		defer h.close()
		t.Repeat(map[string]func(*rapid.T){
			"step": func(t *rapid.T) {
				sts := h.enabled()
				if len(sts) == 0 {
					t.Fatalf("deadlock: the spec enables nothing in the implementation's state")
				}
				i := rapid.IntRange(0, len(sts)-1).Draw(t, "step")
				t.Logf("step %d: %s", h.stepsN+1, h.sp.Label(sts[i]))
				h.do(sts[i])
			},
			// A second action for the rarer steps around a Startup that waits out a
			// teardown, so that a run draws them often; it does not apply (Skip) when
			// none of them is enabled.
			"teardown-startup": func(t *rapid.T) {
				var sts []eval.Step
				for _, st := range h.enabled() {
					switch h.sp.Actions[st.Action].Name {
					case "StartupWait":
						sts = append(sts, st)
					}
				}
				if len(sts) == 0 {
					t.Skip("no Startup can wait here")
				}
				i := rapid.IntRange(0, len(sts)-1).Draw(t, "teardown step")
				t.Logf("step %d: %s", h.stepsN+1, h.sp.Label(sts[i]))
				h.do(sts[i])
			},
		})
		refcountBalance(t, h)
		reinitSafety(t, h)
		n.steps += h.stepsN
	})
	return n
}

// refcountBalance issues the outstanding Cleanups (finishing teardown on the way) and
// checks what must hold once every Startup is matched: the count is zero, the provider
// is Reinitializable (or was never started), every resource was released, and no
// graceful data was lost.
func refcountBalance(t *rapid.T, h *harness) {
	h.settle()
	for h.balance > 0 {
		st, ok := h.pick("CleanupRelease", "CleanupFinal")
		if !ok {
			t.Fatalf("refcount balance: %d Startups outstanding but the spec enables no Cleanup", h.balance)
		}
		h.do(st)
		h.settle()
	}
	want := fsm.StateUninitialized
	if h.everStart {
		want = fsm.StateReinitializable
	}
	if got, refs := h.p.State(), h.p.Refs(); got != want || refs != 0 {
		t.Fatalf("refcount balance: after every Cleanup the provider is %v with count %d, want %v with 0", got, refs, want)
	}
	if err := h.sync(func() error { return h.p.Cleanup(h.ctx) }); !errors.Is(err, fsm.ErrNotInitialised) {
		t.Fatalf("refcount balance: one Cleanup too many returned %v, want ErrNotInitialised", err)
	}
	s := h.sim
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.resources || s.inits != s.frees || s.live != 0 {
		t.Fatalf("refcount balance: resources held %v, %d inits vs %d frees, %d sockets owned", s.resources, s.inits, s.frees, s.live)
	}
	for k, r := range s.socks {
		if r.st != "none" {
			t.Fatalf("refcount balance: socket %s still %s", k, r.st)
		}
	}
	if s.totalWritten != s.totalSent+s.totalDiscarded {
		t.Fatalf("refcount balance: graceful data lost: %d written, %d sent, %d discarded (abort or linger timeout)",
			s.totalWritten, s.totalSent, s.totalDiscarded)
	}
}

// reinitSafety starts the provider again at once: the Startup must succeed and behave
// exactly like the very first one, step for step in the spec and outcome for outcome
// against a brand-new provider.
func reinitSafety(t *rapid.T, h *harness) {
	v := rapid.Int64Range(propLow, propHigh+1).Draw(t, "reinit version")
	tab := rapid.SampledFrom([]string{"tabA", "tabB", "tabC"}).Draw(t, "reinit table")
	label := fmt.Sprintf("StartupFirst(t1,%d,%s)", v, tab)
	var found bool
	for _, st := range h.enabled() {
		if h.sp.Label(st) == label {
			h.do(st)
			found = true
			break
		}
	}
	if !found {
		t.Fatalf("reinit safety: the spec does not enable %s after full cleanup", label)
	}
	// Exactly like the very first Startup: the same successor as from the initial state,
	// but for lastStart.seen, which records the phase the Startup found.
	init, err := initial(h.sp)
	if err != nil {
		t.Fatalf("%v", err)
	}
	firsts, err := steps(h.sp, init)
	if err != nil {
		t.Fatalf("%v", err)
	}
	compared := false
	for _, st := range firsts {
		if h.sp.Label(st) != label {
			continue
		}
		compared = true
		for i, name := range h.sp.Vars {
			if name != "lastStart" && !value.Equal(st.State[i], h.cur[i]) {
				t.Fatalf("reinit safety: after the restart %s = %v, after the very first Startup %v", name, h.cur[i], st.State[i])
			}
		}
	}
	if !compared {
		t.Fatalf("reinit safety: the spec's initial state does not enable %s", label)
	}
	fresh := newSim(h.sim.slots, false)
	p := h.impl.New(h.config(fresh))
	n, err := p.Startup(context.Background(), version(v), fsm.WithCallbacks(tab))
	if err != nil {
		t.Fatalf("reinit safety: a brand-new provider refused the Startup: %v", err)
	}
	if n.Version.Major != uint8(h.ver) || p.State() != h.p.State() || p.Refs() != h.p.Refs() || p.Callbacks() != h.p.Callbacks() {
		t.Fatalf("reinit safety: the restarted provider (%v, %v(%d), %v) differs from a new one (%v, %v(%d), %v)",
			h.ver, h.p.State(), h.p.Refs(), h.p.Callbacks(), n.Version, p.State(), p.Refs(), p.Callbacks())
	}
	if fresh.inits != 1 || h.sim.inits != h.sim.frees+1 {
		t.Fatalf("reinit safety: Init ran %d times on a new provider, restarted one has %d inits for %d frees", fresh.inits, h.sim.inits, h.sim.frees)
	}
	if err := p.Cleanup(context.Background()); err != nil {
		t.Fatalf("reinit safety: cleaning up a new provider: %v", err)
	}
	st, ok := h.pick("CleanupFinal")
	if !ok {
		t.Fatalf("reinit safety: no final Cleanup enabled after the restart")
	}
	h.do(st)
	h.settle()
}
