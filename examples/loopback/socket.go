package loopback

import (
	"context"
	"fmt"
	"net"
	"net/netip"
	"slices"
	"sync"
	"time"
)

type sockState int

const (
	stOpen    sockState = iota // a valid handle
	stClosing                  // closed by the application or Cleanup; graceful close may still be sending
	stDone                     // connection fully closed, writer gone
)

// Socket is one TCP connection owned by the provider. Its handle is valid from
// Provider.Socket until a successful Close (or the final Cleanup); after that
// every call fails with ErrNotSocket, even while a graceful close is still
// sending its data in the background.
type Socket struct {
	inst *instance
	id   uint64

	mu          sync.Mutex
	cond        sync.Cond // wakes the writer: data queued, close requested, abort, release
	conn        *net.TCPConn
	connecting  bool
	linger      Linger
	nonblocking bool
	state       sockState
	queue       [][]byte // unsent data not yet handed to the kernel
	queued      int      // bytes in queue
	inflight    int      // bytes in a conn.Write that has not returned
	held        bool     // test hook: writer waits for Drain
	hasWriter   bool
	aborted     bool // reset: nothing more will be written
	finished    bool
	timer       *time.Timer // linger t expiry
	pending     map[*Op]struct{}
	readers     int           // op goroutines still in Read (pending or already aborted)
	written     int64         // bytes handed to the kernel
	discarded   int64         // bytes accepted but dropped by a reset
	done        chan struct{} // closed once the connection is fully closed
}

// ID is the socket's number, unique over the provider's life (events use it).
func (s *Socket) ID() uint64 { return s.id }

// LocalAddr is the connected socket's local address (what the peer sees as
// its remote address), or nil before Connect.
func (s *Socket) LocalAddr() net.Addr {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.conn == nil {
		return nil
	}
	return s.conn.LocalAddr()
}

// Unsent reports the bytes accepted by Send and not yet handed to the kernel.
func (s *Socket) Unsent() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.queued + s.inflight
}

// Done is closed when the connection is fully closed: after a graceful close
// has handed its last byte to the kernel, or after a reset.
func (s *Socket) Done() <-chan struct{} { return s.done }

// SetLinger sets SO_LINGER (On) or SO_DONTLINGER (the zero Linger).
func (s *Socket) SetLinger(ctx context.Context, l Linger) error {
	if err := l.validate(); err != nil {
		return err
	}
	return s.inst.call(ctx, func(context.Context) error {
		s.mu.Lock()
		defer s.mu.Unlock()
		if s.state != stOpen {
			return ErrNotSocket
		}
		s.linger = l
		return nil
	})
}

// SetNonBlocking switches the socket between blocking (the default) and
// non-blocking mode, which only changes what a timed-linger Close does.
func (s *Socket) SetNonBlocking(ctx context.Context, on bool) error {
	return s.inst.call(ctx, func(context.Context) error {
		s.mu.Lock()
		defer s.mu.Unlock()
		if s.state != stOpen {
			return ErrNotSocket
		}
		s.nonblocking = on
		return nil
	})
}

// Connect connects to addr ("127.0.0.1:port"; any 127.0.0.0/8 address) and
// starts the socket's writer. Other addresses fail with ErrNotLoopback.
func (s *Socket) Connect(ctx context.Context, addr string) error {
	ap, err := netip.ParseAddrPort(addr)
	if err != nil {
		return fmt.Errorf("%w: address %q: %v", ErrInvalid, addr, err)
	}
	if !ap.Addr().Is4() || !ap.Addr().IsLoopback() {
		return fmt.Errorf("%w: %s", ErrNotLoopback, addr)
	}
	return s.inst.call(ctx, func(ctx context.Context) error {
		s.mu.Lock()
		switch {
		case s.state != stOpen:
			s.mu.Unlock()
			return ErrNotSocket
		case s.conn != nil || s.connecting:
			s.mu.Unlock()
			return ErrIsConnected
		}
		s.connecting = true
		s.mu.Unlock()

		var d net.Dialer
		c, err := d.DialContext(ctx, "tcp4", ap.String())

		s.mu.Lock()
		defer s.mu.Unlock()
		s.connecting = false
		if err != nil {
			if ctx.Err() != nil {
				return fmt.Errorf("%w: connect %s: %v", ErrInterrupted, addr, err)
			}
			return fmt.Errorf("loopback: connect %s: %w", addr, err)
		}
		if s.state != stOpen { // closed while dialling: the handle is gone
			c.Close()
			return ErrNotSocket
		}
		s.conn = c.(*net.TCPConn)
		s.hasWriter = true
		s.held = s.inst.hold
		s.inst.spawn(s.writeLoop)
		s.inst.ev.emit(Event{Kind: EvConnect, Socket: s.id, Detail: s.conn.LocalAddr().String()})
		return nil
	})
}

// Send appends a copy of b to the socket's unsent queue and returns at once;
// the writer hands it to the kernel in order. Nothing accepted here is lost
// unless the socket is later reset (linger 0, expired linger or drain
// deadline), and then the loss is counted in Stats.Discarded.
func (s *Socket) Send(ctx context.Context, b []byte) error {
	return s.inst.call(ctx, func(context.Context) error {
		s.mu.Lock()
		defer s.mu.Unlock()
		switch {
		case s.state != stOpen:
			return ErrNotSocket
		case s.conn == nil:
			return ErrNotConnected
		case s.aborted:
			return ErrConnReset
		}
		if len(b) == 0 {
			return nil
		}
		s.queue = append(s.queue, slices.Clone(b))
		s.queued += len(b)
		s.inst.ctr.accepted.Add(int64(len(b)))
		s.inst.ev.emit(Event{Kind: EvSend, Socket: s.id, Bytes: int64(len(b))})
		s.cond.Signal()
		return nil
	})
}

// maxWrite is the most one conn.Write hands to the kernel at a time.
const maxWrite = 256 << 10

// writeLoop is the socket's only writer: it hands queued chunks to the kernel
// in order, and when a graceful close finds the queue empty it closes the
// connection. It always ends in finish, whatever stopped it.
func (s *Socket) writeLoop() {
	defer s.finish()
	for {
		s.mu.Lock()
		for !s.aborted && (s.held || (s.queued == 0 && s.state == stOpen)) {
			s.cond.Wait()
		}
		if s.aborted || s.queued == 0 { // reset, or closing with everything written
			timed := s.timer != nil && !s.aborted
			s.mu.Unlock()
			if timed {
				s.awaitAcked()
			}
			return
		}
		chunk := s.queue[0]
		if len(chunk) > maxWrite { // keep progress (and Stats) moving on big sends
			s.queue[0] = chunk[maxWrite:]
			chunk = chunk[:maxWrite:maxWrite]
		} else {
			s.queue[0] = nil
			s.queue = s.queue[1:]
		}
		s.queued -= len(chunk)
		s.inflight = len(chunk)
		conn := s.conn
		s.mu.Unlock()

		n, err := conn.Write(chunk)

		s.mu.Lock()
		s.inflight = 0
		s.written += int64(n)
		s.inst.ctr.written.Add(int64(n))
		if s.inst.draining.Load() {
			s.inst.ctr.drained.Add(int64(n))
		}
		if err != nil {
			lost := int64(len(chunk) - n)
			if !s.aborted { // the peer reset us: everything still queued is lost too
				s.aborted = true
				lost += int64(s.queued)
				s.queue, s.queued = nil, 0
				s.inst.ctr.aborted.Add(1)
				s.inst.ev.emit(Event{Kind: EvAbort, Socket: s.id, Detail: "write error", Err: err.Error(), Bytes: lost})
			}
			s.inst.ctr.discarded.Add(lost)
			s.discarded += lost
			s.mu.Unlock()
			return
		}
		s.mu.Unlock()
	}
}

// awaitAcked waits, for a timed linger, until the peer's TCP has acknowledged
// every byte, so that "graceful within t" means delivered within t. It polls
// (the kernel has no event for it) with a growing interval; the linger timer
// bounds it by resetting the connection, which ends the wait.
func (s *Socket) awaitAcked() {
	delay := 50 * time.Microsecond
	for {
		n, err := unacked(s.conn)
		if err != nil || n == 0 {
			return
		}
		s.mu.Lock()
		aborted := s.aborted
		s.mu.Unlock()
		if aborted {
			return
		}
		time.Sleep(delay)
		delay = min(2*delay, 5*time.Millisecond)
	}
}

// finish closes the connection (gracefully unless it was reset) and retires
// the socket. It runs exactly once: at the end of the writer, or directly for
// a socket that never connected.
func (s *Socket) finish() {
	s.mu.Lock()
	if s.finished {
		s.mu.Unlock()
		return
	}
	s.finished = true
	if s.state != stOpen {
		s.state = stDone
	} // else the peer reset an open socket: the handle stays valid (Send says ErrConnReset) until Close
	if s.timer != nil {
		s.timer.Stop()
	}
	conn, aborted, written, lost := s.conn, s.aborted, s.written, s.discarded
	s.mu.Unlock()

	if conn != nil {
		detail := "graceful"
		if aborted {
			detail = "abortive"
		} else {
			s.inst.ctr.graceful.Add(1) // before the peer can see the end of stream
		}
		conn.Close() // graceful: the kernel sends what it holds, then FIN
		s.inst.ev.emit(Event{Kind: EvClosed, Socket: s.id, Detail: detail, Bytes: written, Lost: lost})
	}
	s.inst.remove(s)
	close(s.done)
}

// sortSockets orders sockets by creation.
func sortSockets(ss []*Socket) {
	slices.SortFunc(ss, func(a, b *Socket) int {
		switch {
		case a.id < b.id:
			return -1
		case a.id > b.id:
			return 1
		}
		return 0
	})
}

func (s *Socket) stateIs(st sockState) bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.state == st
}
