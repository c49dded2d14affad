package loopback

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"net"
	"os"
	"os/exec"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"
	"testing"
	"time"
)

// The benchmark's peers live in a child process (this test binary, re-run
// with peerProcEnv set), so that 10,000 connections need 10,000 descriptors
// in each process rather than 20,000 in one. The child listens on 127.0.0.1,
// counts every byte and every connection end, and answers "wait B C" on stdin
// with "ok bytes ends resets" once it has received at least B bytes in total
// and seen at least C connections end.
const peerProcEnv = "WSPCYCLE_LOOPBACK_PEER"

func runPeerProcess() int {
	raiseFDLimit(0)
	ln, err := net.Listen("tcp4", "127.0.0.1:0")
	if err != nil {
		fmt.Println("error", err)
		return 1
	}
	var bytes, ends, resets atomic.Int64
	go func() {
		for {
			c, err := ln.Accept()
			if err != nil {
				return
			}
			go func() {
				defer c.Close()
				buf := make([]byte, 32<<10)
				for {
					n, err := c.Read(buf)
					bytes.Add(int64(n))
					if err != nil {
						if !errors.Is(err, io.EOF) {
							resets.Add(1)
						}
						ends.Add(1)
						return
					}
				}
			}()
		}
	}()
	fmt.Println("addr", ln.Addr())
	sc := bufio.NewScanner(os.Stdin)
	for sc.Scan() {
		var b, c int64
		if _, err := fmt.Sscanf(sc.Text(), "wait %d %d", &b, &c); err != nil {
			fmt.Println("error", err)
			continue
		}
		deadline := time.Now().Add(120 * time.Second)
		for (bytes.Load() < b || ends.Load() < c) && time.Now().Before(deadline) {
			time.Sleep(50 * time.Microsecond) // a poll, but only the benchmark's clock reads it
		}
		fmt.Println("ok", bytes.Load(), ends.Load(), resets.Load())
	}
	return 0 // stdin closed: the parent is done
}

// peerProc is the parent's handle on the child.
type peerProc struct {
	cmd  *exec.Cmd
	in   io.WriteCloser
	out  *bufio.Scanner
	addr string
	mu   sync.Mutex
	// running totals the child reported last
	bytes, ends, resets int64
}

func startPeerProc(b testing.TB) *peerProc {
	b.Helper()
	cmd := exec.Command(os.Args[0], "-test.run=^$")
	cmd.Env = append(os.Environ(), peerProcEnv+"=1")
	in, err := cmd.StdinPipe()
	if err != nil {
		b.Fatal(err)
	}
	out, err := cmd.StdoutPipe()
	if err != nil {
		b.Fatal(err)
	}
	cmd.Stderr = os.Stderr
	if err := cmd.Start(); err != nil {
		b.Fatal(err)
	}
	pp := &peerProc{cmd: cmd, in: in, out: bufio.NewScanner(out)}
	b.Cleanup(pp.stop)
	line := pp.line(b)
	if !strings.HasPrefix(line, "addr ") {
		b.Fatalf("peer process: %q", line)
	}
	pp.addr = strings.TrimPrefix(line, "addr ")
	return pp
}

func (pp *peerProc) line(b testing.TB) string {
	b.Helper()
	if !pp.out.Scan() {
		b.Fatalf("peer process ended: %v", pp.out.Err())
	}
	return pp.out.Text()
}

// await blocks until the child has received moreBytes more bytes and seen
// moreEnds more connection ends than at the last await; it returns the resets
// seen meanwhile.
func (pp *peerProc) await(b testing.TB, moreBytes, moreEnds int64) (resets int64) {
	b.Helper()
	pp.mu.Lock()
	defer pp.mu.Unlock()
	wantB, wantE := pp.bytes+moreBytes, pp.ends+moreEnds
	fmt.Fprintf(pp.in, "wait %d %d\n", wantB, wantE)
	var gb, ge, gr int64
	if _, err := fmt.Sscanf(pp.line(b), "ok %d %d %d", &gb, &ge, &gr); err != nil {
		b.Fatalf("peer process: %v", err)
	}
	if gb != wantB || ge < wantE {
		b.Fatalf("peer process got %d bytes and %d ends, want exactly %d bytes and %d ends", gb, ge, wantB, wantE)
	}
	resets = gr - pp.resets
	pp.bytes, pp.ends, pp.resets = gb, ge, gr
	return resets
}

func (pp *peerProc) stop() {
	pp.in.Close()
	done := make(chan struct{})
	go func() { pp.cmd.Wait(); close(done) }()
	select {
	case <-done:
	case <-time.After(5 * time.Second):
		pp.cmd.Process.Kill()
		<-done
	}
}

// raiseFDLimit raises the soft descriptor limit to the hard one and reports
// whether need descriptors fit.
func raiseFDLimit(need uint64) (soft, hard uint64, ok bool) {
	var lim syscall.Rlimit
	if err := syscall.Getrlimit(syscall.RLIMIT_NOFILE, &lim); err != nil {
		return 0, 0, false
	}
	if lim.Cur < lim.Max {
		lim.Cur = lim.Max
		syscall.Setrlimit(syscall.RLIMIT_NOFILE, &lim)
		syscall.Getrlimit(syscall.RLIMIT_NOFILE, &lim)
	}
	return lim.Cur, lim.Max, lim.Cur >= need
}
