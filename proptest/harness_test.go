package proptest

import (
	"context"
	"errors"
	"fmt"
	"sort"
	"time"

	"github.com/wspcycle/wspcycle/fsm"
	"github.com/wspcycle/wspcycle/tla/eval"
	"github.com/wspcycle/wspcycle/tla/value"
)

// The constants of testdata/ProviderLifecycleProp.cfg that the runtime is configured with.
// (If they drifted from the cfg, VersionNegotiated or CountInRange would fail at once.)
const (
	propTLA  = "ProviderLifecycle.tla"
	propCfg  = "testdata/ProviderLifecycleProp.cfg"
	propLow  = 2
	propHigh = 4
	propMax  = 3
)

// hangLimit only detects a hang (a call that neither parks in a hook nor returns); no test
// outcome depends on timing.
const hangLimit = 10 * time.Second

// failer is the part of rapid.T and testing.T the harness reports through.
type failer interface {
	Helper()
	Fatalf(format string, args ...any)
	Logf(format string, args ...any)
}

// harness drives one Lifecycle embedding a sim through steps of the spec, and maps the
// pair to a state of the spec after each one.
type harness struct {
	t       failer
	sp      *eval.Spec
	v       vars
	impl    Impl
	p       Lifecycle
	sim     *sim
	threads []string
	cur     value.State // the mapped state after the last step
	ctx     context.Context
	stepsN  int

	// Ghost variables of the spec, kept from what the implementation returned.
	seen      string // lastStart.seen ("none": no Startup since the last Free)
	req, ver  int64
	tab       string
	balance   int64
	pc        map[string]string
	done      chan error // the final Cleanup in flight, or nil
	cleaner   string
	everStart bool
}

func newHarness(t failer, impl Impl) *harness {
	t.Helper()
	sp, err := loadSpec(propTLA, propCfg)
	if err != nil {
		t.Fatalf("load spec: %v", err)
	}
	init, err := initial(sp)
	if err != nil {
		t.Fatalf("%v", err)
	}
	v := varsOf(sp)
	h := &harness{t: t, sp: sp, v: v, impl: impl, ctx: context.Background(), seen: "none", pc: map[string]string{}}
	h.threads = domain(v.get(init, "pc"))
	h.sim = newSim(domain(v.get(init, "sock")), true)
	h.p = impl.New(h.config(h.sim))
	for _, th := range h.threads {
		h.pc[th] = "idle"
	}
	h.cur = h.mapped()
	if !h.cur.Equal(init) {
		t.Fatalf("a new provider does not map to the spec's initial state:%s", v.diff(init, h.cur))
	}
	return h
}

func (h *harness) config(s *sim) Config {
	return Config{Hooks: fsm.Hooks{Init: s.Init, Drain: s.Drain, Free: s.Free},
		Low: version(propLow), High: version(propHigh), MaxRefs: propMax}
}

// domain lists the keys of a TLA+ function value (threads, socket slots) by name.
func domain(f value.Value) []string {
	fn, ok := f.(*value.FcnV)
	if !ok {
		return nil
	}
	var out []string
	for i := 0; i < fn.Len(); i++ {
		out = append(out, fn.Key(i).String())
	}
	sort.Strings(out)
	return out
}

// mapped is the implementation's state as a state of the spec: phase, counter and
// callback table from the Lifecycle; resources, sockets and data counts from the sim;
// lastStart, balance and pc from what the calls returned.
func (h *harness) mapped() value.State {
	table := "NoTable"
	if cb := h.p.Callbacks(); cb != nil {
		table = fmt.Sprint(cb)
	}
	ls := value.Record("seen", value.Str("none"), "req", value.Int(0), "ver", value.Int(0), "tab", value.ModelValue("NoTable"))
	if h.seen != "none" {
		ls = value.Record("seen", value.Str(h.seen), "req", value.Int(h.req), "ver", value.Int(h.ver), "tab", value.ModelValue(h.tab))
	}
	h.sim.mu.Lock()
	defer h.sim.mu.Unlock()
	s, err := h.v.build(map[string]value.Value{
		"phase":     value.Str(h.p.State().String()),
		"refs":      value.Int(int64(h.p.Refs())),
		"resources": value.Bool(h.sim.resources),
		"table":     value.ModelValue(table),
		"lastStart": ls,
		"balance":   value.Int(h.balance),
		"pc":        fcn(h.threads, func(t string) value.Value { return value.Str(h.pc[t]) }),
		"sock":      fcn(h.sim.slots, func(k string) value.Value { return h.sim.socks[k].value() }),
		"live":      value.Int(h.sim.live),
		"written":   value.Int(h.sim.written),
		"sent":      value.Int(h.sim.sent),
		"discarded": value.Int(h.sim.discarded),
	})
	if err != nil {
		h.t.Fatalf("%v", err)
	}
	return s
}

// drawable reports whether the sequential harness can perform a step: a Startup that
// waits out a teardown needs a second caller, which the concurrency suite provides.
func (h *harness) drawable(st eval.Step) bool {
	switch h.sp.Actions[st.Action].Name {
	case "StartupWait", "StartupGiveUp":
		return false
	}
	return true
}

// enabled lists the drawable steps from the current state.
func (h *harness) enabled() []eval.Step {
	all, err := steps(h.sp, h.cur)
	if err != nil {
		h.t.Fatalf("spec: %v", err)
	}
	out := all[:0]
	for _, st := range all {
		if h.drawable(st) {
			out = append(out, st)
		}
	}
	return out
}

// do performs one step of the spec on the implementation, then checks the spec's
// invariants on the mapped state and that it is the step's successor.
func (h *harness) do(st eval.Step) {
	h.t.Helper()
	label := h.sp.Label(st)
	h.stepsN++
	if err := h.exec(st); err != nil {
		h.t.Fatalf("step %d, %s: %v", h.stepsN, label, err)
	}
	h.check(label, st.State)
}

func (h *harness) check(label string, want value.State) {
	h.t.Helper()
	if len(h.sim.problems) > 0 {
		h.t.Fatalf("after %s: %v", label, h.sim.problems)
	}
	got := h.mapped()
	inv, err := violated(h.sp, got)
	if err != nil {
		h.t.Fatalf("after %s: %v", label, err)
	}
	if inv != "" {
		h.t.Fatalf("after %s: invariant %s is violated by the implementation's state:%s", label, inv, h.v.diff(want, got))
	}
	if want != nil && !got.Equal(want) {
		h.t.Fatalf("after %s the implementation is not in the spec's successor state:%s", label, h.v.diff(want, got))
	}
	h.cur = got
}

func expect(err, want error) error {
	if want == nil && err != nil {
		return fmt.Errorf("unexpected error %v", err)
	}
	if want != nil && !errors.Is(err, want) {
		return fmt.Errorf("got %v, want %v", err, want)
	}
	return nil
}

// exec performs the implementation's side of a step of the spec.
func (h *harness) exec(st eval.Step) error {
	info := h.sp.Actions[st.Action]
	arg := map[string]value.Value{}
	for i, n := range info.Params {
		if i < len(st.Params) {
			arg[n] = st.Params[i]
		}
	}
	th, ver, tab := paramStr(arg["t"]), paramInt(arg["v"]), ""
	if x, ok := arg["tab"]; ok {
		tab = paramStr(x)
	}
	slot := ""
	if x, ok := arg["s"]; ok {
		slot = paramStr(x)
	}
	call := func(f func() error) error {
		return h.p.Call(h.ctx, func(context.Context) error { return f() })
	}
	switch info.Name {
	case "StartupBadVersion":
		// A refused Startup must not install its table either (the mapping would show it).
		_, err := h.p.Startup(h.ctx, version(ver), fsm.WithCallbacks("tabC"))
		return expect(err, fsm.ErrVersionNotSupported)
	case "StartupInitFails":
		h.sim.mu.Lock()
		h.sim.failInit = true
		h.sim.mu.Unlock()
		_, err := h.p.Startup(h.ctx, version(ver), fsm.WithCallbacks("tabA"))
		h.sim.mu.Lock()
		ran := !h.sim.failInit
		h.sim.failInit = false
		h.sim.mu.Unlock()
		if !ran {
			return fmt.Errorf("a first Startup did not run Init (returned %v)", err)
		}
		return expect(err, fsm.ErrSysNotReady)
	case "StartupTooMany":
		_, err := h.p.Startup(h.ctx, version(ver), fsm.WithCallbacks(tab))
		return expect(err, fsm.ErrProcessLimit)
	case "StartupFirst", "StartupAgain":
		seen := h.p.State().String()
		n, err := h.p.Startup(h.ctx, version(ver), fsm.WithCallbacks(tab))
		if err != nil {
			return fmt.Errorf("Startup failed: %v", err)
		}
		if n.High != version(propHigh) {
			return fmt.Errorf("Startup reported high version %v, want %v", n.High, version(propHigh))
		}
		h.seen, h.req, h.ver, h.tab = seen, ver, int64(n.Version.Major), tab
		h.balance++
		h.everStart = true
		return nil
	case "CleanupNotInitialised":
		return expect(h.p.Cleanup(h.ctx), fsm.ErrNotInitialised)
	case "CleanupRelease":
		h.balance--
		return expect(h.p.Cleanup(h.ctx), nil)
	case "CleanupFinal":
		h.balance--
		h.pc[th], h.cleaner = "cleaning", th
		h.done = make(chan error, 1)
		go func(done chan error) { done <- h.p.Cleanup(h.ctx) }(h.done)
		return h.await("Drain")
	case "DrainDone":
		h.sim.drainGo <- struct{}{}
		return h.await("Free")
	case "FreeDone":
		h.sim.freeGo <- struct{}{}
		h.seen = "none" // the spec forgets the last Startup when Free is done
		return h.await("return")
	case "OpenSocket":
		return expect(call(func() error { return h.sim.open(slot, paramStr(arg["l"]), paramBool(arg["b"])) }), nil)
	case "Send":
		return expect(call(func() error { return h.sim.write(slot) }), nil)
	case "StartOp":
		return expect(call(func() error { return h.sim.startOp(slot) }), nil)
	case "CompleteOp":
		h.sim.completeOp(slot)
	case "CloseWouldBlock":
		return expect(call(func() error { return h.sim.close(slot) }), errWouldBlock)
	case "Close":
		return expect(call(func() error { return h.sim.close(slot) }), nil)
	case "Transmit":
		h.sim.transmit(slot)
	case "LingerTimeout":
		h.sim.lingerTimeout(slot)
	case "HandOff":
		h.sim.handOff(slot)
	default:
		return fmt.Errorf("the harness does not know action %s", info.Name)
	}
	return nil
}

// await waits until the final Cleanup in flight parks in a hook or returns, and checks
// that it got where the step expects ("Drain", "Free" or "return").
func (h *harness) await(want string) error {
	if h.done == nil {
		return fmt.Errorf("no final Cleanup in flight")
	}
	got := ""
	select {
	case <-h.sim.drainParked:
		got = "Drain"
	case <-h.sim.freeParked:
		got = "Free"
	case err := <-h.done:
		got = "return"
		h.done = nil
		h.pc[h.cleaner] = "idle"
		if err != nil {
			return fmt.Errorf("the final Cleanup failed: %v", err)
		}
	case <-time.After(hangLimit):
		return fmt.Errorf("the final Cleanup neither reached a hook nor returned (hung)")
	}
	if got != want {
		return fmt.Errorf("the final Cleanup reached %s, want %s", got, want)
	}
	return nil
}

// close releases a harness whose run stopped midway: parked hooks return, the final
// Cleanup in flight is waited for.
func (h *harness) close() {
	close(h.sim.abort)
	if h.done != nil {
		select {
		case <-h.done:
		case <-time.After(hangLimit):
		}
	}
}

// pick returns the first enabled step whose action is one of names (in that preference).
func (h *harness) pick(names ...string) (eval.Step, bool) {
	all := h.enabled()
	for _, n := range names {
		for _, st := range all {
			if h.sp.Actions[st.Action].Name == n {
				return st, true
			}
		}
	}
	return eval.Step{}, false
}

// settle finishes a teardown in progress: the peer takes the data or the stack takes it
// over, then Drain and Free complete.
func (h *harness) settle() {
	h.t.Helper()
	for i := 0; ; i++ {
		ph := h.v.str(h.cur, "phase")
		if ph != "Draining" && ph != "Freeing" {
			return
		}
		st, ok := h.pick("DrainDone", "FreeDone", "HandOff", "Transmit", "LingerTimeout")
		if !ok || i > 100 {
			h.t.Fatalf("teardown cannot finish in phase %s", ph)
		}
		h.do(st)
	}
}
