package loopback

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"net/netip"
	"os"
	"slices"
	"sync"
	"sync/atomic"
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
	finSent     bool // the graceful close half-closed the connection (the FIN is queued)
	stopWait    bool // a graceful close ends once delivered, without waiting for the peer's end of stream
	expired     bool // a bound ran out (linger, drain deadline): reset unless delivered
	expiredWhy  string
	finished    bool
	timer       *time.Timer // linger t expiry
	pending     map[*Op]struct{}
	readers     int           // op goroutines still in Read (pending or already aborted)
	written     int64         // bytes handed to the kernel
	discarded   int64         // bytes accepted but dropped by a reset
	unread      atomic.Int64  // bytes the peer sent that were read and thrown away (the application never read them)
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
// has delivered its last byte and its end of stream, or after a reset.
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
// in order, and once a graceful close finds the queue empty it closes the
// connection gracefully (closeGracefully). It always ends in finish,
// whatever stopped it.
func (s *Socket) writeLoop() {
	defer s.finish()
	if s.writeQueue() {
		s.closeGracefully()
	}
}

// writeQueue writes until the socket is closing with nothing left to write
// (true), or until it is reset (false).
func (s *Socket) writeQueue() bool {
	for {
		s.mu.Lock()
		for !s.aborted && (s.held || (s.queued == 0 && s.state == stOpen)) {
			s.cond.Wait()
		}
		if s.aborted {
			s.mu.Unlock()
			return false
		}
		if s.queued == 0 { // closing, everything handed to the kernel
			s.mu.Unlock()
			return true
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
			// Either our own reset woke the write (abortLocked sets a past
			// write deadline) or the peer reset the connection: the rest of
			// the chunk and everything still queued is lost.
			lost := int64(len(chunk) - n)
			if s.aborted { // ours: the reset's own event already counted the rest
				s.inst.ctr.discarded.Add(lost)
				s.discarded += lost
			} else {
				s.queued += int(lost) // counted with the queue, in the abort event
			}
			s.abortedLocked("write error: "+err.Error(), err)
			s.mu.Unlock()
			return false
		}
		s.mu.Unlock()
	}
}

// discardBufs holds the buffers graceful closes read the peer's unread data into.
var discardBufs = sync.Pool{New: func() any { return new([16 << 10]byte) }}

// closeGracefully is the end of a graceful close, once the whole queue is
// in the kernel. Closing a TCP socket while received data is unread makes
// the kernel reset the connection and drop what it still holds (RFC 1122
// 4.2.2.13), so it half-closes instead (FIN after the data), reads and
// discards whatever the peer still sends, and returns when the close may
// complete:
//
//   - delivered (the peer's TCP acknowledged every byte and the FIN) and
//     the peer closed its side too (end of stream), or delivered and no
//     longer worth waiting for the peer (stopWait: the final Cleanup, or an
//     expired linger);
//   - or reset: by the peer (a read error), by an expired bound while data
//     is undelivered, or by abort. finish then measures what was lost.
//
// Until delivered it polls the kernel's unacknowledged count with a
// growing interval (there is no event for it); after that it blocks in
// Read, and stop/expire/abort wake it with a past read deadline.
func (s *Socket) closeGracefully() {
	s.mu.Lock()
	for s.readers > 0 && !s.aborted { // pending receives, woken by gracefulLocked, leave first
		s.cond.Wait()
	}
	conn := s.conn
	s.mu.Unlock()

	if err := conn.CloseWrite(); err != nil {
		s.abort("shutdown: " + err.Error())
		return
	}
	s.mu.Lock()
	s.finSent = true
	s.mu.Unlock()

	buf := discardBufs.Get().(*[16 << 10]byte)
	defer discardBufs.Put(buf)
	eof := false
	delay := 50 * time.Microsecond
	for {
		delivered := s.delivered(conn)
		s.mu.Lock()
		switch {
		case s.aborted:
			s.mu.Unlock()
			return
		case delivered && (eof || s.stopWait):
			s.mu.Unlock()
			s.countUnread(discardReadable(conn, buf[:]))
			return
		case !delivered && s.expired:
			s.abortedLocked(s.expiredWhy, nil)
			s.mu.Unlock()
			return
		}
		var deadline time.Time // none: delivered, wait for the peer's end of stream
		if !delivered {
			deadline = time.Now().Add(delay)
			delay = min(2*delay, 5*time.Millisecond)
		}
		conn.SetReadDeadline(deadline) // under s.mu, so a later wake-up (stopLocked) cannot be overwritten
		s.mu.Unlock()

		if eof { // nothing more to read: only the acknowledgement is awaited
			time.Sleep(delay)
			continue
		}
		n, err := conn.Read(buf[:])
		s.countUnread(n)
		switch {
		case err == nil:
		case errors.Is(err, io.EOF):
			eof = true
		case errors.Is(err, os.ErrDeadlineExceeded): // a poll, or a wake-up
		default: // the peer reset the connection, or abort closed it
			s.mu.Lock()
			s.abortedLocked("read error: "+err.Error(), err)
			s.mu.Unlock()
			return
		}
	}
}

// countUnread counts n bytes of the peer's that the application will never read.
func (s *Socket) countUnread(n int) {
	if n > 0 {
		s.unread.Add(int64(n))
		s.inst.ctr.unread.Add(int64(n))
	}
}

// delivered reports whether the peer's TCP has acknowledged every byte
// written and the FIN. Where the kernel cannot tell (unacked_other.go) it
// says yes: the kernel then keeps sending after the close.
func (s *Socket) delivered(conn *net.TCPConn) bool {
	n, err := unacked(conn)
	return err != nil || n == 0
}

// abortedLocked marks the socket reset, for why (cause is the error that
// showed it, if any): unsent data is dropped and counted, and the writer
// and finish see it. Counting the lost bytes the kernel held is finish's
// job, where the connection is closed. s.mu is held.
func (s *Socket) abortedLocked(why string, cause error) {
	if s.aborted {
		return
	}
	s.aborted = true
	if s.state == stOpen && cause == nil {
		s.state = stClosing
	}
	lost := int64(s.queued)
	s.queue, s.queued = nil, 0
	s.held = false
	s.inst.ctr.discarded.Add(lost)
	s.discarded += lost
	s.inst.ev.emit(Event{Kind: EvAbort, Socket: s.id, Detail: why, Bytes: lost}) // before "closed"
	s.cond.Broadcast()
	if cause == nil && s.conn != nil { // our own reset: wake the writer in a Write or a Read
		s.conn.SetWriteDeadline(aLongTimeAgo)
		s.conn.SetReadDeadline(aLongTimeAgo)
	}
}

// finish closes the connection and retires the socket. It runs exactly
// once: at the end of the writer, or directly for a socket that never
// connected. A connection that was not reset ended delivered (see
// closeGracefully) and is closed as is; a reset one is measured first:
// the bytes the kernel still held unacknowledged are lost with it.
func (s *Socket) finish() {
	s.mu.Lock()
	if s.finished {
		s.mu.Unlock()
		return
	}
	s.finished = true
	for s.readers > 0 && s.state != stOpen { // receives a close took: let them count what they read (Unread)
		s.cond.Wait()
	}
	if s.state != stOpen {
		s.state = stDone
	} // else the peer reset an open socket: the handle stays valid (Send says ErrConnReset) until Close
	if s.timer != nil {
		s.timer.Stop()
	}
	conn, aborted, finSent, written, lost := s.conn, s.aborted, s.finSent, s.written, s.discarded
	s.mu.Unlock()

	if conn != nil {
		detail := "graceful"
		var lostAcked int64
		if aborted {
			detail = "abortive"
			// After the peer's reset the count is final; for our own reset
			// it is taken just before the RST goes out.
			if n, err := unacked(conn); err == nil && n > 0 {
				lostAcked = int64(n)
				if finSent {
					lostAcked-- // the FIN takes a sequence number too, and is always the last one
				}
			}
			s.inst.ctr.unacked.Add(lostAcked)
			s.inst.ctr.aborted.Add(1)
			conn.SetLinger(0) // close sends RST, not FIN
		} else {
			s.inst.ctr.graceful.Add(1)
		}
		conn.Close()
		s.inst.ev.emit(Event{Kind: EvClosed, Socket: s.id, Detail: detail, Bytes: written, Lost: lost, Unacked: lostAcked, Unread: s.unread.Load()})
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
