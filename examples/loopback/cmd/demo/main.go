// Command demo runs the loopback provider end to end on 127.0.0.1: it starts
// the provider, opens sockets to a local peer that greets each connection
// (bytes the application never reads) and is slow to read, sends data,
// closes them with every linger mode (leaving some open), and then makes the
// final Cleanup deliver what is still unsent. A progress line shows bytes on
// their way; the summary says what was sent, drained and discarded, and
// checks that every graceful socket's peer received every byte.
//
//	go run ./examples/loopback/cmd/demo [-sockets 32] [-mib 4] [-events trace.ndjson]
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"net"
	"os"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/wspcycle/wspcycle/examples/loopback"
	"github.com/wspcycle/wspcycle/fsm"
)

func main() {
	sockets := flag.Int("sockets", 32, "number of sockets (1..4096)")
	mib := flag.Int("mib", 4, "MiB each socket sends (1..64)")
	events := flag.String("events", "", "write socket and lifecycle events as NDJSON to this file")
	timeout := flag.Duration("timeout", 60*time.Second, "bound on the whole run")
	flag.Parse()
	if *sockets < 1 || *sockets > 4096 || *mib < 1 || *mib > 64 || *sockets**mib > 2048 {
		fmt.Fprintln(os.Stderr, "demo: -sockets must be in 1..4096, -mib in 1..64, and their product (MiB queued in all) at most 2048")
		os.Exit(2)
	}
	if err := run(os.Stdout, *sockets, *mib<<20, *events, *timeout); err != nil {
		fmt.Fprintln(os.Stderr, "\ndemo:", err)
		os.Exit(1)
	}
}

// plan is what the demo does with socket i, so each linger mode appears.
type plan struct {
	name     string
	linger   loopback.Linger
	close    bool // closed by the application before the final Cleanup
	graceful bool // every byte must arrive
}

var plans = []plan{
	{"dontlinger, closed (background send)", loopback.Linger{}, true, true},
	{"dontlinger, left open", loopback.Linger{}, false, true},
	{"linger 30s, left open", loopback.Linger{On: true, Timeout: 30 * time.Second}, false, true},
	{"linger 0, closed (reset)", loopback.Linger{On: true}, true, false},
}

func run(w io.Writer, n, size int, eventsPath string, timeout time.Duration) error {
	ctx, cancel := context.WithTimeout(context.Background(), timeout)
	defer cancel()

	var opts []loopback.Option
	if eventsPath != "" {
		f, err := os.Create(eventsPath)
		if err != nil {
			return err
		}
		defer f.Close()
		opts = append(opts, loopback.WithEvents(loopback.NDJSON(f)))
	}
	pr, err := startPeer()
	if err != nil {
		return err
	}
	defer pr.close()

	p := loopback.New(opts...)
	// Two users: the first Cleanup below only drops the count.
	for range 2 {
		v, err := p.Startup(ctx, loopback.HighVersion)
		if err != nil {
			return err
		}
		_ = v
	}
	fmt.Fprintf(w, "provider %v, %d users; peer on %s greets each connection (%d bytes never read), reads nothing yet\n",
		p.State(), p.Refs(), pr.addr(), len(greeting))

	data := make([]byte, size)
	for i := range data {
		data[i] = byte(i * 7)
	}
	want := make(map[string]int64) // peer-side address -> bytes a graceful socket sent
	var wouldBlock bool
	for i := range n {
		pl := plans[i%len(plans)]
		s, err := p.Socket(ctx)
		if err != nil {
			return err
		}
		if err := s.Connect(ctx, pr.addr()); err != nil {
			return err
		}
		if err := s.Send(ctx, data); err != nil {
			return err
		}
		if pl.graceful {
			want[s.LocalAddr().String()] = int64(size)
		}
		if err := s.SetLinger(ctx, pl.linger); err != nil {
			return err
		}
		if i == 2 { // show would-block: non-blocking, timed linger, data unsent
			s.SetNonBlocking(ctx, true)
			err := s.Close(ctx)
			wouldBlock = errors.Is(err, loopback.ErrWouldBlock)
			s.SetNonBlocking(ctx, false)
		}
		if pl.close {
			if err := s.Close(ctx); err != nil {
				return err
			}
		}
	}
	if wouldBlock {
		fmt.Fprintln(w, "non-blocking close with linger 30s and data not yet delivered: would block (socket stays open)")
	}
	fmt.Fprintf(w, "%d sockets: %s\n", n, describe(n))

	if err := p.Cleanup(ctx); err != nil {
		return err
	}
	fmt.Fprintf(w, "first Cleanup: %v, %d user left, %d sockets still live\n", p.State(), p.Refs(), p.Live())

	stop := progress(w, p, pr)
	pr.open() // the peer starts reading; the final Cleanup drains
	t0 := time.Now()
	err = p.Cleanup(ctx)
	took := time.Since(t0)
	if err != nil {
		stop()
		return fmt.Errorf("final Cleanup: %w", err)
	}
	if err := pr.wait(ctx, n); err != nil {
		stop()
		return err
	}
	stop()

	st := p.Stats()
	fmt.Fprintf(w, "final Cleanup took %v; provider %v\n", took.Round(time.Millisecond), p.State())
	fmt.Fprintf(w, "  sent (accepted by Send)  %12d bytes\n", st.Accepted)
	fmt.Fprintf(w, "  written to the kernel    %12d bytes\n", st.Written)
	fmt.Fprintf(w, "    of which drained       %12d bytes (during the final Cleanup)\n", st.Drained)
	fmt.Fprintf(w, "  discarded (resets)       %12d bytes unsent, %d more written but unacknowledged\n", st.Discarded, st.Unacked)
	fmt.Fprintf(w, "  peers received           %12d bytes, every graceful stream to its end\n", pr.total.Load())
	fmt.Fprintf(w, "  peers' greetings         %12d bytes never read, discarded by graceful closes\n", st.Unread)
	fmt.Fprintf(w, "  sockets: %d graceful, %d reset\n", st.Graceful, st.Aborted)

	lost := 0
	for addr, sent := range want {
		if got, err := pr.received(addr); got != sent || err != nil {
			lost++
			fmt.Fprintf(w, "  LOSS: graceful socket %s: peer got %d of %d bytes, then %v\n", addr, got, sent, err)
		}
	}
	if lost > 0 {
		return fmt.Errorf("%d graceful sockets lost data", lost)
	}
	fmt.Fprintf(w, "no loss: all %d graceful sockets delivered every byte\n", len(want))

	if _, err := p.Startup(ctx, loopback.HighVersion); err != nil {
		return fmt.Errorf("startup after the final Cleanup: %w", err)
	}
	fmt.Fprintf(w, "Startup again: %v with %d live sockets (a fresh provider)\n", p.State(), p.Live())
	if err := p.Cleanup(ctx); err != nil {
		return err
	}
	if err := p.Cleanup(ctx); errors.Is(err, fsm.ErrNotInitialised) {
		fmt.Fprintln(w, "Cleanup at zero refused:", err)
	} else {
		return fmt.Errorf("Cleanup at zero: %v, want ErrNotInitialised", err)
	}
	return nil
}

func describe(n int) string {
	s := ""
	for i, pl := range plans {
		c := (n - i + len(plans) - 1) / len(plans)
		if c <= 0 {
			continue
		}
		if s != "" {
			s += "; "
		}
		s += fmt.Sprintf("%d %s", c, pl.name)
	}
	return s
}

// progress prints one line every 100ms until stopped: redrawn in place on a
// terminal, one line each (readable in a log) when w is a file or a pipe.
func progress(w io.Writer, p *loopback.Provider, pr *peer) (stop func()) {
	start, end := "", "\n"
	if isTerminal(w) {
		start, end = "\r", ""
	}
	done := make(chan struct{})
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		t := time.NewTicker(100 * time.Millisecond)
		defer t.Stop()
		last := false
		for {
			st := p.Stats()
			fmt.Fprintf(w, "%s%-16v written %6.1f MiB (drained %6.1f)  discarded %6.1f MiB  peers got %6.1f MiB%s",
				start, p.State(), mb(st.Written), mb(st.Drained), mb(st.Discarded), mb(pr.total.Load()), end)
			select {
			case <-done:
				if !last {
					last = true // one more line, with the final numbers
					continue
				}
				fmt.Fprint(w, strings.Repeat("\n", len(start)))
				return
			case <-t.C:
			}
		}
	}()
	return func() { close(done); wg.Wait() }
}

func mb(b int64) float64 { return float64(b) / (1 << 20) }

// isTerminal reports whether w is a character device (a terminal), where a
// progress line can be redrawn with a carriage return.
func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	if !ok {
		return false
	}
	fi, err := f.Stat()
	return err == nil && fi.Mode()&os.ModeCharDevice != 0
}

// greeting is what the peer sends on every connection. The application
// never reads it: a graceful close must read and discard it, or closing
// the socket would reset the connection and lose data (RFC 1122 4.2.2.13).
var greeting = []byte("hello from the peer\n")

// peer accepts the provider's connections on 127.0.0.1, greets each, with
// small receive buffers so that unsent data stays in the provider until
// the peer reads.
type peer struct {
	ln    net.Listener
	gate  chan struct{}
	once  sync.Once
	total atomic.Int64
	ended atomic.Int64
	mu    sync.Mutex
	got   map[string]int64
	errs  map[string]error // how each connection ended: nil for a clean end of stream
	wg    sync.WaitGroup
}

func startPeer() (*peer, error) {
	ln, err := net.Listen("tcp4", "127.0.0.1:0")
	if err != nil {
		return nil, err
	}
	pr := &peer{ln: ln, gate: make(chan struct{}), got: make(map[string]int64), errs: make(map[string]error)}
	pr.wg.Add(1)
	go func() {
		defer pr.wg.Done()
		for {
			c, err := ln.Accept()
			if err != nil {
				return
			}
			c.(*net.TCPConn).SetReadBuffer(32 << 10)
			pr.wg.Add(1)
			go pr.serve(c)
		}
	}()
	return pr, nil
}

func (pr *peer) addr() string { return pr.ln.Addr().String() }
func (pr *peer) open()        { pr.once.Do(func() { close(pr.gate) }) }

func (pr *peer) serve(c net.Conn) {
	defer pr.wg.Done()
	defer pr.ended.Add(1)
	defer c.Close()
	key := c.RemoteAddr().String()
	_, err := c.Write(greeting)
	<-pr.gate
	buf := make([]byte, 64<<10)
	for err == nil {
		var n int
		n, err = c.Read(buf)
		pr.total.Add(int64(n))
		pr.mu.Lock()
		pr.got[key] += int64(n)
		pr.mu.Unlock()
	}
	if errors.Is(err, io.EOF) { // the end of a graceful stream; a reset after linger 0
		err = nil
	}
	pr.mu.Lock()
	pr.errs[key] = err
	pr.mu.Unlock()
}

// received reports what the connection from addr delivered and how it ended.
func (pr *peer) received(addr string) (int64, error) {
	pr.mu.Lock()
	defer pr.mu.Unlock()
	return pr.got[addr], pr.errs[addr]
}

// wait waits until all n connections have ended (EOF or reset), or ctx ends.
func (pr *peer) wait(ctx context.Context, n int) error {
	t := time.NewTicker(5 * time.Millisecond)
	defer t.Stop()
	for pr.ended.Load() < int64(n) {
		select {
		case <-ctx.Done():
			return fmt.Errorf("peers: only %d of %d connections ended: %w", pr.ended.Load(), n, ctx.Err())
		case <-t.C:
		}
	}
	return nil
}

func (pr *peer) close() {
	pr.open()
	pr.ln.Close()
	pr.wg.Wait()
}
