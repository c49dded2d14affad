package loopback

import (
	"context"
	"sync"
	"sync/atomic"
	"time"
)

// callFunc runs f while the provider may serve socket calls. The provider
// passes fsm.Provider.Call (plus a generation check); socket-layer tests pass
// a direct call.
type callFunc func(ctx context.Context, f func(ctx context.Context) error) error

// instance is one generation of the provider's socket state: created by the
// Init hook, drained by Drain, released by Free. Keeping it separate from the
// Provider makes "a Startup after the final Cleanup behaves like the first"
// true by construction: the next generation shares nothing with this one
// except the lifetime counters and the event sink.
type instance struct {
	call         callFunc
	ev           *emitter
	ctr          *counters
	hold         bool          // test hook: writers keep queued data until Drain (see export_test.go)
	drainTimeout time.Duration // extra bound on drain for socket-layer tests; the Provider uses fsm.WithDrainTimeout

	mu    sync.Mutex
	socks map[*Socket]struct{} // every socket not yet fully closed (open or closing)

	wg       sync.WaitGroup // writer and pending-op goroutines
	running  atomic.Int32   // the same goroutines, until their work is done (see spawn)
	draining atomic.Bool    // set by drain: writes from now on count as Drained
}

func newInstance(call callFunc, ev *emitter, ctr *counters) *instance {
	return &instance{call: call, ev: ev, ctr: ctr, socks: make(map[*Socket]struct{})}
}

func (in *instance) newSocket() *Socket {
	s := &Socket{inst: in, done: make(chan struct{}), pending: make(map[*Op]struct{})}
	s.cond.L = &s.mu
	s.id = in.ctr.nextID.Add(1)
	in.mu.Lock()
	in.socks[s] = struct{}{}
	in.mu.Unlock()
	in.ctr.opened.Add(1)
	in.ev.emit(Event{Kind: EvSocket, Socket: s.id})
	return s
}

func (in *instance) remove(s *Socket) {
	in.mu.Lock()
	delete(in.socks, s)
	in.mu.Unlock()
}

// snapshot lists the sockets not yet fully closed, in creation order so that
// drains and events are deterministic.
func (in *instance) snapshot() []*Socket {
	in.mu.Lock()
	out := make([]*Socket, 0, len(in.socks))
	for s := range in.socks {
		out = append(out, s)
	}
	in.mu.Unlock()
	sortSockets(out)
	return out
}

// live reports how many sockets are not yet fully closed.
func (in *instance) live() int {
	in.mu.Lock()
	defer in.mu.Unlock()
	return len(in.socks)
}

// spawn runs f on a goroutine that free waits for. running drops before the
// WaitGroup does, so once free's Wait returns running is zero: a test can
// check "no goroutine of this generation has work left" exactly, while the
// goroutines themselves may still be a few instructions from their return.
func (in *instance) spawn(f func()) {
	in.wg.Add(1)
	in.running.Add(1)
	go func() {
		defer in.wg.Done()
		defer in.running.Add(-1)
		f()
	}()
}
