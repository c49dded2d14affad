package fsm

import (
	"context"
	"errors"
	"sync"

	"github.com/qmuntal/stateless"
)

// Provider is the reference-counted lifecycle of one provider instance. Make one with New
// (or Layered); it is safe for concurrent use and every method is linearizable.
type Provider struct {
	mu    sync.Mutex // guards everything below except dmu and spare
	phase State      // the spec's phase variable; stateless reads and writes it
	v     vars       // the spec's counter and its bound
	sm    *stateless.StateMachine
	opts  options
	hooks Hooks

	callbacks    any
	initializing bool                 // an Init hook is running; Startups wait for it
	calls        int                  // Calls in progress
	cancels      []context.CancelFunc // per call slot: cancels the Call's context (nil: free)
	freeSlots    []int
	changed      chan struct{} // closed (and replaced) when a waiter may proceed
	waiting      chan struct{} // closed (and replaced) when a caller starts waiting

	seq     uint64  // last Event.Seq
	pending []Event // emitted, not yet delivered
	dmu     sync.Mutex
	spare   []Event // guarded by dmu
}

var errNilArgument = errors.New("nil argument")

// New returns a provider in phase Uninitialized with counter 0. An invalid option does not
// panic: it is reported, as ErrInvalid, by every Startup.
func New(h Hooks, opts ...Option) *Provider {
	o := defaultOptions()
	for _, opt := range opts {
		if opt == nil {
			o.fail(errors.New("nil Option"))
			continue
		}
		opt(&o)
	}
	p := &Provider{hooks: h, opts: o, phase: initialState}
	p.v.Max = o.maxRefs
	p.sm = stateless.NewStateMachineWithExternalStorage(
		func(context.Context) (stateless.State, error) { return p.phase, nil },
		func(_ context.Context, s stateless.State) error { p.phase = s.(State); return nil },
		stateless.FiringImmediate)
	configure(p.sm)
	return p
}

// State returns the current phase (Uninitialized for a nil provider).
func (p *Provider) State() State {
	if p == nil {
		return initialState
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	return p.phase
}

// Refs returns the current reference count: the number of successful Startups not yet
// matched by a Cleanup (0 for a nil provider).
func (p *Provider) Refs() int {
	if p == nil {
		return 0
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	return p.v.Refs
}

// Callbacks returns the callback table of the latest successful Startup that supplied one
// (WithCallbacks), or nil. The final Cleanup forgets it.
func (p *Provider) Callbacks() any {
	if p == nil {
		return nil
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	return p.callbacks
}

// Startup adds a user. The first one (counter 0 -> 1) runs Init outside the lock; an Init
// error fails the Startup and changes nothing. A Startup that arrives during teardown, or
// while another Startup's Init runs, waits until it can proceed or until ctx ends (then it
// returns ErrInterrupted wrapping ctx.Err() and changes nothing).
func (p *Provider) Startup(ctx context.Context, requested Version, opts ...StartupOption) (Negotiated, error) {
	if p == nil || ctx == nil {
		return Negotiated{}, &Error{Code: WSAEFAULT, Op: "Startup", Err: errNilArgument}
	}
	if err := p.invalid("Startup"); err != nil {
		return Negotiated{}, p.refuse(TriggerStartup, err)
	}
	if err := ctx.Err(); err != nil {
		return Negotiated{}, p.refuse(TriggerStartup, wrap("Startup", WSAEINTR, err))
	}
	n, ok := negotiate(requested, p.opts.low, p.opts.high)
	if !ok {
		return Negotiated{}, p.refuse(TriggerStartup, &Error{Code: WSAVERNOTSUPPORTED, Op: "Startup",
			Err: errors.New("requested " + requested.String() + ", lowest supported " + p.opts.low.String())})
	}
	p.mu.Lock()
	from, refs := p.phase, p.v.Refs
	if fastStep(TriggerStartup, p.phase, &p.v) {
		p.setCallbacks(opts)
		p.emit(TriggerStartup, from, refs, nil)
		p.mu.Unlock()
		if p.opts.observer != nil {
			p.deliver()
		}
		return n, nil
	}
	if err := p.startupSlow(ctx, opts); err != nil {
		return Negotiated{}, err
	}
	return n, nil
}

// startupSlow runs with p.mu held and releases it.
func (p *Provider) startupSlow(ctx context.Context, opts []StartupOption) error {
	waited := false
	for p.initializing || !p.canFire(TriggerStartup) {
		if !p.initializing && !waits(TriggerStartup, p.phase, &p.v) {
			return p.refuseLocked(TriggerStartup, p.noTransition("Startup"))
		}
		if p.isInside(ctx) {
			return p.refuseLocked(TriggerStartup, &Error{Code: WSAEINPROGRESS, Op: "Startup",
				Err: errors.New("called from inside a hook or Call of the same provider while it cannot proceed")})
		}
		if err := p.waitTurn(ctx, TriggerStartup, &waited); err != nil {
			return err
		}
	}
	initRan := false
	if p.v.Refs == 0 {
		p.initializing = true
		p.mu.Unlock()
		err := runHook(p.mark(ctx), "Init", p.hooks.Init)
		var refusal *Error
		if err != nil {
			refusal = wrap("Startup", WSASYSNOTREADY, err) // outside the lock: err is the hook's
		}
		p.mu.Lock()
		if err != nil {
			p.initializing = false
			p.broadcast()
			return p.refuseLocked(TriggerStartup, refusal)
		}
		initRan = true
	}
	from, refs := p.phase, p.v.Refs
	err := p.sm.FireCtx(ctx, TriggerStartup, &p.v)
	if initRan {
		if err != nil {
			// The machine refused this first Startup after Init succeeded (a spec whose
			// Startup at zero can fail): release what Init took, so that nothing leaks
			// and nothing changes. Other Startups keep waiting until this is done.
			p.mu.Unlock()
			_ = runHook(p.mark(context.WithoutCancel(ctx)), "Free", p.hooks.Free)
			p.mu.Lock()
		}
		p.initializing = false
		p.broadcast()
	}
	if err != nil {
		return p.refuseLocked(TriggerStartup, wrap("Startup", WSAEINVAL, err))
	}
	p.setCallbacks(opts)
	p.emit(TriggerStartup, from, refs, nil)
	p.mu.Unlock()
	p.deliver()
	return nil
}

// waitTurn parks a caller of t that the machine does not let proceed yet and
// that the spec marks as waiting (a Startup during teardown, say): the first
// time round it emits the Wait event, then it sleeps outside the lock until
// the provider changes state. It is called with p.mu held and returns with it
// held and nil, or, when ctx ends first, without it and with the refusal
// (ErrInterrupted, nothing changed).
func (p *Provider) waitTurn(ctx context.Context, t Trigger, waited *bool) error {
	if !*waited {
		*waited = true
		p.emitWait(t)
	}
	if p.waiting != nil {
		close(p.waiting)
		p.waiting = nil
	}
	ch := p.waitChan()
	p.mu.Unlock()
	p.deliver()
	select {
	case <-ch:
	case <-ctx.Done():
		return p.refuse(t, wrap(t.String(), WSAEINTR, ctx.Err()))
	}
	p.mu.Lock()
	return nil
}
