package loopback

import (
	"context"
	"fmt"
	"net"
	"sync"
	"testing"
	"time"
)

const benchChunk = 64 << 10 // unsent bytes per socket

// BenchmarkFinalCleanupDrain measures the final Cleanup of N graceful sockets
// holding 64 KiB unsent each (half left open, half already closed and sending
// in the background), from the Cleanup call until the peers have received
// every byte and seen every connection end. In the same run it measures what
// loopback TCP itself does with the same load (N plain connections writing
// 64 KiB each and closing, in parallel), so the two numbers share a machine
// state. Metrics:
//
//	drain-MB/s     bytes / (Cleanup start .. last byte and FIN at the peer)
//	loopback-MB/s  the same bytes over plain connections
//	loopback1-MB/s the same bytes over one plain connection (64 KiB writes)
//	drain/loopback drain-MB/s over the better of the two loopback figures (goal: at least 0.5)
//	cleanup-ms     until Cleanup returned (data handed to the kernel, all freed)
//
// The peers run in a child process, so 10,000 sockets need 10,000 descriptors
// here; if the hard limit is below that the size is skipped with a message.
func BenchmarkFinalCleanupDrain(b *testing.B) {
	for _, n := range []int{10, 1000, 10_000} {
		b.Run(fmt.Sprintf("sockets=%d", n), func(b *testing.B) {
			if soft, hard, ok := raiseFDLimit(uint64(n) + 256); !ok {
				b.Skipf("%d sockets need %d descriptors; limit is soft %d, hard %d (raise it with ulimit -n)", n, n+256, soft, hard)
			}
			pp := startPeerProc(b)
			payload, _ := payload(uint64(n), benchChunk)
			total := int64(n) * benchChunk
			var drain, loop, single, cleanup time.Duration
			b.SetBytes(total)
			b.ResetTimer()
			for range b.N {
				b.StopTimer()
				loop += loopbackRun(b, pp, n, payload)
				single += singleStreamRun(b, pp, n, payload)
				p, socks := loadedProvider(b, pp, n, payload)
				b.StartTimer()

				t0 := time.Now()
				if err := p.Cleanup(context.Background()); err != nil {
					b.Fatal(err)
				}
				t1 := time.Now()
				if resets := pp.await(b, total, int64(n)); resets != 0 {
					b.Fatalf("%d peers saw a reset after a graceful drain", resets)
				}
				t2 := time.Now()

				b.StopTimer()
				drain += t2.Sub(t0)
				cleanup += t1.Sub(t0)
				if st := p.Stats(); st.Drained != total || st.Discarded != 0 {
					b.Fatalf("stats %+v: want %d drained, none discarded", st, total)
				}
				_ = socks
				b.StartTimer()
			}
			b.StopTimer()
			mb := func(d time.Duration) float64 { return float64(total) * float64(b.N) / 1e6 / d.Seconds() }
			b.ReportMetric(mb(drain), "drain-MB/s")
			b.ReportMetric(mb(loop), "loopback-MB/s")
			b.ReportMetric(mb(single), "loopback1-MB/s")
			b.ReportMetric(mb(drain)/max(mb(loop), mb(single)), "drain/loopback")
			b.ReportMetric(float64(cleanup.Milliseconds())/float64(b.N), "cleanup-ms")
		})
	}
}

// loadedProvider starts a provider whose writers hold their data, and gives
// it n connected sockets with 64 KiB unsent each; odd ones are already closed.
func loadedProvider(b *testing.B, pp *peerProc, n int, data []byte) (*Provider, []*Socket) {
	b.Helper()
	p := New(withHold(), WithDrainTimeout(2*time.Minute))
	ctx := context.Background()
	if _, err := p.Startup(ctx, v22); err != nil {
		b.Fatal(err)
	}
	socks := make([]*Socket, n)
	parallel(b, n, func(i int) error {
		s, err := p.Socket(ctx)
		if err != nil {
			return err
		}
		if err := s.Connect(ctx, pp.addr); err != nil {
			return err
		}
		if err := s.Send(ctx, data); err != nil {
			return err
		}
		if i%2 == 1 {
			if err := s.Close(ctx); err != nil {
				return err
			}
		}
		socks[i] = s
		return nil
	})
	return p, socks
}

// loopbackRun is the reference: n plain connections (dialled untimed) each
// write 64 KiB and close, in parallel; timed until the peer has it all.
func loopbackRun(b *testing.B, pp *peerProc, n int, data []byte) time.Duration {
	b.Helper()
	conns := make([]net.Conn, n)
	parallel(b, n, func(i int) (err error) {
		conns[i], err = net.Dial("tcp4", pp.addr)
		return err
	})
	t0 := time.Now()
	var wg sync.WaitGroup
	errs := make(chan error, n)
	for _, c := range conns {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if _, err := c.Write(data); err != nil {
				errs <- err
			}
			c.Close()
		}()
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		b.Fatal(err)
	}
	pp.await(b, int64(n)*int64(len(data)), int64(n))
	return time.Since(t0)
}

// singleStreamRun is the other reference: the same bytes over one connection.
func singleStreamRun(b *testing.B, pp *peerProc, n int, data []byte) time.Duration {
	b.Helper()
	c, err := net.Dial("tcp4", pp.addr)
	if err != nil {
		b.Fatal(err)
	}
	t0 := time.Now()
	for range n {
		if _, err := c.Write(data); err != nil {
			b.Fatal(err)
		}
	}
	c.Close()
	pp.await(b, int64(n)*int64(len(data)), 1)
	return time.Since(t0)
}

// parallel runs f(0..n-1) on a few goroutines (dialling 10,000 connections
// one by one is slow; all at once would overflow the listen backlog).
func parallel(b *testing.B, n int, f func(i int) error) {
	b.Helper()
	var wg sync.WaitGroup
	errs := make(chan error, 32)
	next := make(chan int)
	for range 32 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				if err := f(i); err != nil {
					select {
					case errs <- err:
					default:
					}
				}
			}
		}()
	}
	for i := range n {
		next <- i
	}
	close(next)
	wg.Wait()
	close(errs)
	for err := range errs {
		b.Fatal(err)
	}
}
