package model

import (
	"fmt"
	"runtime/metrics"
	"time"
)

// watch starts the goroutine that prints progress lines and enforces
// Options.MaxMemory while the search runs, and returns the function that
// stops it. The memory limit is checked every 200ms from runtime/metrics
// (no stop-the-world), so a runaway state space is stopped with a clear
// verdict before the kernel's OOM killer ends the process silently.
func (c *checker) watch() func() {
	if c.opt.Progress == nil && c.opt.Events == nil && c.opt.MaxMemory == 0 {
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
					gen := c.generated.Load()
					mins := now.Sub(start).Minutes()
					fmt.Fprintf(c.opt.Progress, "Progress(%d) at %s: %d states generated (%.0f s/min), %d distinct states found, %d states left on queue.\n",
						c.level.Load(), now.UTC().Format("2006-01-02 15:04:05"), gen, float64(gen)/mins, c.seen.len(), c.queue.Load())
				}
				if now.Sub(lastPrint) >= c.opt.progressEvery() {
					lastPrint = now
				}
			}
		}
	}()
	return func() { close(done); <-finished }
}

// checkMemory stops the run when the heap has grown past Options.MaxMemory.
// It is called by the watcher and at every level boundary.
func (c *checker) checkMemory() {
	if c.opt.MaxMemory == 0 {
		return
	}
	sample := []metrics.Sample{{Name: "/memory/classes/heap/objects:bytes"}}
	metrics.Read(sample)
	if sample[0].Value.Kind() == metrics.KindUint64 && sample[0].Value.Uint64() > c.opt.MaxMemory {
		c.stop.CompareAndSwap(stopNone, stopMemory)
	}
}
