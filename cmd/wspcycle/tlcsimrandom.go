package main

import (
	"time"

	"github.com/wspcycle/wspcycle/model/simulate"
	"github.com/wspcycle/wspcycle/model/tlcout"
	"github.com/wspcycle/wspcycle/tla/eval"
)

// tlcMainRandom is the generator of TLC's main thread for a run with
// -seed seed (new Random(seed), in model checking and in simulation): the
// constant definitions that draw (RandomElement, RandomSubset,
// RandomSetOfSubsets) draw from it as the spec loads, in TLC's order, and
// the initial states after them, so that their values are TLC's.
func tlcMainRandom(seed int64) eval.Random { return simulate.NewTLCRandom(seed) }

// tlcRunConfig is what TLCGet("config") tells of the run: TLC's -seed,
// and for -simulate (-generate) its mode, num= (-1 without), -depth,
// -aril and sched=.
func tlcRunConfig(f *tlcFlags) *eval.TLCConfig {
	c := &eval.TLCConfig{Seed: f.seed, Simulate: f.simulate, Generate: f.generate, Traces: int64(f.simNum), Depth: int64(f.depth), Aril: f.aril,
		Sched: f.simSched.String()}
	if f.simNum == 0 {
		c.Traces = -1
	}
	return c
}

// tlcNoInitialState is TLC's code for "There is no state satisfying the
// initial state predicate." (EC.TLC_NO_STATES_SATISFYING_INIT).
const tlcNoInitialState = 2118

// simNoInitialState ends a simulation whose initial predicate has no
// state as TLC's simulator does (rev cc6b616, Init == x \in {}): after
// "Computed 0 initial states...", that error (2118) and no statistics,
// exit 255 (where its model checker reports a complete search).
func simNoInitialState(w *tlcout.Writer, start, now time.Time) int {
	w.Msg(tlcNoInitialState, tlcout.ClassError, "There is no state satisfying the initial state predicate.")
	w.Finished(start, now)
	return 255
}
