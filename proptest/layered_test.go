package proptest

import (
	"context"
	"errors"
	"fmt"
	"sort"
	"sync"
	"testing"
	"time"

	"go.uber.org/goleak"
	"pgregory.net/rapid"

	"github.com/wspcycle/wspcycle/fsm"
	"github.com/wspcycle/wspcycle/tla/eval"
	"github.com/wspcycle/wspcycle/tla/value"
)

const (
	layTLA = "LayeredProvider.tla"
	layCfg = "testdata/LayeredProviderProp.cfg"
)

// countingLower is the base provider as the layered one sees it: it counts the lower
// Startups and Cleanups that succeed (the spec's lowerHeld), and can be told to refuse
// the next Startup.
type countingLower struct {
	base           Lifecycle
	mu             sync.Mutex
	fail           bool
	starts, cleans int64
}

func (l *countingLower) Startup(ctx context.Context, v fsm.Version, opts ...fsm.StartupOption) (fsm.Negotiated, error) {
	l.mu.Lock()
	fail := l.fail
	l.fail = false
	l.mu.Unlock()
	if fail {
		return fsm.Negotiated{}, &fsm.Error{Code: fsm.WSASYSNOTREADY, Op: "Startup", Err: errors.New("simulated base failure")}
	}
	n, err := l.base.Startup(ctx, v, opts...)
	if err == nil {
		l.mu.Lock()
		l.starts++
		l.mu.Unlock()
	}
	return n, err
}

func (l *countingLower) Cleanup(ctx context.Context) error {
	err := l.base.Cleanup(ctx)
	if err == nil {
		l.mu.Lock()
		l.cleans++
		l.mu.Unlock()
	}
	return err
}

func (l *countingLower) held() int64 {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.starts - l.cleans
}

// layHarness drives a layered provider over a base provider through steps of
// spec/LayeredProvider.tla, mapping both to the spec's variables after every step.
type layHarness struct {
	t       failer
	sp      *eval.Spec
	v       vars
	base    Lifecycle
	lower   *countingLower
	lsp     Lifecycle
	threads []string
	cur     value.State
	stepsN  int

	held   map[string]int64
	usock  map[string]bool
	others int64
	// the first Startup in progress, seen from inside the LSP's Init hook
	inFirst  string
	initFail bool
	initSaw  value.State
	initRan  bool
	// The spec's LSP phase and its ghost of the latest Startup, taken from
	// the spec's successor state at each check: lseen is a ghost, and the
	// phase only says whether the LSP was ever started.
	lphase, lseen value.Value
}

func newLayHarness(t failer, impl Impl) *layHarness {
	t.Helper()
	sp, err := loadSpec(layTLA, layCfg)
	if err != nil {
		t.Fatalf("load spec: %v", err)
	}
	init, err := initial(sp)
	if err != nil {
		t.Fatalf("%v", err)
	}
	h := &layHarness{t: t, sp: sp, v: varsOf(sp), held: map[string]int64{}, usock: map[string]bool{},
		lphase: sp.Run.Strings().Str("Uninitialized"), lseen: sp.Run.Strings().Str("none")}
	h.threads = domain(h.v.get(init, "held"))
	h.base = impl.New(Config{Low: fsm.DefaultVersion, High: fsm.DefaultVersion, MaxRefs: fsm.DefaultMaxRefs})
	h.lower = &countingLower{base: h.base}
	h.lsp = impl.Layered(h.lower, Config{
		Hooks: fsm.Hooks{
			Init: func(context.Context) error {
				// The lower Startup has succeeded; this thread holds the LSP's startup lock.
				h.initRan = true
				h.initSaw = h.mapped()
				if h.initFail {
					return errors.New("simulated LSP initialisation failure (invalid base function table)")
				}
				return nil
			},
			Drain: func(context.Context) error { // the LSP closes its own sockets at teardown
				for k := range h.usock {
					h.usock[k] = false
				}
				return nil
			},
		},
		Low: version(2), High: fsm.DefaultVersion, MaxRefs: fsm.DefaultMaxRefs,
	})
	h.cur = h.mapped()
	if !h.cur.Equal(init) {
		t.Fatalf("new providers do not map to the spec's initial state:%s", h.v.diff(init, h.cur))
	}
	return h
}

func (h *layHarness) mapped() value.State {
	strs := h.sp.Run.Strings()
	pc := func(t string) value.Value {
		if t == h.inFirst {
			return strs.Str("lowerStarted")
		}
		return strs.Str("idle")
	}
	lock := strs.Model("NoThread")
	if h.inFirst != "" {
		lock = strs.Model(h.inFirst)
	}
	s, err := h.v.build(map[string]value.Value{
		"lrefs":     value.Int(int64(h.lsp.Refs())),
		"lowerHeld": value.Int(h.lower.held()),
		"brefs":     value.Int(int64(h.base.Refs())),
		"others":    value.Int(h.others),
		"held":      fcn(strs, h.threads, func(t string) value.Value { return value.Int(h.held[t]) }),
		"usock":     fcn(strs, h.threads, func(t string) value.Value { return value.Bool(h.usock[t]) }),
		"pc":        fcn(strs, h.threads, pc),
		"lock":      lock,
		"lphase":    h.lphase,
		"lseen":     h.lseen,
	})
	if err != nil {
		h.t.Fatalf("%v", err)
	}
	return s
}

// enabled lists the steps a caller can start: the second half of a first Startup
// (FirstStartupDone, FirstStartupOwnFails) happens inside the call that began it.
func (h *layHarness) enabled() []eval.Step {
	all, err := steps(h.sp, h.cur)
	if err != nil {
		h.t.Fatalf("spec: %v", err)
	}
	var out []eval.Step
	for _, st := range all {
		switch h.sp.Actions[st.Action].Name {
		case "FirstStartupDone", "FirstStartupOwnFails", "TeardownDrained", "TeardownFree":
			continue
		}
		out = append(out, st)
	}
	return out
}

func (h *layHarness) check(label string, want value.State) {
	h.t.Helper()
	h.lphase, h.lseen = h.v.get(want, "lphase"), h.v.get(want, "lseen")
	got := h.mapped()
	inv, err := violated(h.sp, got)
	if err != nil {
		h.t.Fatalf("after %s: %v", label, err)
	}
	if inv != "" {
		h.t.Fatalf("after %s: invariant %s is violated by the implementation's state:%s", label, inv, h.v.diff(want, got))
	}
	if !got.Equal(want) {
		h.t.Fatalf("after %s the implementation is not in the spec's successor state:%s", label, h.v.diff(want, got))
	}
	h.cur = got
}

// do performs one step; a first Startup is two steps of the spec, and the state between
// them is checked from inside the LSP's Init hook.
func (h *layHarness) do(st eval.Step, second func([]string) int) {
	h.t.Helper()
	h.stepsN++
	name := h.sp.Actions[st.Action].Name
	label := h.sp.Label(st)
	th := ""
	if len(st.Params) > 0 {
		th = paramStr(st.Params[0])
	}
	ctx := context.Background()
	fail := func(format string, args ...any) {
		h.t.Helper()
		h.t.Fatalf("step %d, %s: %s", h.stepsN, label, fmt.Sprintf(format, args...))
	}
	want := st.State
	switch name {
	case "FirstStartupLowerFails":
		h.lower.mu.Lock()
		h.lower.fail = true
		h.lower.mu.Unlock()
		_, err := h.lsp.Startup(ctx, fsm.DefaultVersion)
		if !errors.Is(err, fsm.ErrSysNotReady) {
			fail("got %v, want the base provider's error", err)
		}
	case "FirstStartupLower":
		nexts, err := steps(h.sp, st.State)
		if err != nil {
			fail("spec: %v", err)
		}
		var cands []eval.Step
		var labels []string
		for _, n := range nexts {
			if l := h.sp.Label(n); l == "FirstStartupDone("+th+")" || l == "FirstStartupOwnFails("+th+")" {
				cands = append(cands, n)
				labels = append(labels, l)
			}
		}
		if len(cands) == 0 {
			fail("the spec has no way to finish this first Startup")
		}
		sort.Sort(byLabel{cands, labels})
		pick := cands[second(labels)]
		ok := h.sp.Actions[pick.Action].Name == "FirstStartupDone"
		h.inFirst, h.initFail, h.initRan, h.initSaw = th, !ok, false, nil
		_, err = h.lsp.Startup(ctx, fsm.DefaultVersion)
		h.inFirst = ""
		switch {
		case !h.initRan:
			fail("the LSP's own initialisation never ran after the lower Startup (err %v)", err)
		case ok && err != nil:
			fail("Startup failed: %v", err)
		case !ok && err == nil:
			fail("Startup succeeded although the LSP's initialisation failed")
		}
		if !h.initSaw.Equal(st.State) {
			fail("inside the first Startup, after the lower Startup, the state is not the spec's:%s", h.v.diff(st.State, h.initSaw))
		}
		if ok {
			h.held[th]++
		}
		label += " then " + h.sp.Label(pick)
		want = pick.State
	case "StartupAgain":
		if _, err := h.lsp.Startup(ctx, fsm.DefaultVersion); err != nil {
			fail("%v", err)
		}
		h.held[th]++
	case "StartupAgainFails":
		if _, err := h.lsp.Startup(ctx, version(1)); !errors.Is(err, fsm.ErrVersionNotSupported) {
			fail("got %v, want ErrVersionNotSupported", err)
		}
	case "CleanupNotInitialised":
		if err := h.lsp.Cleanup(ctx); !errors.Is(err, fsm.ErrNotInitialised) {
			fail("got %v, want ErrNotInitialised", err)
		}
	case "CleanupRelease", "CleanupFinal":
		if err := h.lsp.Cleanup(ctx); err != nil {
			fail("%v", err)
		}
		h.held[th]--
		if name == "CleanupFinal" {
			// The final Cleanup returns once the LSP's teardown is over:
			// the spec's TeardownDrained and TeardownFree happen inside it.
			for _, next := range []string{"TeardownDrained", "TeardownFree"} {
				nexts, err := steps(h.sp, want)
				if err != nil {
					fail("spec: %v", err)
				}
				found := false
				for _, n := range nexts {
					if h.sp.Actions[n.Action].Name == next {
						want, found = n.State, true
						break
					}
				}
				if !found {
					fail("the spec has no %s after this final Cleanup", next)
				}
				label += " then " + next
			}
		}
	case "OpenSocket", "CloseSocket":
		open := name == "OpenSocket"
		if err := h.lsp.Call(ctx, func(context.Context) error { h.usock[th] = open; return nil }); err != nil {
			fail("%v", err)
		}
	case "OtherStartup":
		if _, err := h.base.Startup(ctx, fsm.DefaultVersion); err != nil {
			fail("%v", err)
		}
		h.others++
	case "OtherCleanup":
		if err := h.base.Cleanup(ctx); err != nil {
			fail("%v", err)
		}
		h.others--
	default:
		fail("the harness does not know action %s", name)
	}
	h.check(label, want)
}

type byLabel struct {
	s []eval.Step
	l []string
}

func (b byLabel) Len() int           { return len(b.s) }
func (b byLabel) Less(i, j int) bool { return b.l[i] < b.l[j] }
func (b byLabel) Swap(i, j int)      { b.s[i], b.s[j] = b.s[j], b.s[i]; b.l[i], b.l[j] = b.l[j], b.l[i] }

// TestLayeredStateMachine is TestLifecycleStateMachine for fsm.Layered over a base
// provider that another client also uses: the spec's invariants (the base count equals
// the other client's references plus the LSP's outstanding lower Startups, one per
// layered lifecycle) hold after every step and inside every first Startup.
func TestLayeredStateMachine(t *testing.T) {
	defer goleak.VerifyNone(t)
	start := time.Now()
	n := suiteLayered(t, Real)
	if el := time.Since(start).Seconds(); el > 0 {
		t.Logf("%d checks, %d steps in %.2fs: %.0f checks/s", n.checks, n.steps, el, float64(n.checks)/el)
	}
}

func suiteLayered(tb rapid.TB, impl Impl) counts {
	var n counts
	rapid.Check(tb, func(t *rapid.T) {
		n.checks++
		h := newLayHarness(t, impl)
		second := func(labels []string) int { return rapid.IntRange(0, len(labels)-1).Draw(t, "then") }
		t.Repeat(map[string]func(*rapid.T){
			"step": func(t *rapid.T) {
				sts := h.enabled()
				i := rapid.IntRange(0, len(sts)-1).Draw(t, "step")
				t.Logf("step %d: %s", h.stepsN+1, h.sp.Label(sts[i]))
				h.do(sts[i], second)
			},
		})
		layeredBalance(t, h, second)
		n.steps += h.stepsN
	})
	return n
}

// layeredBalance issues every outstanding Cleanup (closing sockets first, as the spec's
// users do) and checks that every lower Startup was matched and the LSP restarts cleanly.
func layeredBalance(t *rapid.T, h *layHarness, second func([]string) int) {
	pick := func(names ...string) bool {
		for _, n := range names {
			for _, st := range h.enabled() {
				if h.sp.Actions[st.Action].Name == n {
					h.do(st, second)
					return true
				}
			}
		}
		return false
	}
	for i := 0; pick("CloseSocket", "CleanupRelease", "CleanupFinal", "OtherCleanup"); i++ {
		if i > 100 {
			t.Fatalf("refcount balance: cleanups do not end")
		}
	}
	if h.lsp.Refs() != 0 || h.lower.held() != 0 || h.base.Refs() != 0 {
		t.Fatalf("refcount balance: layered count %d, lower Startups unmatched %d, base count %d", h.lsp.Refs(), h.lower.held(), h.base.Refs())
	}
	// Reinit safety: a new layered lifecycle starts the base again, once.
	st, ok := h.pickStep("FirstStartupLower")
	if !ok {
		t.Fatalf("reinit safety: no first Startup enabled")
	}
	h.do(st, func(labels []string) int {
		for i, l := range labels {
			if len(l) > 16 && l[:16] == "FirstStartupDone" {
				return i
			}
		}
		return 0
	})
	if h.lower.held() != 1 || h.base.Refs() != 1 {
		t.Fatalf("reinit safety: after a restart the LSP holds %d lower Startups, base count %d", h.lower.held(), h.base.Refs())
	}
	if !pick("CleanupFinal") || h.base.Refs() != 0 {
		t.Fatalf("reinit safety: the restarted LSP did not clean the base up")
	}
}

func (h *layHarness) pickStep(name string) (eval.Step, bool) {
	for _, st := range h.enabled() {
		if h.sp.Actions[st.Action].Name == name {
			return st, true
		}
	}
	return eval.Step{}, false
}
