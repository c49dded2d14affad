package loopback

import (
	"context"
	"errors"
	"sync"
	"time"

	"github.com/wspcycle/wspcycle/fsm"
)

// LowVersion and HighVersion bound the versions this provider speaks: Winsock
// 2.0 to 2.2; a request for 2.1 negotiates 2.1, one for 3.0 negotiates 2.2.
var (
	LowVersion  = fsm.Version{Major: 2, Minor: 0}
	HighVersion = fsm.Version{Major: 2, Minor: 2}
)

// DefaultDrainTimeout bounds a final Cleanup's Drain when the caller gives no deadline,
// so that graceful closes without a linger timeout cannot hold teardown forever.
const DefaultDrainTimeout = 30 * time.Second

// Provider is the loopback socket provider. Its lifecycle (reference-counted
// Startup/Cleanup, teardown, waiting Startups) is fsm.Provider's; what it adds
// is the socket state the hooks create, drain and free.
type Provider struct {
	lc  *fsm.Provider
	ev  emitter
	ctr counters
	cfg config

	mu   sync.Mutex
	inst *instance // the current generation; nil outside Active/Draining/Freeing
}

// Option configures a Provider.
type Option func(*config)

type config struct {
	drainTimeout time.Duration
	events       func(Event)
	hold         bool // test hook, see export_test.go
}

// WithEvents installs an observer for socket and lifecycle events (for
// example NDJSON(w)). It is called one event at a time, in Seq order, at times
// with a socket's lock held (so that a socket's events keep their order): it
// must return promptly and must not call the provider.
func WithEvents(fn func(Event)) Option { return func(c *config) { c.events = fn } }

// WithDrainTimeout bounds every final Cleanup's Drain by d (default
// DefaultDrainTimeout), on top of the caller's context. Sockets still sending
// when it runs out are reset and their data counted as discarded. d <= 0
// leaves only the caller's context and the sockets' lingers as bounds.
func WithDrainTimeout(d time.Duration) Option { return func(c *config) { c.drainTimeout = d } }

// New returns a provider in state Uninitialized.
func New(opts ...Option) *Provider {
	p := &Provider{cfg: config{drainTimeout: DefaultDrainTimeout}}
	for _, o := range opts {
		o(&p.cfg)
	}
	p.ev.fn = p.cfg.events
	fopts := []fsm.Option{fsm.Versions(LowVersion, HighVersion)}
	if p.cfg.drainTimeout > 0 {
		fopts = append(fopts, fsm.WithDrainTimeout(p.cfg.drainTimeout))
	}
	if p.cfg.events != nil {
		fopts = append(fopts, fsm.WithObserver(p.lifecycleEvent))
	}
	p.lc = fsm.New(fsm.Hooks{Init: p.init, Drain: p.drain, Free: p.free}, fopts...)
	return p
}

// Startup adds a user (WSPStartup). The first one creates a fresh socket generation.
func (p *Provider) Startup(ctx context.Context, requested fsm.Version) (fsm.Negotiated, error) {
	return p.lc.Startup(ctx, requested)
}

// Cleanup removes a user (WSPCleanup). The last one closes every open socket
// with its linger setting, delivers all graceful data (Drain), releases every
// connection, goroutine and buffer (Free), and returns only then.
// At zero it fails with fsm.ErrNotInitialised and changes nothing.
func (p *Provider) Cleanup(ctx context.Context) error { return p.lc.Cleanup(ctx) }

// Socket creates a socket (WSPSocket). Connect it before sending.
func (p *Provider) Socket(ctx context.Context) (*Socket, error) {
	var s *Socket
	err := p.lc.Call(ctx, func(context.Context) error {
		in := p.current()
		if in == nil { // cannot happen while Active; kept as a guard, not a panic
			return errors.New("loopback: no socket generation while active")
		}
		s = in.newSocket()
		return nil
	})
	return s, err
}

// State and Refs report the lifecycle (see fsm.Provider).
func (p *Provider) State() fsm.State { return p.lc.State() }
func (p *Provider) Refs() int        { return p.lc.Refs() }

// Stats returns the byte and socket counters over the provider's whole life.
func (p *Provider) Stats() Stats { return p.ctr.snapshot() }

// Live reports the sockets of the current generation not yet fully closed.
func (p *Provider) Live() int {
	if in := p.current(); in != nil {
		return in.live()
	}
	return 0
}

func (p *Provider) current() *instance {
	p.mu.Lock()
	defer p.mu.Unlock()
	return p.inst
}

// init is the Init hook: a fresh generation whose calls go through the
// lifecycle and are refused for sockets of an older generation.
func (p *Provider) init(context.Context) error {
	in := newInstance(nil, &p.ev, &p.ctr)
	in.hold = p.cfg.hold
	in.call = func(ctx context.Context, f func(context.Context) error) error {
		return p.lc.Call(ctx, func(ctx context.Context) error {
			if p.current() != in {
				return ErrNotSocket
			}
			return f(ctx)
		})
	}
	p.mu.Lock()
	p.inst = in
	p.mu.Unlock()
	return nil
}

// drain is the Drain hook (see instance.drain).
func (p *Provider) drain(ctx context.Context) error {
	if in := p.current(); in != nil {
		return in.drain(ctx)
	}
	return nil
}

// free is the Free hook: after it the generation is gone and its handles are invalid.
func (p *Provider) free(context.Context) error {
	in := p.current()
	if in != nil {
		in.free()
	}
	p.mu.Lock()
	p.inst = nil
	p.mu.Unlock()
	return nil
}

// LifecycleEvent is the JSON form of an fsm.Event inside an Event of kind "lifecycle".
type LifecycleEvent struct {
	Seq     uint64 `json:"seq"`
	Trigger string `json:"trigger"`
	From    string `json:"from"`
	To      string `json:"to"`
	Refs    int    `json:"refs"`
	NewRefs int    `json:"newRefs"`
	// Wait is set when the caller waits instead of taking the step at once
	// (a Startup during a teardown). It is a field of its own so that a
	// trace validator need not parse it out of the event's text.
	Wait bool   `json:"wait,omitempty"`
	Err  string `json:"err,omitempty"`
}

func (p *Provider) lifecycleEvent(e fsm.Event) {
	p.ev.emit(Event{Kind: EvLifecycle, Detail: e.String(), Lifecycle: LifecycleEvent{
		Seq: e.Seq, Trigger: e.Trigger.String(), From: e.From.String(), To: e.To.String(),
		Refs: e.Refs, NewRefs: e.NewRefs, Wait: e.Wait, Err: errString(e.Err),
	}})
}
