package loopback

import (
	"context"
	"errors"
	"testing"
	"time"
)

// Drain delivers everything: sockets still open (closed with their linger)
// and sockets already closing in the background, all held until Drain so that
// all of the data is still unsent when it starts.
func TestDrainDeliversHeldData(t *testing.T) {
	in, ctr := newTestInstance(t, true)
	pr := newPeer(t, false, 0)
	const n = 24
	socks := make([]*Socket, n)
	sums := make([]uint64, n)
	sizes := make([]int, n)
	for i := range socks {
		s := dial(t, in, pr)
		sizes[i] = 256<<10 + i
		var b []byte
		b, sums[i] = payload(uint64(100+i), sizes[i])
		mustSend(t, s, b)
		switch i % 3 {
		case 0: // left open, default linger
		case 1: // left open, timed linger (generous)
			mustLinger(t, s, Linger{On: true, Timeout: 20 * time.Second})
		case 2: // closed before Cleanup, still sending in the background
			if err := s.Close(context.Background()); err != nil {
				t.Fatal(err)
			}
		}
		socks[i] = s
	}
	var unsent int64
	for _, s := range socks {
		unsent += int64(s.Unsent())
	}
	if unsent != int64(n*(256<<10)+n*(n-1)/2) {
		t.Fatalf("unsent %d before drain: the hold hook leaked writes", unsent)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	if err := in.drain(ctx); err != nil {
		t.Fatal(err)
	}
	in.free()
	st := ctr.snapshot()
	if st.Drained != unsent || st.Discarded != 0 || st.Graceful != n {
		t.Fatalf("stats %+v: want %d drained, none discarded, %d graceful", st, unsent, n)
	}
	for i, s := range socks {
		got, sum, err := pr.conn(t, s).wait(t)
		if err != nil || got != int64(sizes[i]) || sum != sums[i] {
			t.Errorf("socket %d: peer got %d of %d bytes, err %v, hash ok %v", i, got, sizes[i], err, sum == sums[i])
		}
	}
}

// A stuck peer cannot hold teardown: the context bounds Drain, the socket is
// reset, its data counted as discarded, and Free still completes.
func TestDrainBoundedByContext(t *testing.T) {
	in, ctr := newTestInstance(t, false)
	pr := newPeer(t, true, 4096)
	good := newPeer(t, false, 0)
	stuck := dial(t, in, pr)
	b, _ := payload(1, 16<<20)
	mustSend(t, stuck, b)
	fine := dial(t, in, good)
	small, sum := payload(2, 1<<20)
	mustSend(t, fine, small)

	ctx, cancel := context.WithTimeout(context.Background(), 300*time.Millisecond)
	defer cancel()
	err := in.drain(ctx)
	if !errors.Is(err, context.DeadlineExceeded) {
		t.Fatalf("drain: %v, want deadline exceeded", err)
	}
	in.free()
	st := ctr.snapshot()
	if st.Discarded == 0 || st.Written+st.Discarded != st.Accepted {
		t.Fatalf("stats %+v: want the stuck socket's data discarded and accounted", st)
	}
	if got, gsum, err := good.conn(t, fine).wait(t); err != nil || got != int64(len(small)) || gsum != sum {
		t.Fatalf("healthy socket: peer got %d of %d, err %v", got, len(small), err)
	}
	pr.unstall()
	if _, _, err := pr.conn(t, stuck).wait(t); !isReset(err) {
		t.Fatalf("stuck peer: %v, want reset", err)
	}
}

// A timed linger bounds Drain for its own socket even when the caller gave no
// deadline: the stuck socket is reset after its timeout and Drain succeeds.
func TestDrainBoundedByLinger(t *testing.T) {
	in, ctr := newTestInstance(t, false)
	pr := newPeer(t, true, 4096)
	s := dial(t, in, pr)
	b, _ := payload(3, 16<<20)
	mustSend(t, s, b)
	mustLinger(t, s, Linger{On: true, Timeout: 200 * time.Millisecond})
	if err := in.drain(context.Background()); err != nil {
		t.Fatalf("drain: %v", err)
	}
	in.free()
	if st := ctr.snapshot(); st.Aborted != 1 || st.Discarded == 0 {
		t.Fatalf("stats %+v: want the linger to reset the stuck socket", st)
	}
	pr.unstall()
	if _, _, err := pr.conn(t, s).wait(t); !isReset(err) {
		t.Fatalf("peer: %v, want reset", err)
	}
}

// Linger 0 sockets left open are reset by Drain; never-connected sockets just go.
func TestDrainResetsAbortiveAndUnconnected(t *testing.T) {
	in, ctr := newTestInstance(t, false)
	pr := newPeer(t, false, 0)
	s := dial(t, in, pr)
	mustLinger(t, s, Linger{On: true})
	in.newSocket() // never connected
	if err := in.drain(context.Background()); err != nil {
		t.Fatal(err)
	}
	in.free()
	if in.live() != 0 {
		t.Fatalf("%d sockets left", in.live())
	}
	if st := ctr.snapshot(); st.Aborted != 1 || st.Opened != 2 {
		t.Fatalf("stats %+v", st)
	}
	if _, _, err := pr.conn(t, s).wait(t); !isReset(err) {
		t.Fatalf("peer: %v, want reset", err)
	}
}
