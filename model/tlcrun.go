package model

import "github.com/wspcycle/wspcycle/tla/eval"

// tlcRun connects the spec's Run, which TLC's TLCGet reads, to this
// search: the number of workers, the counts so far, and level 0 (the
// initial states are being computed) until runLevel says otherwise.
// The counts are those the progress lines show, folded in per chunk:
// with one worker TLC's are exact at every state, these only between
// chunks.
func (c *checker) tlcRun() {
	r := c.sp.Run
	if r == nil {
		return
	}
	c.composed0 = r.Composed()
	r.SetWorkers(c.workers)
	r.SetLevel(0)
	r.SetExit(func() { c.stop.CompareAndSwap(stopNone, stopExit) })
	r.SetStats(func() eval.RunStats {
		return eval.RunStats{Generated: c.generated.Load(), Distinct: c.distinct(), Queue: c.queue.Load(), Initial: c.initStates}
	})
}

// composedStates is the number of intermediate states of action
// compositions (A \cdot B) computed since the search began, which TLC
// counts among the states generated.
func (c *checker) composedStates() int64 {
	if r := c.sp.Run; r != nil {
		return r.Composed() - c.composed0
	}
	return 0
}

// runLevel tells the spec's Run which level the search expands.
func (c *checker) runLevel(level int) {
	if r := c.sp.Run; r != nil {
		r.SetLevel(level)
	}
}
