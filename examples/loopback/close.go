package loopback

import (
	"context"
	"time"
)

// aLongTimeAgo is a read deadline in the past: setting it wakes every blocked
// Read at once, which is how pending receives are cancelled without closing a
// connection that may still be sending.
var aLongTimeAgo = time.Unix(1, 0)

// Close closes the socket with its linger setting (CONTRACT.md section 2):
//
//   - SO_DONTLINGER: returns at once; the writer sends the rest, then closes
//     gracefully (see Socket.closeGracefully).
//   - linger 0: resets the connection now, discarding unsent data.
//   - linger t, blocking: waits until the graceful close is complete (the
//     peer's TCP acknowledged all the data and the end of stream, and the
//     peer closed its side) or t runs out; then it closes, with a reset
//     if data is still unacknowledged. Returns nil either way, as Winsock does; a
//     cancelled ctx (or the final Cleanup beginning) returns ErrInterrupted
//     and leaves the close running in the background, still bounded by t.
//   - linger t, non-blocking, data not yet delivered: ErrWouldBlock, and nothing happens:
//     the socket stays valid and can be closed again later.
//
// Pending asynchronous operations complete with ErrAborted: their event is
// signalled and their callback runs, before Close returns.
func (s *Socket) Close(ctx context.Context) error {
	return s.inst.call(ctx, func(ctx context.Context) error {
		s.mu.Lock()
		if s.state != stOpen {
			s.mu.Unlock()
			return ErrNotSocket
		}
		l := s.linger
		if s.nonblocking && l.mode() == closeTimed && !s.aborted && s.undeliveredLocked() {
			s.inst.ev.emit(Event{Kind: EvWouldBlock, Socket: s.id, Linger: l.String()})
			s.mu.Unlock()
			return ErrWouldBlock
		}
		// Marking the socket closing and starting its close happen under one
		// lock: in between, the writer could otherwise find the queue empty
		// and close gracefully a socket whose linger says reset.
		s.state = stClosing
		ops := s.takePending()
		s.inst.ev.emit(Event{Kind: EvClose, Socket: s.id, Linger: l.String()})
		after := s.beginLocked(l)
		s.mu.Unlock()

		s.completeAborted(ops, true)
		after()
		switch {
		case l.mode() == closeAbortive:
			// The reset goes out from the writer, woken at once: wait for it
			// (promptly), so that Close returns with the connection reset.
			<-s.done
			return nil
		case l.mode() != closeTimed || s.nonblocking:
			return nil
		}
		select {
		case <-s.done:
			return nil
		case <-ctx.Done():
			return ErrInterrupted
		}
	})
}

// undeliveredLocked reports whether any accepted byte is not yet acknowledged
// by the peer, and still may be: still queued, being written, or in the
// kernel unacknowledged on a connection that the peer has not reset (then
// nothing will change by waiting, and the close goes ahead and counts the
// loss). s.mu is held.
func (s *Socket) undeliveredLocked() bool {
	if s.queued+s.inflight > 0 {
		return true
	}
	if s.conn == nil {
		return false
	}
	n, err := unacked(s.conn)
	return err == nil && n > 0 && !connReset(s.conn)
}

// closeForCleanup is what the final Cleanup does to a socket the application
// left open: close it as if the application had, with its own linger setting
// (as a blocking close: Cleanup waits on the drain, not on each socket), but
// abort its pending operations silently. Sockets already closing are only
// released (the hold test hook) and keep their own bounds.
func (s *Socket) closeForCleanup() {
	s.mu.Lock()
	s.held = false
	s.cond.Broadcast()
	s.stopLocked()
	if s.state != stOpen {
		s.mu.Unlock()
		return
	}
	s.state = stClosing
	l := s.linger
	ops := s.takePending()
	s.inst.ev.emit(Event{Kind: EvClose, Socket: s.id, Linger: l.String(), Detail: "cleanup"})
	after := s.beginLocked(l)
	s.mu.Unlock()

	s.completeAborted(ops, false)
	after()
}

// beginLocked starts the close chosen by l on a socket just marked closing;
// s.mu is held. The returned function finishes the work that must not run
// under the lock.
func (s *Socket) beginLocked(l Linger) (after func()) {
	switch l.mode() {
	case closeAbortive:
		return s.abortLocked("linger0")
	case closeTimed:
		return s.gracefulLocked(l.Timeout)
	default:
		return s.gracefulLocked(0)
	}
}

// gracefulLocked lets the writer send what is queued and then close
// gracefully (Socket.closeGracefully); with t > 0 a timer ends that after
// t, with a reset unless everything was delivered. s.mu is held.
func (s *Socket) gracefulLocked(t time.Duration) (after func()) {
	if s.finished || s.aborted {
		return func() {}
	}
	if t > 0 && s.timer == nil {
		s.timer = time.AfterFunc(t, func() { s.expire("linger expired") })
	}
	if s.conn != nil && s.readers > 0 {
		s.conn.SetReadDeadline(aLongTimeAgo) // we read nothing more: wake pending receives
	}
	s.cond.Broadcast()
	if !s.hasWriter {
		return s.finish
	}
	return func() {}
}

// stopLocked tells a graceful close not to wait for the peer's end of
// stream once everything is delivered: the final Cleanup's drain waits for
// delivery only (the kernel completes the close after us). s.mu is held.
func (s *Socket) stopLocked() {
	if s.stopWait {
		return
	}
	s.stopWait = true
	if s.finSent && s.conn != nil {
		s.conn.SetReadDeadline(aLongTimeAgo) // wake the writer blocked in Read
	}
}

// expire is a bound running out (linger timeout, drain deadline): the
// close ends now, gracefully if the peer's TCP already acknowledged
// everything, otherwise with a reset that counts what was lost. Safe to
// call any number of times, from any goroutine.
func (s *Socket) expire(why string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.aborted || s.finished {
		return
	}
	if s.queued+s.inflight > 0 || !s.finSent && s.state == stOpen { // data not even written yet
		s.abortedLocked(why, nil)
		return
	}
	s.expired, s.expiredWhy = true, why
	s.held = false
	s.cond.Broadcast()
	s.stopLocked()
}

// abort resets the connection: unsent data is discarded (and counted) and the
// peer sees a reset. Safe to call any number of times, from any goroutine.
func (s *Socket) abort(why string) {
	s.mu.Lock()
	after := s.abortLocked(why)
	s.mu.Unlock()
	after()
}

// abortLocked is abort with s.mu held. The writer, woken, ends the
// connection with a reset in finish (which measures what the kernel still
// held); a socket without a writer finishes in the returned function.
func (s *Socket) abortLocked(why string) (after func()) {
	if s.aborted || s.finished {
		return func() {}
	}
	s.abortedLocked(why, nil)
	if !s.hasWriter {
		return s.finish
	}
	return func() {}
}
