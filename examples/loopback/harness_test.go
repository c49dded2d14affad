package loopback

import (
	"context"
	"testing"
	"time"
)

// direct is a callFunc without a lifecycle, for testing the socket layer alone.
func direct(ctx context.Context, f func(context.Context) error) error { return f(ctx) }

// newTestInstance is one socket generation without fsm; t.Cleanup drains and
// frees it (bounded) so a failing test leaves nothing running.
func newTestInstance(t testing.TB, hold bool) (*instance, *counters) {
	t.Helper()
	ctr := &counters{}
	in := newInstance(direct, &emitter{}, ctr)
	in.hold = hold
	in.drainTimeout = 10 * time.Second
	t.Cleanup(func() {
		ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
		defer cancel()
		in.drain(ctx)
		in.free()
	})
	return in, ctr
}

// dial opens and connects one socket to pr.
func dial(t testing.TB, in *instance, pr *peer) *Socket {
	t.Helper()
	s := in.newSocket()
	if err := s.Connect(context.Background(), pr.addr()); err != nil {
		t.Fatalf("connect: %v", err)
	}
	return s
}

func mustSend(t testing.TB, s *Socket, b []byte) {
	t.Helper()
	if err := s.Send(context.Background(), b); err != nil {
		t.Fatalf("send: %v", err)
	}
}

func mustLinger(t testing.TB, s *Socket, l Linger) {
	t.Helper()
	if err := s.SetLinger(context.Background(), l); err != nil {
		t.Fatalf("setlinger %v: %v", l, err)
	}
}

// waitDone waits (bounded) for the socket's connection to be fully closed.
func waitDone(t testing.TB, s *Socket) {
	t.Helper()
	select {
	case <-s.Done():
	case <-time.After(20 * time.Second):
		t.Fatalf("socket %d never finished closing (unsent %d)", s.ID(), s.Unsent())
	}
}
