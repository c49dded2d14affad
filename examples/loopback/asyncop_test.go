package loopback

import (
	"context"
	"errors"
	"sync/atomic"
	"testing"
	"time"
)

// A receive completes normally when the peer sends: event signalled, callback run.
func TestRecvAsyncCompletes(t *testing.T) {
	in, _ := newTestInstance(t, false)
	pr := newPeer(t, false, 0)
	s := dial(t, in, pr)
	got := make(chan string, 1)
	buf := make([]byte, 16)
	op, err := s.RecvAsync(context.Background(), buf, func(n int, err error) {
		got <- string(buf[:n])
	})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := pr.conn(t, s).c.Write([]byte("pong")); err != nil {
		t.Fatal(err)
	}
	select {
	case msg := <-got:
		if msg != "pong" {
			t.Fatalf("received %q", msg)
		}
	case <-time.After(10 * time.Second):
		t.Fatal("callback never ran")
	}
	<-op.Event()
	if n, err, ok := op.Result(); !ok || n != 4 || err != nil {
		t.Fatalf("result %d %v %v", n, err, ok)
	}
}

// An ordinary close completes pending operations with ErrAborted, signals
// their events and runs their callbacks before Close returns.
func TestCloseAbortsPendingOpsWithCallback(t *testing.T) {
	for _, l := range []Linger{{}, {On: true}, {On: true, Timeout: time.Second}} {
		t.Run(l.String(), func(t *testing.T) {
			in, _ := newTestInstance(t, false)
			pr := newPeer(t, false, 0)
			s := dial(t, in, pr)
			mustLinger(t, s, l)
			var calls atomic.Int32
			var ops []*Op
			for range 3 {
				op, err := s.RecvAsync(context.Background(), make([]byte, 8), func(n int, err error) {
					if errors.Is(err, ErrAborted) && n == 0 {
						calls.Add(1)
					}
				})
				if err != nil {
					t.Fatal(err)
				}
				ops = append(ops, op)
			}
			if err := s.Close(context.Background()); err != nil {
				t.Fatal(err)
			}
			if c := calls.Load(); c != 3 {
				t.Fatalf("%d callbacks ran with ErrAborted, want 3", c)
			}
			for _, op := range ops {
				select {
				case <-op.Event():
				default:
					t.Fatal("event not signalled")
				}
				if _, err, ok := op.Result(); !ok || !errors.Is(err, ErrAborted) {
					t.Fatalf("result %v %v", err, ok)
				}
			}
		})
	}
}

// The final Cleanup aborts pending operations without signalling them or
// running their callbacks, and stops their goroutines.
func TestCleanupAbortsPendingOpsSilently(t *testing.T) {
	ctr := &counters{}
	in := newInstance(direct, &emitter{}, ctr)
	pr := newPeer(t, false, 0)
	s := dial(t, in, pr)
	var calls atomic.Int32
	op, err := s.RecvAsync(context.Background(), make([]byte, 8), func(int, error) { calls.Add(1) })
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	if err := in.drain(ctx); err != nil {
		t.Fatal(err)
	}
	in.free()
	if calls.Load() != 0 {
		t.Fatal("callback ran during the final Cleanup")
	}
	select {
	case <-op.Event():
		t.Fatal("event signalled during the final Cleanup")
	default:
	}
	if _, err, ok := op.Result(); !ok || !errors.Is(err, ErrAborted) {
		t.Fatalf("result %v %v, want ErrAborted", err, ok)
	}
	if in.live() != 0 {
		t.Fatalf("%d sockets left", in.live())
	}
}
