package loopback

import (
	"context"
	"errors"
	"fmt"
	"io"
	"math/rand/v2"
	"net"
	"sync"
	"sync/atomic"
	"syscall"
	"testing"
	"time"

	"github.com/cespare/xxhash/v2"
)

// peer is the far end of the provider's connections: a listener on
// 127.0.0.1 whose connections count and hash what they receive, so tests can
// prove that no byte was lost, reordered or invented.
type peer struct {
	ln      *net.TCPListener
	stall   bool          // connections do not read until release is closed
	talk    []byte        // sent to every connection as soon as it is accepted (never read by the application)
	readBuf int           // bytes per Read (64 KiB unless set): a small one reads slowly
	reset   int64         // > 0: after reading this many bytes, stop reading and reset (see resetAt)
	release chan struct{} // closed by unstall or close
	relOnce sync.Once

	mu     sync.Mutex
	conns  map[string][]*peerConn // by the remote (provider-side) address; a port may be reused
	accept chan struct{}          // pulsed when a connection arrives
	wg     sync.WaitGroup
}

type peerConn struct {
	c       *net.TCPConn
	claimed bool // handed to a test by conn; guarded by peer.mu
	n       atomic.Int64
	sum     uint64 // xxhash of the received stream; valid after done
	err     error  // nil after a clean EOF; valid after done
	// unread is what the peer's TCP had received and acknowledged but the
	// peer had not read when it reset the connection: valid after done,
	// when resetBy is true. Its TCP took n + unread bytes in all.
	unread  int64
	resetBy bool // the peer reset the connection itself (peer.reset)
	done    chan struct{}
}

// newPeer starts a peer. With stall, connections do not read until unstall,
// and rcvbuf (if > 0) keeps the kernel from absorbing much in the meantime.
func newPeer(t testing.TB, stall bool, rcvbuf int) *peer {
	t.Helper()
	return newPeerWith(t, peerOpts{stall: stall, rcvbuf: rcvbuf})
}

// peerOpts are the peer's behaviours beyond newPeer's.
type peerOpts struct {
	stall   bool
	rcvbuf  int
	talk    []byte // sent on every connection first (the application never reads it)
	readBuf int    // bytes per Read; small reads slowly
	reset   int64  // reset every connection after reading this many bytes
}

func newPeerWith(t testing.TB, o peerOpts) *peer {
	t.Helper()
	stall, rcvbuf := o.stall, o.rcvbuf
	lc := net.ListenConfig{}
	if rcvbuf > 0 {
		lc.Control = func(_, _ string, rc syscall.RawConn) error {
			var serr error
			err := rc.Control(func(fd uintptr) {
				serr = syscall.SetsockoptInt(int(fd), syscall.SOL_SOCKET, syscall.SO_RCVBUF, rcvbuf)
			})
			return errors.Join(err, serr)
		}
	}
	l, err := lc.Listen(context.Background(), "tcp4", "127.0.0.1:0")
	if err != nil {
		t.Fatalf("peer listen: %v", err)
	}
	p := &peer{ln: l.(*net.TCPListener), stall: stall, release: make(chan struct{}),
		talk: o.talk, readBuf: o.readBuf, reset: o.reset,
		conns: make(map[string][]*peerConn), accept: make(chan struct{}, 1)}
	if p.readBuf <= 0 {
		p.readBuf = 64 << 10
	}
	p.wg.Add(1)
	go p.acceptLoop()
	t.Cleanup(p.close)
	return p
}

func (p *peer) addr() string { return p.ln.Addr().String() }

func (p *peer) acceptLoop() {
	defer p.wg.Done()
	for {
		c, err := p.ln.AcceptTCP()
		if err != nil {
			return
		}
		pc := &peerConn{c: c, done: make(chan struct{})}
		p.mu.Lock()
		k := c.RemoteAddr().String()
		p.conns[k] = append(p.conns[k], pc)
		p.mu.Unlock()
		select {
		case p.accept <- struct{}{}:
		default:
		}
		p.wg.Add(1)
		go p.readLoop(pc)
	}
}

func (p *peer) readLoop(pc *peerConn) {
	defer p.wg.Done()
	defer close(pc.done)
	defer pc.c.Close()
	if len(p.talk) > 0 {
		if _, err := pc.c.Write(p.talk); err != nil {
			pc.err = fmt.Errorf("peer talk: %w", err)
			return
		}
	}
	if p.stall {
		<-p.release
	}
	h := xxhash.New()
	buf := make([]byte, p.readBuf)
	for {
		if p.reset > 0 && pc.n.Load() >= p.reset {
			pc.unread, pc.err = resetAt(pc.c)
			pc.resetBy = pc.err == nil
			if pc.err == nil {
				pc.err = errPeerReset
			}
			pc.sum = h.Sum64()
			return
		}
		if p.reset > 0 {
			buf = buf[:min(int64(len(buf)), p.reset-pc.n.Load())]
		}
		n, err := pc.c.Read(buf)
		h.Write(buf[:n])
		pc.n.Add(int64(n))
		if err != nil {
			if !errors.Is(err, io.EOF) {
				pc.err = err
			}
			pc.sum = h.Sum64()
			return
		}
	}
}

// errPeerReset is a resetting peer's result when it did reset.
var errPeerReset = errors.New("peer reset the connection itself")

// conn waits (bounded) for the peer side of the socket's connection and
// claims it. Call it once per socket, before the socket closes: the kernel may
// reuse a closed connection's port, and claiming keeps the two apart.
func (p *peer) conn(t testing.TB, s *Socket) *peerConn {
	t.Helper()
	a := s.LocalAddr()
	if a == nil {
		t.Fatalf("socket %d is not connected", s.ID())
	}
	deadline := time.After(10 * time.Second)
	for {
		p.mu.Lock()
		var pc *peerConn
		for _, c := range p.conns[a.String()] {
			if !c.claimed {
				pc = c
				pc.claimed = true
				break
			}
		}
		p.mu.Unlock()
		if pc != nil {
			return pc
		}
		select {
		case <-p.accept:
		case <-time.After(50 * time.Millisecond): // accept may have pulsed for another conn
		case <-deadline:
			t.Fatalf("peer never accepted %v", a)
		}
	}
}

// wait waits (bounded) for the connection to end and returns its result.
func (pc *peerConn) wait(t testing.TB) (n int64, sum uint64, err error) {
	t.Helper()
	select {
	case <-pc.done:
		return pc.n.Load(), pc.sum, pc.err
	case <-time.After(20 * time.Second):
		t.Fatalf("peer connection never ended (%d bytes so far)", pc.n.Load())
		return 0, 0, nil
	}
}

func (p *peer) unstall() { p.relOnce.Do(func() { close(p.release) }) }

func (p *peer) close() {
	p.ln.Close()
	p.unstall()
	p.mu.Lock()
	for _, list := range p.conns {
		for _, pc := range list {
			pc.c.SetReadDeadline(time.Now()) // wake readers; a clean test has already seen EOF
		}
	}
	p.mu.Unlock()
	p.wg.Wait()
}

// isReset reports whether err is the peer's view of an abortive close.
func isReset(err error) bool { return errors.Is(err, syscall.ECONNRESET) }

// payload is n deterministic pseudo-random bytes and their hash.
func payload(seed uint64, n int) ([]byte, uint64) {
	r := rand.New(rand.NewPCG(seed, 0x5eed))
	b := make([]byte, n)
	for i := 0; i+8 <= n; i += 8 {
		v := r.Uint64()
		for j := range 8 {
			b[i+j] = byte(v >> (8 * j))
		}
	}
	for i := n &^ 7; i < n; i++ {
		b[i] = byte(r.Uint32())
	}
	return b, xxhash.Sum64(b)
}
