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
	r.SetSeen(c.stored)
	r.SetSpecInfo(c.specValue())
}

// traceTo is the behaviour from an initial state to t, a state the search
// has stored, for TLCExt's Trace: its stored path replayed, as TLC
// rebuilds it from its trace file (evaluating Init and Next again, which
// prints their Print output again, as in TLC). The replay expands each
// state at its own level (Spec.NextAt) and moves nothing the search
// shares, so any worker may rebuild a behaviour while the others go on.
// A state not stored has no recorded path: the worker that reached it
// evaluates Trace through its predecessor instead (StatePred.From), so
// that is an error here, never a wrong behaviour.
func (c *checker) traceTo(t value.State) (tr []value.State, err error) {
	fp, err := c.fingerprint(t)
	if err != nil {
		return nil, err
	}
	if c.disk == nil {
		if _, ok := c.seen.pred(fp); !ok {
			return nil, fmt.Errorf("the state is not among those the search stored")
		}
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
	states, err := c.replay(fps[:len(fps)-1], nil)
	if err != nil {
		return nil, err
	}
	for _, s := range states {
		tr = append(tr, s.State)
	}
	return append(tr, t), nil
}

// stored reports whether t is among the states the search has found, for
// PickSuccessor (eval.Run.SetSeen).
func (c *checker) stored(t value.State) (bool, error) {
	fp, err := c.fingerprint(t)
	if err != nil {
		return false, err
	}
	if c.disk != nil {
		return c.disk.fps.Contains(fp)
	}
	_, ok := c.seen.pred(fp)
	return ok, nil
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

// atLevel makes level the Run's level, the level being expanded, until
// the function it returns is called: for the evaluations the liveness
// check makes again after the search, each at the level of the state TLC
// makes it in (a state predicate of a state at level L, its constraints
// and VIEW included, is evaluated at L-1, as the search evaluates them
// when it expands the level before; Next and the step predicates from
// it at L). It leaves TLCGet("stats").diameter alone.
func (c *checker) atLevel(level int) (restore func()) {
	if r := c.sp.Run; r != nil {
		return r.AtLevel(level)
	}
	return func() {}
}

// nextAt is the spec's Next in s, a state at TLC's level level, for
// TLCGet("level"): Spec.NextAt, which leaves the Run's level, read by the
// workers, alone. A spec without NextAt (built by hand) has no TLCGet.
func (c *checker) nextAt(level int, s value.State, yield func(eval.Step) error) error {
	if c.sp.NextAt != nil {
		return c.sp.NextAt(level, s, yield)
	}
	return c.sp.Next(s, yield)
}

// holds is p in t, a state the search reached from s (nil: t is
// initial): through StatePred.From, so that Trace in p is the behaviour
// through s, as TLC's, where each state knows its predecessor.
func holds(p eval.StatePred, s, t value.State) (bool, error) {
	if p.From != nil {
		return p.From(s, t)
	}
	return p.Eval(t)
}
