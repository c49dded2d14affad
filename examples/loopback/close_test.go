package loopback

import (
	"context"
	"errors"
	"testing"
	"time"
)

// Every byte a gracefully closed socket accepted reaches its peer, in order,
// and the peer sees a clean end of stream.
func TestDontLingerDeliversEverything(t *testing.T) {
	in, ctr := newTestInstance(t, false)
	pr := newPeer(t, false, 0)
	const n = 16
	socks := make([]*Socket, n)
	sums := make([]uint64, n)
	sizes := make([]int, n)
	for i := range socks {
		s := dial(t, in, pr)
		sizes[i] = 1 + i*97_000
		var b []byte
		b, sums[i] = payload(uint64(i), sizes[i])
		// several sends, so ordering across chunks is exercised
		for len(b) > 0 {
			k := min(len(b), 40_000)
			mustSend(t, s, b[:k])
			b = b[k:]
		}
		if err := s.Close(context.Background()); err != nil {
			t.Fatalf("close: %v", err)
		}
		socks[i] = s
	}
	for i, s := range socks {
		got, sum, err := pr.conn(t, s).wait(t)
		if err != nil || got != int64(sizes[i]) || sum != sums[i] {
			t.Errorf("socket %d: peer got %d bytes (hash %x, err %v), want %d (hash %x, clean EOF)", i, got, sum, err, sizes[i], sums[i])
		}
		// The peer reads the end of stream before the close completes on
		// this side (delivery acknowledged, the peer's own close read).
		waitDone(t, s)
	}
	st := ctr.snapshot()
	if st.Discarded != 0 || st.Written != st.Accepted || st.Graceful != n {
		t.Errorf("stats %+v: want nothing discarded, all written, %d graceful", st, n)
	}
}

// linger 0 resets the connection: Close returns at once and the peer sees a reset.
func TestLingerZeroResetsPeer(t *testing.T) {
	in, ctr := newTestInstance(t, false)
	pr := newPeer(t, false, 0)
	s := dial(t, in, pr)
	mustSend(t, s, []byte("hello"))
	pc := pr.conn(t, s)
	for pc.n.Load() < 5 { // wait until the data is across, so only the reset is left to see
		select {
		case <-pc.done:
			t.Fatalf("peer ended early: %v", pc.err)
		case <-time.After(time.Millisecond):
		}
	}
	mustLinger(t, s, Linger{On: true})
	if err := s.Close(context.Background()); err != nil {
		t.Fatalf("close: %v", err)
	}
	_, _, err := pc.wait(t)
	if !isReset(err) {
		t.Fatalf("peer error %v, want connection reset", err)
	}
	if st := ctr.snapshot(); st.Aborted != 1 || st.Graceful != 0 {
		t.Errorf("stats %+v: want 1 aborted", st)
	}
	if err := s.Close(context.Background()); !errors.Is(err, ErrNotSocket) {
		t.Errorf("second close: %v, want ErrNotSocket", err)
	}
}

// A blocking close with linger t waits until the data is handed over, and
// then the peer has all of it.
func TestTimedLingerBlockingDelivers(t *testing.T) {
	in, ctr := newTestInstance(t, false)
	pr := newPeer(t, false, 0)
	s := dial(t, in, pr)
	b, sum := payload(7, 8<<20)
	mustSend(t, s, b)
	mustLinger(t, s, Linger{On: true, Timeout: 20 * time.Second})
	if err := s.Close(context.Background()); err != nil {
		t.Fatalf("close: %v", err)
	}
	select {
	case <-s.Done():
	default:
		t.Fatal("blocking timed close returned before the connection was closed")
	}
	got, gsum, err := pr.conn(t, s).wait(t)
	if err != nil || got != int64(len(b)) || gsum != sum {
		t.Fatalf("peer got %d bytes (err %v, hash match %v), want %d", got, err, gsum == sum, len(b))
	}
	if st := ctr.snapshot(); st.Discarded != 0 {
		t.Errorf("discarded %d bytes", st.Discarded)
	}
}

// A peer that stops reading: the timed linger runs out, the connection is
// reset, the rest is discarded and counted, and Close still returns.
func TestTimedLingerStuckPeerAborts(t *testing.T) {
	in, ctr := newTestInstance(t, false)
	pr := newPeer(t, true, 4096)
	s := dial(t, in, pr)
	b, _ := payload(8, 16<<20)
	mustSend(t, s, b)
	mustLinger(t, s, Linger{On: true, Timeout: 200 * time.Millisecond})
	if err := s.Close(context.Background()); err != nil {
		t.Fatalf("close: %v", err)
	}
	st := ctr.snapshot()
	if st.Discarded == 0 || st.Aborted != 1 {
		t.Fatalf("stats %+v: want data discarded and one abort", st)
	}
	if st.Written+st.Discarded != st.Accepted {
		t.Errorf("written %d + discarded %d != accepted %d", st.Written, st.Discarded, st.Accepted)
	}
	pr.unstall()
	got, _, err := pr.conn(t, s).wait(t)
	if !isReset(err) || got >= int64(len(b)) {
		t.Fatalf("peer got %d of %d bytes, err %v; want fewer and a reset", got, len(b), err)
	}
}

// Non-blocking close with a timed linger and data unsent would block; the
// socket stays valid and usable, and nothing was started.
func TestNonBlockingTimedCloseWouldBlock(t *testing.T) {
	in, ctr := newTestInstance(t, false)
	pr := newPeer(t, true, 4096)
	s := dial(t, in, pr)
	ctx := context.Background()
	b, _ := payload(9, 16<<20)
	mustSend(t, s, b)
	mustLinger(t, s, Linger{On: true, Timeout: time.Hour})
	if err := s.SetNonBlocking(ctx, true); err != nil {
		t.Fatal(err)
	}
	for range 3 { // retrying must not change anything either
		if err := s.Close(ctx); !errors.Is(err, ErrWouldBlock) {
			t.Fatalf("close: %v, want ErrWouldBlock", err)
		}
	}
	if err := s.Send(ctx, []byte("still valid")); err != nil {
		t.Fatalf("send after would-block: %v", err)
	}
	select {
	case <-s.Done():
		t.Fatal("would-block close started closing")
	default:
	}
	if in.live() != 1 {
		t.Fatalf("live sockets %d, want 1", in.live())
	}
	mustLinger(t, s, Linger{On: true})
	if err := s.Close(ctx); err != nil {
		t.Fatalf("abortive close: %v", err)
	}
	waitDone(t, s)
	if st := ctr.snapshot(); st.Aborted != 1 || st.Discarded == 0 {
		t.Errorf("stats %+v: want one abort with data discarded", st)
	}
}

// With nothing unsent, a non-blocking timed close is an ordinary graceful close.
func TestNonBlockingTimedCloseNothingUnsent(t *testing.T) {
	in, _ := newTestInstance(t, false)
	pr := newPeer(t, false, 0)
	s := dial(t, in, pr)
	ctx := context.Background()
	mustLinger(t, s, Linger{On: true, Timeout: time.Hour})
	s.SetNonBlocking(ctx, true)
	if err := s.Close(ctx); err != nil {
		t.Fatalf("close: %v", err)
	}
	if _, _, err := pr.conn(t, s).wait(t); err != nil {
		t.Fatalf("peer: %v, want clean EOF", err)
	}
}

// SO_DONTLINGER never would-block, even non-blocking with a stuck peer.
func TestDontLingerNonBlockingNeverWouldBlock(t *testing.T) {
	in, _ := newTestInstance(t, false)
	pr := newPeer(t, true, 4096)
	s := dial(t, in, pr)
	ctx := context.Background()
	b, sum := payload(10, 4<<20)
	mustSend(t, s, b)
	s.SetNonBlocking(ctx, true)
	if err := s.Close(ctx); err != nil {
		t.Fatalf("close: %v", err)
	}
	if err := s.Send(ctx, b); !errors.Is(err, ErrNotSocket) {
		t.Fatalf("send after close: %v, want ErrNotSocket", err)
	}
	pr.unstall() // the background close now completes
	got, gsum, err := pr.conn(t, s).wait(t)
	if err != nil || got != int64(len(b)) || gsum != sum {
		t.Fatalf("peer got %d of %d (err %v)", got, len(b), err)
	}
}

// A blocking timed close is interrupted by its context, and the close keeps
// going in the background, still bounded by the linger.
func TestTimedCloseInterrupted(t *testing.T) {
	in, ctr := newTestInstance(t, false)
	pr := newPeer(t, true, 4096)
	s := dial(t, in, pr)
	b, _ := payload(11, 16<<20)
	mustSend(t, s, b)
	mustLinger(t, s, Linger{On: true, Timeout: 300 * time.Millisecond})
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if err := s.Close(ctx); !errors.Is(err, ErrInterrupted) {
		t.Fatalf("close: %v, want ErrInterrupted", err)
	}
	waitDone(t, s) // the linger timer resets it
	if st := ctr.snapshot(); st.Aborted != 1 {
		t.Errorf("stats %+v: want the linger to abort it", st)
	}
}

func TestConnectOnlyLoopback(t *testing.T) {
	in, _ := newTestInstance(t, false)
	s := in.newSocket()
	for _, a := range []string{"10.0.0.1:80", "[::1]:80", "8.8.8.8:53", "nonsense"} {
		if err := s.Connect(context.Background(), a); err == nil {
			t.Errorf("connect %q succeeded", a)
		}
	}
	if err := s.Send(context.Background(), []byte("x")); !errors.Is(err, ErrNotConnected) {
		t.Errorf("send unconnected: %v", err)
	}
	if err := s.SetLinger(context.Background(), Linger{On: true, Timeout: -1}); !errors.Is(err, ErrInvalid) {
		t.Errorf("negative linger: %v", err)
	}
}

// A connection the peer resets leaves the handle valid: Send reports the
// reset, and Close still succeeds once.
func TestPeerResetKeepsHandle(t *testing.T) {
	in, _ := newTestInstance(t, false)
	pr := newPeer(t, false, 0)
	s := dial(t, in, pr)
	pc := pr.conn(t, s)
	pc.c.SetLinger(0)
	pc.c.Close() // the peer resets
	ctx := context.Background()
	var err error
	for i := 0; i < 2000 && !errors.Is(err, ErrConnReset); i++ { // until the writer has seen the reset
		err = s.Send(ctx, make([]byte, 64<<10))
		if err == nil {
			time.Sleep(time.Millisecond)
		}
	}
	if !errors.Is(err, ErrConnReset) {
		t.Fatalf("send to a reset connection: %v, want ErrConnReset", err)
	}
	if err := s.Close(ctx); err != nil {
		t.Fatalf("close after reset: %v", err)
	}
	if err := s.Close(ctx); !errors.Is(err, ErrNotSocket) {
		t.Fatalf("second close: %v, want ErrNotSocket", err)
	}
}

// A timed linger waits for delivery, not for the kernel to take the data:
// a little data that the kernel accepts at once, to a peer that does not
// read, is still reset when the linger runs out.
func TestTimedLingerWaitsForAck(t *testing.T) {
	in, ctr := newTestInstance(t, false)
	pr := newPeer(t, true, 4096)
	s := dial(t, in, pr)
	b, _ := payload(12, 64<<10)
	mustSend(t, s, b)
	for i := 0; s.Unsent() > 0; i++ { // the kernel takes it all, though the peer reads nothing
		if i > 2000 {
			t.Skipf("the kernel did not take %d bytes at once; the queue path is tested elsewhere", len(b))
		}
		time.Sleep(time.Millisecond)
	}
	mustLinger(t, s, Linger{On: true, Timeout: 200 * time.Millisecond})
	if err := s.Close(context.Background()); err != nil {
		t.Fatal(err)
	}
	if st := ctr.snapshot(); st.Aborted != 1 || st.Graceful != 0 || st.Unacked == 0 {
		t.Fatalf("stats %+v: want the linger to reset the undelivered connection, losing unacknowledged bytes", st)
	}
	pr.unstall()
	if got, _, err := pr.conn(t, s).wait(t); !isReset(err) || got >= int64(len(b)) {
		t.Fatalf("peer got %d of %d, err %v; want fewer and a reset", got, len(b), err)
	}
}
