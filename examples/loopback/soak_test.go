package loopback

import (
	"context"
	"errors"
	"fmt"
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
	id       uint64
	to       peerKind
}

// peerKind is which of the soak's peers a socket talks to.
type peerKind int

const (
	quietPeer peerKind = iota // reads everything, sends nothing
	talkPeer                  // sends soakTalk first (never read by the application), then reads slowly
	resetPeer                 // reads soakResetAfter bytes, then resets the connection
)

var soakTalk = []byte("sixteen bytes...")

const soakResetAfter = 64 << 10

// soakPeers are the three peers of the soak.
type soakPeers [3]*peer

func newSoakPeers(t *testing.T) soakPeers {
	return soakPeers{
		quietPeer: newPeer(t, false, 0),
		talkPeer:  newPeerWith(t, peerOpts{talk: soakTalk, readBuf: 4096}),
		resetPeer: newPeerWith(t, peerOpts{rcvbuf: 4096, readBuf: 4096, reset: soakResetAfter}),
	}
}

// TestSoak: workers open, send and close sockets in every linger mode (and
// leave some open) while cyclers Startup and Cleanup around them, so the
// counter keeps hitting zero and final Cleanups drain sockets that are still
// open or still sending. The sockets talk to three peers: a quiet one, one
// that sends bytes the application never reads and then reads slowly, and
// one that resets every connection mid-stream. Bounded by iteration counts
// and a deadline. At the end: counter balanced, nothing live, every
// graceful socket's bytes all delivered in order with a clean end of
// stream, every abortive socket's peer reset, and every socket a peer reset
// counted as aborted with exactly the bytes its peer's TCP never took.
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
	pr := newSoakPeers(t)
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
	evmu.Lock()
	defer evmu.Unlock()
	var graceful, resets int
	var sentGraceful, sentAbortive, received, lostReset, lostOurs int64
	for i, rec := range record {
		got, sum, err := rec.pc.wait(t)
		e := closedEv[rec.id]
		received += got
		if e.Detail == "graceful" {
			sentGraceful += int64(rec.n)
		} else {
			sentAbortive += int64(rec.n)
		}
		switch {
		case rec.to == resetPeer:
			// The peer resets before the close can complete: aborted, with
			// exactly what its TCP did not take counted as lost.
			took := got + rec.pc.unread
			lostReset += e.Lost + e.Unacked
			if !rec.pc.resetBy || e.Detail != "abortive" || e.Lost+e.Unacked != int64(rec.n)-took {
				t.Errorf("socket %d (peer resets): peer reset %v (%v), read %d and held %d unread of %d; closed %+v, want abortive with lost+unacked = %d",
					i, rec.pc.resetBy, err, got, rec.pc.unread, rec.n, e, int64(rec.n)-took)
			}
			resets++
		case rec.abortive:
			lostOurs += e.Lost + e.Unacked
			if !isReset(err) || e.Detail != "abortive" {
				t.Errorf("socket %d (linger 0): peer got %d bytes and %v, closed %q; want a reset", i, got, err, e.Detail)
			}
		case err != nil || got != int64(rec.n) || sum != rec.sum || e.Detail != "graceful" || e.Unacked != 0:
			t.Errorf("socket %d (graceful, peer %d): peer got %d of %d bytes (hash ok %v), err %v; closed %+v", i, rec.to, got, rec.n, sum == rec.sum, err, e)
		default:
			graceful++
		}
		appRead := int64(0)
		if rec.op != nil {
			if n, err, ok := rec.op.Result(); ok && err == nil {
				appRead = int64(n)
			}
		}
		if rec.to == talkPeer && e.Detail == "graceful" && e.Unread+appRead != int64(len(soakTalk)) {
			t.Errorf("socket %d: the peer sent %d bytes; the application read %d, the close threw away %d",
				i, len(soakTalk), appRead, e.Unread)
		}
		if rec.op == nil {
			continue
		}
		n, opErr, done := rec.op.Result()
		signalled := false
		select {
		case <-rec.op.Event():
			signalled = true
		default:
		}
		switch {
		case rec.to != quietPeer && done && opErr == nil, // the receive got the peer's bytes before the close
			rec.to == resetPeer && done && isReset(opErr): // or the peer's reset
			if (opErr == nil && n == 0) || !signalled || rec.calls.Load() != 1 {
				t.Errorf("socket %d: receive completed with %d bytes (%v), signalled %v, callback ran %d times", i, n, opErr, signalled, rec.calls.Load())
			}
		case !done || !errors.Is(opErr, ErrAborted):
			t.Errorf("socket %d: pending op result %v (final %v), want ErrAborted", i, opErr, done)
		case rec.appClose && (!signalled || rec.calls.Load() != 1):
			t.Errorf("socket %d: ordinary close: op signalled %v, callback ran %d times; want signalled, once", i, signalled, rec.calls.Load())
		case !rec.appClose && (signalled || rec.calls.Load() != 0):
			t.Errorf("socket %d: final Cleanup: op signalled %v, callback ran %d times; want neither", i, signalled, rec.calls.Load())
		}
	}
	if len(closedEv) != len(record) {
		t.Errorf("%d sockets closed in the trace, want %d", len(closedEv), len(record))
	}
	var lost, unacked, unread int64
	for id, e := range closedEv {
		if e.Bytes+e.Lost != sent[id] || (e.Detail == "graceful" && e.Lost+e.Unacked != 0) {
			t.Errorf("trace, socket %d: sent %d, closed %s with %d written, %d lost, %d unacknowledged", id, sent[id], e.Detail, e.Bytes, e.Lost, e.Unacked)
		}
		lost, unacked, unread = lost+e.Lost, unacked+e.Unacked, unread+e.Unread
	}
	st := p.Stats()
	if st.Written+st.Discarded != st.Accepted || st.Opened != int64(len(record)) ||
		st.Discarded != lost || st.Unacked != unacked || st.Unread != unread ||
		st.Graceful+st.Aborted != st.Opened {
		t.Fatalf("stats %+v do not balance over %d sockets (the trace says %d lost, %d unacknowledged, %d unread)", st, len(record), lost, unacked, unread)
	}
	t.Logf("%d sockets, %d final Cleanups: %d graceful sockets sent %d bytes, all delivered; %d abortive ones sent %d: "+
		"%d reset by their peer lost %d (exactly what their peers' TCP did not take), the linger-0 ones lost %d; peers read %d bytes in all; stats %+v",
		len(record), teardowns.Load(), graceful, sentGraceful, len(record)-graceful, sentAbortive,
		resets, lostReset, lostOurs, received, st)
}

// soakOne opens one socket, sends a random amount, and closes it in a random
// linger mode, or leaves it open for a final Cleanup to close.
func soakOne(ctx context.Context, t *testing.T, p *Provider, peers soakPeers, r *rand.Rand, seed uint64) (soakSocket, error) {
	to := peerKind(r.IntN(len(peers)))
	pr := peers[to]
	s, err := p.Socket(ctx)
	if err != nil {
		return soakSocket{}, err
	}
	if err := s.Connect(ctx, pr.addr()); err != nil {
		return soakSocket{}, err
	}
	rec := soakSocket{pc: pr.conn(t, s), id: s.ID(), to: to}
	size := r.IntN(200_000)
	if to == resetPeer { // enough that the peer's window closes before it resets
		size += soakResetAfter + 128<<10
	}
	var b []byte
	b, rec.sum = payload(seed, size)
	rec.n = len(b)
	for off := 0; off < len(b); {
		k := min(len(b)-off, 1+r.IntN(50_000))
		if err := s.Send(ctx, b[off:off+k]); err != nil {
			if to == resetPeer && errors.Is(err, ErrConnReset) { // the peer was quicker
				rec.n = off
				break
			}
			return rec, err
		}
		off += k
	}
	var l Linger
	switch x := r.IntN(10); {
	case x < 2 && to == resetPeer:
		// Not linger 0: our reset racing the peer's would make the count
		// inexact by what was in flight (see Stats.Unacked).
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
		if to == resetPeer && errors.Is(err, ErrConnReset) {
			rec.op, err = nil, nil
		}
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
	return rec, fmt.Errorf("socket %d (peer %d, %d bytes, unsent %d): non-blocking close kept returning would-block", rec.id, to, rec.n, s.Unsent())
}
