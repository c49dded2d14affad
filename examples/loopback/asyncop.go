package loopback

import (
	"context"
	"sync"
)

// Op is a pending asynchronous receive, Winsock's overlapped operation: it has
// an event (Event) that is signalled when it completes and an optional
// completion callback. An ordinary close completes it with ErrAborted, signals
// the event and runs the callback; the final Cleanup marks it ErrAborted
// without doing either (CONTRACT.md section 2), so that no application code
// runs after the provider is gone.
type Op struct {
	s   *Socket
	buf []byte
	cb  func(n int, err error)

	mu    sync.Mutex
	n     int
	err   error
	over  bool          // result is final
	event chan struct{} // closed when signalled
}

// Event is closed when the operation completes and is signalled.
func (o *Op) Event() <-chan struct{} { return o.event }

// Result is the operation's outcome; ok is false while it is still pending.
// After the final Cleanup an aborted op reports ErrAborted here although its
// event was never signalled.
func (o *Op) Result() (n int, err error, ok bool) {
	o.mu.Lock()
	defer o.mu.Unlock()
	return o.n, o.err, o.over
}

// RecvAsync starts a receive into buf. When data arrives (or the peer closes)
// cb runs with the count and error (io.EOF at end of stream), on a goroutine
// of the provider. cb must not block for long.
func (s *Socket) RecvAsync(ctx context.Context, buf []byte, cb func(n int, err error)) (*Op, error) {
	var op *Op
	err := s.inst.call(ctx, func(context.Context) error {
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
		op = &Op{s: s, buf: buf, cb: cb, event: make(chan struct{})}
		s.pending[op] = struct{}{}
		s.readers++
		conn := s.conn
		s.inst.spawn(func() { op.run(conn) })
		return nil
	})
	return op, err
}

func (o *Op) run(r interface{ Read([]byte) (int, error) }) {
	n, err := r.Read(o.buf)
	s := o.s
	s.mu.Lock()
	s.readers--
	if s.readers == 0 {
		s.cond.Broadcast() // a graceful close waits for the last receive to leave
	}
	if _, mine := s.pending[o]; !mine { // a close already completed it
		s.countUnread(n) // whatever it read, the application never will
		s.mu.Unlock()
		return
	}
	delete(s.pending, o)
	s.mu.Unlock()
	o.settle(n, err)
	o.signal()
}

func (o *Op) settle(n int, err error) {
	o.mu.Lock()
	o.n, o.err, o.over = n, err, true
	o.mu.Unlock()
}

func (o *Op) signal() {
	close(o.event)
	if o.cb != nil {
		n, err, _ := o.Result()
		o.cb(n, err)
	}
}

// takePending removes every pending op from the socket; s.mu is held. The
// ops' goroutines, woken by a read deadline or the connection closing, then
// find themselves gone and exit without touching the op.
func (s *Socket) takePending() []*Op {
	if len(s.pending) == 0 {
		return nil
	}
	ops := make([]*Op, 0, len(s.pending))
	for o := range s.pending {
		ops = append(ops, o)
		delete(s.pending, o)
	}
	for _, o := range ops {
		o.settle(0, ErrAborted)
	}
	return ops
}

// completeAborted finishes ops taken by takePending: an ordinary close
// signals them and runs their callbacks; the final Cleanup does not.
func (s *Socket) completeAborted(ops []*Op, signal bool) {
	if len(ops) == 0 {
		return
	}
	detail := "silent"
	if signal {
		detail = "signalled"
		for _, o := range ops {
			o.signal()
		}
	}
	s.inst.ev.emit(Event{Kind: EvOpAborted, Socket: s.id, Bytes: int64(len(ops)), Detail: detail})
}
