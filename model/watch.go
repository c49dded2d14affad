package model

import (
	"fmt"
	"io"
	"runtime/metrics"
	"strconv"
	"strings"
	"time"
)

// watch starts the goroutine that prints progress lines and enforces
// Options.MaxMemory while the search runs, and returns the function that
// stops it. The memory limit is checked every 200ms from runtime/metrics
// (no stop-the-world), so a runaway state space is stopped with a clear
// verdict before the kernel's OOM killer ends the process silently.
func (c *checker) watch() func() {
	if c.opt.Progress == nil && c.opt.Events == nil && c.opt.MaxMemory == 0 && c.disk == nil {
		return func() {}
	}
	done := make(chan struct{})
	finished := make(chan struct{})
	go func() {
		defer close(finished)
		start := time.Now()
		lastPrint := start
		tick := time.NewTicker(200 * time.Millisecond)
		defer tick.Stop()
		for {
			select {
			case <-done:
				return
			case now := <-tick.C:
				c.checkMemory()
				if c.opt.Events != nil && now.Sub(lastPrint) >= c.opt.progressEvery() {
					c.event(EventProgress, int(c.level.Load()))
				}
				if c.opt.Progress != nil && now.Sub(lastPrint) >= c.opt.progressEvery() {
					WriteProgress(c.opt.Progress, Event{Kind: EventProgress, Level: int(c.level.Load()), Generated: c.generated.Load(),
						Distinct: c.distinct(), Queue: c.queue.Load(), Elapsed: now.Sub(start)}, now)
				}
				if now.Sub(lastPrint) >= c.opt.progressEvery() {
					lastPrint = now
				}
			}
		}
	}()
	return func() { close(done); <-finished }
}

// checkMemory records the peak of the heap (Report.PeakHeap) and stops the
// in-memory search when the heap has grown past Options.MaxMemory (the disk
// search bounds its table to a share of it instead, and spills). It is
// called by the watcher and at every level boundary.
func (c *checker) checkMemory() {
	sample := []metrics.Sample{{Name: "/memory/classes/heap/objects:bytes"}}
	metrics.Read(sample)
	if sample[0].Value.Kind() != metrics.KindUint64 {
		return
	}
	heap := sample[0].Value.Uint64()
	for {
		p := c.peakHeap.Load()
		if heap <= p || c.peakHeap.CompareAndSwap(p, heap) {
			break
		}
	}
	if c.opt.MaxMemory != 0 && c.disk == nil && heap > c.opt.MaxMemory {
		c.stop.CompareAndSwap(stopNone, stopMemory)
	}
}

// WriteProgress prints TLC's progress line for ev at now: the level, the
// counts with thousands separators, and the states and distinct states per
// minute since the start.
func WriteProgress(w io.Writer, ev Event, now time.Time) error {
	mins := max(ev.Elapsed.Minutes(), 1.0/60)
	_, err := fmt.Fprintf(w, "Progress(%d) at %s: %s states generated (%s s/min), %s distinct states found (%s ds/min), %s states left on queue.\n",
		ev.Level, now.Format("2006-01-02 15:04:05"), Thousands(ev.Generated), Thousands(int64(float64(ev.Generated)/mins)),
		Thousands(ev.Distinct), Thousands(int64(float64(ev.Distinct)/mins)), Thousands(ev.Queue))
	return err
}

// Thousands writes n with TLC's thousands separators: 847,766.
func Thousands(n int64) string {
	s := strconv.FormatInt(n, 10)
	neg := n < 0
	if neg {
		s = s[1:]
	}
	var b strings.Builder
	if neg {
		b.WriteByte('-')
	}
	for i, c := range s {
		if i > 0 && (len(s)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(c)
	}
	return b.String()
}
