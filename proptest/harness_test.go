package proptest

import (
	"context"
	"errors"
	"fmt"
	"sort"
	"time"

	"pgregory.net/rapid"

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

	// A Startup made during teardown (the spec's StartupWait), waiting in its own
	// goroutine: the spec's pc[waiter] is "waiting" until it resumes or gives up.
	rt         *rapid.T // draws the waiting Startup's arguments; nil: no StartupWait
	waiter     string
	waitVer    int64
	waitTab    string
	waitCancel context.CancelFunc
	waitRes    chan startRes
	waitEv     chan fsm.Event // Wait events from the provider's observer

	counts *counts // if set, the steps done are counted here
}

type startRes struct {
	n   fsm.Negotiated
	err error
}

// count records a step about to be done (a resumed Startup as such).
func (n *counts) count(h *harness, st eval.Step) {
	name := h.sp.Actions[st.Action].Name
	n.actions[name]++
	if h.waiter != "" && paramStr(h.args(st)["t"]) == h.waiter && name != "StartupGiveUp" {
		n.resumed++
		if name == "StartupInitFails" {
			n.resumedFail++
		}
	}
}

// waitTables are the spec's Tables (testdata/ProviderLifecycleProp.cfg).
var waitTables = []string{"tabA", "tabB", "tabC"}

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
	h := &harness{t: t, sp: sp, v: v, impl: impl, ctx: context.Background(), seen: "none", pc: map[string]string{},
		waitEv: make(chan fsm.Event, 8)}
	h.rt, _ = t.(*rapid.T)
	h.threads = domain(v.get(init, "pc"))
	h.sim = newSim(domain(v.get(init, "sock")), true)
	cfg := h.config(h.sim)
	cfg.Observer = func(e fsm.Event) {
		if e.Wait {
			select {
			case h.waitEv <- e:
			default:
			}
		}
	}
	h.p = impl.New(cfg)
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
	strs := h.sp.Run.Strings()
	table := "NoTable"
	if cb := h.p.Callbacks(); cb != nil {
		table = fmt.Sprint(cb)
	}
	ls := strs.Record("seen", strs.Str("none"), "req", value.Int(0), "ver", value.Int(0), "tab", strs.Model("NoTable"))
	if h.seen != "none" {
		ls = strs.Record("seen", strs.Str(h.seen), "req", value.Int(h.req), "ver", value.Int(h.ver), "tab", strs.Model(h.tab))
	}
	h.sim.mu.Lock()
	defer h.sim.mu.Unlock()
	s, err := h.v.build(map[string]value.Value{
		"phase":     strs.Str(h.p.State().String()),
		"refs":      value.Int(int64(h.p.Refs())),
		"resources": value.Bool(h.sim.resources),
		"table":     strs.Model(table),
		"lastStart": ls,
		"balance":   value.Int(h.balance),
		"pc":        fcn(strs, h.threads, func(t string) value.Value { return strs.Str(h.pc[t]) }),
		"sock":      fcn(strs, h.sim.slots, func(k string) value.Value { return h.sim.socks[k].value(strs) }),
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

// teardown reports whether the mapped state is in teardown (Draining or Freeing).
func (h *harness) teardown() bool {
	ph := h.v.str(h.cur, "phase")
	return ph == "Draining" || ph == "Freeing"
}

// drawable reports whether the harness can perform a step. One Startup at a time waits
// out a teardown (StartupWait), in a goroutine of its own; it can give up only while it
// waits (once teardown is over it is already on its way, in Init), and when teardown is
// over it resumes before anything else happens, with the version and table it was called
// with: the spec's ResumeStartup, as StartupFirst or StartupInitFails of that thread.
func (h *harness) drawable(st eval.Step) bool {
	name := h.sp.Actions[st.Action].Name
	switch name {
	case "StartupWait":
		return h.waiter == "" && h.rt != nil
	case "StartupGiveUp":
		return h.teardown()
	}
	if h.waiter == "" || h.teardown() {
		return true
	}
	arg := h.args(st)
	if paramStr(arg["t"]) != h.waiter || paramInt(arg["v"]) != h.waitVer {
		return false
	}
	return name == "StartupInitFails" || name == "StartupFirst" && paramStr(arg["tab"]) == h.waitTab
}

// args names the parameters of a step.
func (h *harness) args(st eval.Step) map[string]value.Value {
	arg := map[string]value.Value{}
	for i, n := range h.sp.Actions[st.Action].Params {
		if i < len(st.Params) {
			arg[n] = st.Params[i]
		}
	}
	return arg
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
	if h.counts != nil {
		h.counts.count(h, st)
	}
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
	arg := h.args(st)
	th, ver, tab := paramStr(arg["t"]), paramInt(arg["v"]), ""
	if x, ok := arg["tab"]; ok {
		tab = paramStr(x)
	}
	slot := ""
	if x, ok := arg["s"]; ok {
		slot = paramStr(x)
	}
	call := func(f func() error) error {
		return h.sync(func() error { return h.p.Call(h.ctx, func(context.Context) error { return f() }) })
	}
	startup := func(v int64, tab string) (n fsm.Negotiated, err error) {
		err = h.sync(func() (err error) {
			n, err = h.p.Startup(h.ctx, version(v), fsm.WithCallbacks(tab))
			return err
		})
		return n, err
	}
	if th != "" && th == h.waiter {
		startup = func(int64, string) (fsm.Negotiated, error) { return h.resume(info.Name) }
	}
	switch info.Name {
	case "StartupWait":
		return h.startWaiter(th)
	case "StartupGiveUp":
		return h.giveUp(th)
	case "StartupBadVersion":
		// A refused Startup must not install its table either (the mapping would show it).
		_, err := startup(ver, "tabC")
		return expect(err, fsm.ErrVersionNotSupported)
	case "StartupInitFails":
		h.sim.mu.Lock()
		h.sim.failInit = true
		h.sim.mu.Unlock()
		_, err := startup(ver, "tabA")
		h.sim.mu.Lock()
		ran := !h.sim.failInit
		h.sim.failInit = false
		h.sim.mu.Unlock()
		if !ran {
			return fmt.Errorf("a first Startup did not run Init (returned %v)", err)
		}
		return expect(err, fsm.ErrSysNotReady)
	case "StartupTooMany":
		_, err := startup(ver, tab)
		return expect(err, fsm.ErrProcessLimit)
	case "StartupFirst", "StartupAgain":
		seen := h.p.State().String()
		n, err := startup(ver, tab)
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
		return expect(h.sync(func() error { return h.p.Cleanup(h.ctx) }), fsm.ErrNotInitialised)
	case "CleanupRelease":
		h.balance--
		return expect(h.sync(func() error { return h.p.Cleanup(h.ctx) }), nil)
	case "CleanupFinal":
		h.balance--
		h.pc[th], h.cleaner = "cleaning", th
		h.done = make(chan error, 1)
		go func(done chan error) { done <- h.p.Cleanup(h.ctx) }(h.done)
		return h.await("Drain")
	case "DrainDone":
		if err := h.notReturned("Drain"); err != nil {
			return err
		}
		h.sim.drainGo <- struct{}{}
		return h.await("Free")
	case "FreeDone":
		if err := h.notReturned("Free"); err != nil {
			return err
		}
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
	case "PeerSends":
		h.sim.peerSends(slot)
	case "PeerReset":
		h.sim.peerReset(slot)
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

// notReturned checks that the final Cleanup in flight, parked in hook, has not returned:
// it must not return before teardown is over. (It can only return later than this check,
// so the check never fails a correct runtime; a Cleanup that returns early is caught here
// as soon as it has, or by await.)
func (h *harness) notReturned(hook string) error {
	select {
	case err := <-h.done:
		h.done = nil
		h.pc[h.cleaner] = "idle"
		return fmt.Errorf("the final Cleanup returned (%v) while %s had not finished", err, hook)
	default:
		return nil
	}
}

// sync runs a call that must return without parking in a hook: one that parks (say, a
// Cleanup that begins a teardown the step does not expect) is reported rather than left
// to hang the test; close lets the hook go.
func (h *harness) sync(f func() error) error {
	res := make(chan error, 1)
	go func() { res <- f() }()
	select {
	case err := <-res:
		return err
	case <-h.sim.drainParked:
		return fmt.Errorf("the call began a teardown: it is parked in Drain")
	case <-h.sim.freeParked:
		return fmt.Errorf("the call is parked in Free")
	case <-h.sim.initParked:
		return fmt.Errorf("the call ran the Init that a waiting Startup was to run")
	case <-time.After(hangLimit):
		return fmt.Errorf("the call hung")
	}
}

// startWaiter makes a Startup of thread th during teardown, in a goroutine, and checks
// that it waits (the provider's observer reports the Wait event) without running Init or
// returning. Its version and table are drawn now: the spec's ResumeStartup later picks
// the same ones.
func (h *harness) startWaiter(th string) error {
	if !h.teardown() {
		return fmt.Errorf("StartupWait outside teardown")
	}
	v := rapid.Int64Range(propLow, propHigh+1).Draw(h.rt, "waiting version")
	tab := rapid.SampledFrom(waitTables).Draw(h.rt, "waiting table")
	for len(h.waitEv) > 0 {
		<-h.waitEv
	}
	ctx, cancel := context.WithCancel(context.Background())
	h.waiter, h.waitVer, h.waitTab, h.waitCancel = th, v, tab, cancel
	h.waitRes = make(chan startRes, 1)
	h.pc[th] = "waiting"
	h.sim.armInit(true)
	go func(res chan startRes) {
		n, err := h.p.Startup(ctx, version(v), fsm.WithCallbacks(tab))
		res <- startRes{n, err}
	}(h.waitRes)
	select {
	case e := <-h.waitEv:
		if e.Trigger != fsm.TriggerStartup || (e.From != fsm.StateDraining && e.From != fsm.StateFreeing) || e.From != e.To || e.Refs != e.NewRefs {
			return fmt.Errorf("a Startup during teardown reported the wait %v", e)
		}
		return nil
	case r := <-h.waitRes:
		h.waitRes = nil
		return fmt.Errorf("a Startup during teardown returned (%v, %v) instead of waiting", r.n, r.err)
	case <-h.sim.initParked:
		return fmt.Errorf("a Startup during teardown ran Init on the provider being torn down")
	case <-time.After(hangLimit):
		return fmt.Errorf("a Startup during teardown neither waited nor returned")
	}
}

// giveUp cancels the waiting Startup's context: it must return ErrInterrupted having
// changed nothing (the spec's StartupGiveUp).
func (h *harness) giveUp(th string) error {
	if th != h.waiter {
		return fmt.Errorf("thread %s gives up but %q is the one waiting", th, h.waiter)
	}
	h.waitCancel()
	r, err := h.waited()
	h.sim.armInit(false)
	if err != nil {
		return err
	}
	return expect(r.err, fsm.ErrInterrupted)
}

// resume lets the waiting Startup go on once teardown is over (the spec's ResumeStartup,
// as action name): it has woken and parked in Init; Init fails if name says so.
func (h *harness) resume(name string) (fsm.Negotiated, error) {
	select {
	case <-h.sim.initParked:
	case r := <-h.waitRes:
		h.waitRes = nil
		h.endWait()
		return r.n, fmt.Errorf("the waiting Startup returned (%v) without running Init", r.err)
	case <-time.After(hangLimit):
		return fsm.Negotiated{}, fmt.Errorf("the waiting Startup did not go on when teardown was over")
	}
	h.sim.mu.Lock()
	h.sim.failInit = name == "StartupInitFails"
	h.sim.mu.Unlock()
	h.sim.initGo <- struct{}{}
	r, err := h.waited()
	if err != nil {
		return r.n, err
	}
	return r.n, r.err
}

// waited collects the waiting Startup's result and ends the wait.
func (h *harness) waited() (startRes, error) {
	select {
	case r := <-h.waitRes:
		h.waitRes = nil
		h.endWait()
		return r, nil
	case <-time.After(hangLimit):
		return startRes{}, fmt.Errorf("the waiting Startup did not return")
	}
}

func (h *harness) endWait() {
	h.pc[h.waiter] = "idle"
	h.waitCancel()
	h.waiter, h.waitCancel = "", nil
}

// close releases a harness whose run stopped midway: parked hooks return, the final
// Cleanup and a waiting Startup in flight are waited for.
func (h *harness) close() {
	close(h.sim.abort)
	if h.waitCancel != nil {
		h.waitCancel()
	}
	if h.waitRes != nil {
		select {
		case <-h.waitRes:
		case <-time.After(hangLimit):
		}
	}
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
// over, then Drain and Free complete. Now and then a Startup arrives meanwhile and waits
// (or gives up); one still waiting when teardown is over resumes.
func (h *harness) settle() {
	h.t.Helper()
	for i := 0; h.teardown(); i++ {
		ph := h.v.str(h.cur, "phase")
		if h.rt != nil && i < 100 && rapid.IntRange(0, 3).Draw(h.rt, "a Startup arrives or gives up during teardown") == 0 {
			if st, ok := h.pick("StartupWait", "StartupGiveUp"); ok {
				h.do(st)
				continue
			}
		}
		st, ok := h.pick("DrainDone", "FreeDone", "HandOff", "Transmit", "LingerTimeout")
		if !ok || i > 100 {
			h.t.Fatalf("teardown cannot finish in phase %s", ph)
		}
		h.do(st)
	}
	if h.waiter != "" && !h.teardown() {
		names := []string{"StartupFirst", "StartupInitFails"}
		if h.rt != nil && rapid.IntRange(0, 3).Draw(h.rt, "the resumed Startup's Init fails") == 0 {
			names[0], names[1] = names[1], names[0]
		}
		st, ok := h.pick(names...)
		if !ok {
			h.t.Fatalf("the spec does not let the Startup waiting in %s resume", h.v.str(h.cur, "phase"))
		}
		h.do(st)
	}
}
