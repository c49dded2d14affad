package loopback

import (
	"context"
	"sync"
	"testing"
	"time"
)

// closedEvents records every socket's "closed" event and what Send accepted.
type closedEvents struct {
	mu     sync.Mutex
	sent   map[uint64]int64
	closed map[uint64]Event
}

func newClosedEvents() *closedEvents {
	return &closedEvents{sent: map[uint64]int64{}, closed: map[uint64]Event{}}
}

func (c *closedEvents) observe(e Event) {
	c.mu.Lock()
	defer c.mu.Unlock()
	switch e.Kind {
	case EvSend:
		c.sent[e.Socket] += e.Bytes
	case EvClosed:
		c.closed[e.Socket] = e
	}
}

func (c *closedEvents) get(id uint64) (Event, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	e, ok := c.closed[id]
	return e, ok
}

// The scenario: a peer sends a few bytes the application never
// reads, then reads slowly; the provider sends on four sockets and closes
// them gracefully, by its own Close (SO_DONTLINGER, and a timed linger) and
// by the final Cleanup. Closing a TCP socket with unread received data sends
// a reset and drops what the kernel still holds (RFC 1122 4.2.2.13), so a
// graceful close must read the peer's bytes and half-close instead: every
// peer gets every byte and a clean end of stream, and nothing is counted lost.
func TestTalkingPeerGetsEverything(t *testing.T) {
	ev := newClosedEvents()
	p := New(WithEvents(ev.observe))
	talk := []byte("sixteen bytes...")
	pr := newPeerWith(t, peerOpts{stall: true, rcvbuf: 4096, talk: talk, readBuf: 4096})
	ctx := context.Background()
	if _, err := p.Startup(ctx, v22); err != nil {
		t.Fatal(err)
	}
	const n, size = 4, 4 << 20
	type rec struct {
		s   *Socket
		pc  *peerConn
		sum uint64
	}
	var recs []rec
	for i := range n {
		s, err := p.Socket(ctx)
		if err != nil {
			t.Fatal(err)
		}
		if err := s.Connect(ctx, pr.addr()); err != nil {
			t.Fatal(err)
		}
		b, sum := payload(uint64(100+i), size)
		mustSend(t, s, b)
		recs = append(recs, rec{s, pr.conn(t, s), sum})
		switch i {
		case 0: // closed by the application, sent in the background
			if err := s.Close(ctx); err != nil {
				t.Fatal(err)
			}
		case 1: // a timed linger, closed by the final Cleanup
			mustLinger(t, s, Linger{On: true, Timeout: 30 * time.Second})
		} // the others: SO_DONTLINGER, closed by the final Cleanup
	}
	pr.unstall()
	if err := p.Cleanup(ctx); err != nil {
		t.Fatalf("final Cleanup: %v", err)
	}
	var got int64
	for i, r := range recs {
		k, sum, err := r.pc.wait(t)
		got += k
		if err != nil || k != size || sum != r.sum {
			t.Errorf("socket %d: peer got %d of %d bytes (hash ok %v), err %v; want all and a clean end of stream", i, k, size, sum == r.sum, err)
		}
		if e, ok := ev.get(r.s.ID()); !ok || e.Detail != "graceful" || e.Lost != 0 || e.Unacked != 0 {
			t.Errorf("socket %d: closed event %+v, want graceful with nothing lost", i, e)
		}
	}
	st := p.Stats()
	t.Logf("sent %d bytes, peers received %d, stats %+v", int64(n*size), got, st)
	want := Stats{Accepted: n * size, Written: n * size, Drained: st.Drained, Opened: n, Graceful: n, Unread: int64(n * len(talk))}
	if st != want {
		t.Errorf("stats %+v, want %+v", st, want)
	}
}

// A peer that resets the connection while the provider still sends: the
// socket counts as aborted, never graceful, and the bytes lost are exactly
// those the peer's TCP never took: Stats and the "closed" event say how many,
// and they match what the peer really received (read, plus what its TCP held
// unread when it reset).
func TestResettingPeerLossIsExact(t *testing.T) {
	for _, how := range []string{"app close", "final cleanup", "open"} {
		t.Run(how, func(t *testing.T) {
			ev := newClosedEvents()
			p := New(WithEvents(ev.observe))
			pr := newPeerWith(t, peerOpts{rcvbuf: 4096, readBuf: 4096, reset: 100_000})
			ctx := context.Background()
			if _, err := p.Startup(ctx, v22); err != nil {
				t.Fatal(err)
			}
			const size = 4 << 20
			s, err := p.Socket(ctx)
			if err != nil {
				t.Fatal(err)
			}
			if err := s.Connect(ctx, pr.addr()); err != nil {
				t.Fatal(err)
			}
			b, _ := payload(7, size)
			mustSend(t, s, b)
			pc := pr.conn(t, s)
			switch how {
			case "app close":
				if err := s.Close(ctx); err != nil {
					t.Fatal(err)
				}
			case "open": // the reset comes while the socket is open; then Cleanup
				waitDone(t, s)
			}
			read, _, _ := pc.wait(t)
			if !pc.resetBy {
				t.Fatalf("peer did not reset: %v", pc.err)
			}
			if err := p.Cleanup(ctx); err != nil {
				t.Fatalf("final Cleanup: %v", err)
			}
			took := read + pc.unread
			e, ok := ev.get(s.ID())
			st := p.Stats()
			t.Logf("sent %d, written %d, peer read %d and held %d unread; closed event %+v", size, st.Written, read, pc.unread, e)
			if !ok || e.Detail != "abortive" || e.Lost+e.Unacked != size-took {
				t.Errorf("closed event %+v: want abortive with lost+unacked = %d (sent %d, peer's TCP took %d)", e, size-took, size, took)
			}
			if st.Aborted != 1 || st.Graceful != 0 || st.Discarded+st.Unacked != size-took || st.Written+st.Discarded != size {
				t.Errorf("stats %+v: want 1 aborted, discarded+unacked = %d (sent %d, peer's TCP took %d)", st, size-took, size, took)
			}
		})
	}
}
