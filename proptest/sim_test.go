package proptest

import (
	"context"
	"errors"
	"fmt"
	"sort"
	"sync"

	"github.com/wspcycle/wspcycle/tla/value"
)

// sockRec is one socket slot of the simulated provider, field for field the spec's record.
type sockRec struct {
	st, linger string
	blocking   bool
	unsent     int64
	op         string
	notified   bool
	unread     bool // the peer sent data nobody read (PeerSends); handOff reads and discards it
}

func deadSock(op string, notified bool) sockRec {
	return sockRec{st: "none", linger: "dont", blocking: true, op: op, notified: notified}
}

func (r sockRec) value(strs *value.Strings) value.Value {
	return strs.Record("st", strs.Str(r.st), "linger", strs.Str(r.linger), "blocking", value.Bool(r.blocking),
		"unsent", value.Int(r.unsent), "op", strs.Str(r.op), "notified", value.Bool(r.notified),
		"unread", value.Bool(r.unread))
}

var errWouldBlock = errors.New("WSAEWOULDBLOCK")

// sim is a simulated provider embedding a Lifecycle: the resources its Init allocates and
// its Free releases, and sockets that follow the linger table of CONTRACT.md section 2.
// Its Drain hook walks the sockets as the final Cleanup must and then parks, and so does
// its Free hook, so that a test decides when teardown moves on and can look at (and act
// in) the Draining and Freeing phases.
type sim struct {
	mu        sync.Mutex
	resources bool
	socks     map[string]sockRec
	slots     []string
	live      int64
	written   int64 // this lifecycle (the spec's ghost counters)
	sent      int64
	discarded int64

	// Over the whole run, for the end-of-run balance.
	totalWritten, totalSent, totalDiscarded int64
	inits, frees                            int
	failInit                                bool // the next Init fails
	problems                                []string

	drainParked, freeParked chan struct{} // a hook signals it is parked
	drainGo, freeGo         chan struct{} // the test lets it go on
	abort                   chan struct{} // closed when the test ends: parked hooks return
	park                    bool          // park in Drain and Free (else they run through)

	// A Startup that waits out a teardown runs Init when the teardown is over, in its own
	// goroutine: the next Init parks (before it allocates anything) so that the test
	// decides when that Startup goes on, and whether its Init fails.
	parkInit   bool // guarded by mu
	initParked chan struct{}
	initGo     chan struct{}
}

func newSim(slots []string, park bool) *sim {
	s := &sim{socks: map[string]sockRec{}, slots: append([]string(nil), slots...), park: park,
		drainParked: make(chan struct{}, 1), freeParked: make(chan struct{}, 1),
		drainGo: make(chan struct{}, 1), freeGo: make(chan struct{}, 1), abort: make(chan struct{}),
		initParked: make(chan struct{}, 1), initGo: make(chan struct{}, 1)}
	sort.Strings(s.slots)
	for _, k := range s.slots {
		s.socks[k] = deadSock("none", false)
	}
	return s
}

func (s *sim) problem(format string, args ...any) {
	s.problems = append(s.problems, fmt.Sprintf(format, args...))
}

// Init allocates the provider's resources (the first Startup's real work). If parkInit is
// set, it first parks until the test lets it go on.
func (s *sim) Init(ctx context.Context) error {
	s.mu.Lock()
	park := s.parkInit
	s.parkInit = false
	s.mu.Unlock()
	if park {
		s.initParked <- struct{}{}
		select {
		case <-s.initGo:
		case <-s.abort:
			return errors.New("test over")
		}
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.failInit {
		s.failInit = false
		return errors.New("simulated initialisation failure")
	}
	if s.resources {
		s.problem("Init ran while the resources of an earlier Startup were still held")
	}
	s.resources = true
	s.inits++
	return nil
}

// Drain is the final Cleanup's first step: close every open socket with its own linger
// setting (the spec's TeardownClose), then wait until the data is delivered.
func (s *sim) Drain(ctx context.Context) error {
	s.mu.Lock()
	for _, k := range s.slots {
		r := s.socks[k]
		if r.st != "open" {
			continue // already closing: its data is still sent
		}
		op2 := "none"
		if r.op == "pending" {
			op2 = "abortedByTeardown" // without signalling its completion
		}
		if r.linger == "abort" || r.unsent == 0 {
			if r.linger == "abort" {
				s.discard(r.unsent)
			}
			s.socks[k] = deadSock(op2, false)
			s.live--
			continue
		}
		r.st = "lingering"
		if r.linger == "dont" {
			r.st = "closing"
		}
		r.op, r.notified = op2, false
		s.socks[k] = r
	}
	s.mu.Unlock()
	if s.park {
		s.drainParked <- struct{}{}
		select {
		case <-s.drainGo:
		case <-s.abort:
			return errors.New("test over")
		}
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.live != 0 && !s.aborted() {
		s.problem("Drain returned with %d sockets still owned", s.live)
	}
	return nil
}

// Free releases everything. Unsent data still held here is lost: the end-of-run balance
// (written = sent + discarded) catches that.
func (s *sim) Free(ctx context.Context) error {
	if s.park {
		s.freeParked <- struct{}{}
		select {
		case <-s.freeGo:
		case <-s.abort:
			return errors.New("test over")
		}
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if !s.resources {
		s.problem("Free ran with no resources held")
	}
	s.resources = false
	s.frees++
	for _, k := range s.slots {
		s.socks[k] = deadSock("none", false)
	}
	s.live, s.written, s.sent, s.discarded = 0, 0, 0, 0
	return nil
}

// armInit makes the next Init park (or, with on false, not).
func (s *sim) armInit(on bool) {
	s.mu.Lock()
	s.parkInit = on
	s.mu.Unlock()
}

func (s *sim) aborted() bool {
	select {
	case <-s.abort:
		return true
	default:
		return false
	}
}

func (s *sim) discard(n int64) { s.discarded += n; s.totalDiscarded += n }
func (s *sim) send(n int64)    { s.sent += n; s.totalSent += n }

// The application's calls (made inside Lifecycle.Call) and the network's steps.

func (s *sim) open(k, linger string, blocking bool) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.socks[k].st != "none" {
		return fmt.Errorf("slot %s in use", k)
	}
	if linger != "timed" {
		blocking = true
	}
	s.socks[k] = sockRec{st: "open", linger: linger, blocking: blocking, op: "none"}
	s.live++
	return nil
}

func (s *sim) write(k string) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	r := s.socks[k]
	if r.st != "open" {
		return fmt.Errorf("send on %s socket %s", r.st, k)
	}
	r.unsent++
	s.socks[k] = r
	s.written++
	s.totalWritten++
	return nil
}

func (s *sim) startOp(k string) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	r := s.socks[k]
	if r.st != "open" || r.op != "none" {
		return fmt.Errorf("cannot start an operation on %s", k)
	}
	r.op = "pending"
	s.socks[k] = r
	return nil
}

func (s *sim) completeOp(k string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	r := s.socks[k]
	r.op = "none"
	s.socks[k] = r
}

// close is the application's close, by the linger table.
func (s *sim) close(k string) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	r := s.socks[k]
	if r.st != "open" {
		return fmt.Errorf("close of %s socket %s", r.st, k)
	}
	if r.linger == "timed" && !r.blocking && r.unsent > 0 {
		return errWouldBlock
	}
	pending := r.op == "pending"
	op2 := "none"
	if pending {
		op2 = "abortedByClose"
	}
	if r.linger == "abort" {
		s.discard(r.unsent)
	}
	if r.linger == "abort" || r.unsent == 0 {
		s.socks[k] = deadSock(op2, pending)
		s.live--
		return nil
	}
	r.st = "lingering"
	if r.linger == "dont" {
		r.st = "closing"
	}
	r.op, r.notified = op2, pending
	s.socks[k] = r
	return nil
}

func (s *sim) transmit(k string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	r := s.socks[k]
	s.send(1)
	if r.st != "open" && r.unsent == 1 {
		s.socks[k] = deadSock(r.op, r.notified)
		s.live--
		return
	}
	r.unsent--
	s.socks[k] = r
}

func (s *sim) lingerTimeout(k string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	r := s.socks[k]
	s.discard(r.unsent)
	s.socks[k] = deadSock(r.op, r.notified)
	s.live--
}

func (s *sim) handOff(k string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	r := s.socks[k]
	s.send(r.unsent) // what the peer sent is read and discarded first: the stack's close stays graceful
	s.socks[k] = deadSock(r.op, r.notified)
	s.live--
}

// peerSends: the peer of a socket closing in the background sends data nobody reads.
func (s *sim) peerSends(k string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	r := s.socks[k]
	r.unread = true
	s.socks[k] = r
}

// peerReset: the peer resets a closing socket; what it had not taken is lost, and counted.
func (s *sim) peerReset(k string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	r := s.socks[k]
	s.discard(r.unsent)
	s.socks[k] = deadSock(r.op, r.notified)
	s.live--
}
