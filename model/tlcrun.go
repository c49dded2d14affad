package model

import (
	"fmt"

	"github.com/wspcycle/wspcycle/tla/eval"
	"github.com/wspcycle/wspcycle/tla/value"
)

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
	r.SetTrace(c.traceTo)
	r.SetSpecInfo(c.specValue())
}

// traceTo is the behaviour from an initial state to t, a state the search
// has stored, for TLCExt's Trace: its stored path replayed, as TLC
// rebuilds it from its trace file (evaluating Init and Next again, which
// prints their Print output again, as in TLC).
func (c *checker) traceTo(t value.State) (tr []value.State, err error) {
	fp, err := c.fingerprint(t)
	if err != nil {
		return nil, err
	}
	defer func() {
		if p := recover(); p != nil {
			err = fmt.Errorf("cannot rebuild the behaviour: %v", p)
		}
	}()
	fps, err := c.chain(fp)
	if err != nil {
		return nil, err
	}
	if len(fps) == 0 {
		return nil, fmt.Errorf("the state is not among those the search stored")
	}
	// As TLC: the states before t are rebuilt, t is the one in hand (an
	// initial state needs no rebuilding at all).
	r := c.sp.Run
	level := r.Level()
	defer r.SetLevel(level) // the replay sets the levels it passes
	states, err := c.replay(fps[:len(fps)-1], nil)
	if err != nil {
		return nil, err
	}
	for _, s := range states {
		tr = append(tr, s.State)
	}
	return append(tr, t), nil
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
