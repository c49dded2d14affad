package loopback

import (
	"context"
	"errors"
	"math/rand/v2"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/wspcycle/wspcycle/fsm"
)

// soakSocket is what a soak worker remembers of one socket for the final audit.
type soakSocket struct {
	pc       *peerConn
	n        int
	sum      uint64
	abortive bool // closed (or left open) with linger 0: the peer must see a reset
	op       *Op  // a pending receive, or nil
	calls    *atomic.Int32
	appClose bool // closed by the application, not by a final Cleanup
}

// TestSoak: workers open, send and close sockets in every linger mode (and
// leave some open) while cyclers Startup and Cleanup around them, so the
// counter keeps hitting zero and final Cleanups drain sockets that are still
// open or still sending. Bounded by iteration counts and a deadline. At the
// end: counter balanced, nothing live, every graceful socket's bytes all
// delivered in order, every abortive socket's peer reset.
func TestSoak(t *testing.T) {
	workers, iters, cyclers := 5, 50, 2
	if testing.Short() {
		workers, iters = 3, 8
	}
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()

	var (
		teardowns atomic.Int32
		evmu      sync.Mutex
		sent      = map[uint64]int64{}
		closedEv  = map[uint64]Event{}
	)
	p := New(WithEvents(func(e Event) {
		evmu.Lock()
		defer evmu.Unlock()
		switch e.Kind {
		case EvDrainBegin:
			teardowns.Add(1)
		case EvSend:
			sent[e.Socket] += e.Bytes
		case EvClosed:
			closedEv[e.Socket] = e
		}
	}))
	pr := newPeer(t, false, 0)
	var (
		mu     sync.Mutex
		record []soakSocket
		errs   []error
	)
	fail := func(err error) {
		mu.Lock()
		errs = append(errs, err)
		mu.Unlock()
		cancel()
	}
	var wg sync.WaitGroup
	for w := range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			r := rand.New(rand.NewPCG(uint64(w), 42))
			for i := 0; i < iters && ctx.Err() == nil; i++ {
				if _, err := p.Startup(ctx, v22); err != nil {
					fail(err)
					return
				}
				for k := range 1 + r.IntN(3) {
					rec, err := soakOne(ctx, t, p, pr, r, uint64(w<<20|i<<4|k))
					if err != nil {
						fail(err)
						return
					}
					mu.Lock()
					record = append(record, rec)
					mu.Unlock()
				}
				if err := p.Cleanup(ctx); err != nil {
					fail(err)
					return
				}
				// Jitter between users, so that the counter often reaches
				// zero with sockets still open or still sending.
				time.Sleep(time.Duration(r.IntN(10_000)) * time.Microsecond)
			}
		}()
	}
	for range cyclers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < iters*4 && ctx.Err() == nil; i++ {
				if _, err := p.Startup(ctx, v22); err != nil {
					fail(err)
					return
				}
				if err := p.Cleanup(ctx); err != nil {
					fail(err)
					return
				}
			}
		}()
	}
	wg.Wait()
	for _, err := range errs {
		t.Error(err)
	}
	if t.Failed() {
		return
	}
	if err := p.Cleanup(context.Background()); !errors.Is(err, fsm.ErrNotInitialised) {
		t.Fatalf("cleanup after the soak: %v, want ErrNotInitialised (counter balanced)", err)
	}
	if p.Refs() != 0 || p.Live() != 0 {
		t.Fatalf("after the soak: refs %d, %d live sockets", p.Refs(), p.Live())
	}
	var graceful int
	for i, rec := range record {
		got, sum, err := rec.pc.wait(t)
		switch {
		case rec.abortive:
			if !isReset(err) {
				t.Errorf("socket %d (linger 0): peer got %d bytes and %v, want a reset", i, got, err)
			}
		case err != nil || got != int64(rec.n) || sum != rec.sum:
			t.Errorf("socket %d (graceful): peer got %d of %d bytes (hash ok %v), err %v", i, got, rec.n, sum == rec.sum, err)
		default:
			graceful++
		}
		if rec.op == nil {
			continue
		}
		_, opErr, done := rec.op.Result()
		signalled := false
		select {
		case <-rec.op.Event():
			signalled = true
		default:
		}
		switch {
		case !done || !errors.Is(opErr, ErrAborted):
			t.Errorf("socket %d: pending op result %v (final %v), want ErrAborted", i, opErr, done)
		case rec.appClose && (!signalled || rec.calls.Load() != 1):
			t.Errorf("socket %d: ordinary close: op signalled %v, callback ran %d times; want signalled, once", i, signalled, rec.calls.Load())
		case !rec.appClose && (signalled || rec.calls.Load() != 0):
			t.Errorf("socket %d: final Cleanup: op signalled %v, callback ran %d times; want neither", i, signalled, rec.calls.Load())
		}
	}
	evmu.Lock()
	if len(closedEv) != len(record) {
		t.Errorf("%d sockets closed in the trace, want %d", len(closedEv), len(record))
	}
	for id, e := range closedEv {
		if e.Bytes+e.Lost != sent[id] || (e.Detail == "graceful" && e.Lost != 0) {
			t.Errorf("trace, socket %d: sent %d, closed %s with %d written and %d lost", id, sent[id], e.Detail, e.Bytes, e.Lost)
		}
	}
	evmu.Unlock()
	st := p.Stats()
	if st.Written+st.Discarded != st.Accepted || st.Opened != int64(len(record)) {
		t.Fatalf("stats %+v do not balance over %d sockets", st, len(record))
	}
	t.Logf("%d sockets (%d graceful, all delivered), %d final Cleanups, stats %+v", len(record), graceful, teardowns.Load(), st)
}

// soakOne opens one socket, sends a random amount, and closes it in a random
// linger mode, or leaves it open for a final Cleanup to close.
func soakOne(ctx context.Context, t *testing.T, p *Provider, pr *peer, r *rand.Rand, seed uint64) (soakSocket, error) {
	s, err := p.Socket(ctx)
	if err != nil {
		return soakSocket{}, err
	}
	if err := s.Connect(ctx, pr.addr()); err != nil {
		return soakSocket{}, err
	}
	rec := soakSocket{pc: pr.conn(t, s)}
	var b []byte
	b, rec.sum = payload(seed, r.IntN(200_000))
	rec.n = len(b)
	for off := 0; off < len(b); {
		k := min(len(b)-off, 1+r.IntN(50_000))
		if err := s.Send(ctx, b[off:off+k]); err != nil {
			return rec, err
		}
		off += k
	}
	var l Linger
	switch x := r.IntN(10); {
	case x < 2:
		l = Linger{On: true}
		rec.abortive = true
	case x < 4:
		l = Linger{On: true, Timeout: 30 * time.Second}
		if x == 3 {
			if err := s.SetNonBlocking(ctx, true); err != nil {
				return rec, err
			}
		}
	}
	if err := s.SetLinger(ctx, l); err != nil {
		return rec, err
	}
	if r.IntN(3) == 0 {
		rec.calls = new(atomic.Int32)
		rec.op, err = s.RecvAsync(ctx, make([]byte, 8), func(int, error) { rec.calls.Add(1) })
		if err != nil {
			return rec, err
		}
	}
	if r.IntN(5) == 0 {
		return rec, nil // left open: a final Cleanup closes it with its linger
	}
	rec.appClose = true
	for range 1000 { // a non-blocking timed close would-blocks until the data is out
		err := s.Close(ctx)
		if !errors.Is(err, ErrWouldBlock) {
			return rec, err
		}
		time.Sleep(time.Millisecond)
	}
	return rec, errors.New("non-blocking close kept returning would-block")
}
