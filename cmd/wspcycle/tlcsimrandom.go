package main

import (
	"github.com/wspcycle/wspcycle/model/simulate"
	"github.com/wspcycle/wspcycle/tla/eval"
)

// tlcMainRandom is the generator of TLC's main thread for a run with
// -seed seed (new Random(seed), in model checking and in simulation): the
// constant definitions that draw (RandomElement, RandomSubset,
// RandomSetOfSubsets) draw from it as the spec loads, in TLC's order, and
// the initial states after them, so that their values are TLC's.
func tlcMainRandom(seed int64) eval.Random { return simulate.NewTLCRandom(seed) }
