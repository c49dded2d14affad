package model

import (
	"fmt"

	"github.com/wspcycle/wspcycle/tla/eval"
	"github.com/wspcycle/wspcycle/tla/value"
)

// TLC announces its liveness check with the number of states of its
// behaviour graphs, summed over its branches (LiveCheck.check0: each
// checker's disk graph's size). A branch with a tableau generates the
// successors of a node met after its state was expanded again
// (livereexpand.go), and a successor consistent with a tableau node is
// recorded in that graph even when the search never found it: with a
// VIEW or a CONSTRAINT that reads TLCGet("level"), a state generated
// again at another level is another state (LevelView's
// [](busy = FALSE) \/ [](served = FALSE): 5 states against the search's
// 3, TLC rev cc6b616). Those states lead nowhere: the verdict is the
// same, only the count differs, and only when the level was read.

// extraMayCount reports whether the products may meet states the search
// did not: the successors are generated again (actualSucc) and the level
// was read, with a disjunct that has a tableau.
func (ls *liveSpec) extraMayCount(sp *eval.Spec) bool {
	if sp.Run == nil || !sp.Run.LevelRead() || !actualSucc(sp) {
		return false
	}
	for _, p := range ls.parts {
		for _, d := range p.disj {
			if d.tab != nil {
				return true
			}
		}
	}
	return false
}

// extraStates builds the product of every disjunct with a tableau ahead
// of the check, keeping each one's lasso for disjunctViolation, and
// returns the number of states the products met beyond the search's, one
// graph per tableau formula as TLC's branches. A product that fails is
// left to the check, which reports it in its turn.
func (ls *liveSpec) extraStates(g *denseGraph) int64 {
	if ls.sym == nil {
		return 0
	}
	ls.symDone = map[*disjunct]*lasso{}
	ls.symExtra = map[string]map[uint64]bool{}
	for _, p := range ls.parts {
		for _, d := range p.disj {
			if d.tab == nil {
				continue
			}
			ls.symTF = tfKey(d.tf)
			func() {
				defer func() {
					if r := recover(); r != nil {
						if _, ok := r.(*liveLimit); ok {
							panic(r)
						}
					}
				}()
				l := ls.disjunctViolation(g, d)
				ls.symDone[d] = l
			}()
		}
	}
	ls.symTF = ""
	var n int64
	for _, set := range ls.symExtra {
		n += int64(len(set))
	}
	return n
}

// noteExtra records the successor t (fingerprint fp) of s, generated
// again from the product node with tableau node q at the given level and
// not a state of the search, when some successor of q is consistent with
// it (TLC records the node then).
func (ls *liveSpec) noteExtra(tab *tableau, q int32, s, t value.State, fp uint64, level int, sat func(tk uint64, lits []atomRef) bool) {
	if ls.symExtra == nil {
		return
	}
	restore := ls.sym.at(level)
	tk, err := ls.takenBits(s, t)
	restore()
	if err != nil {
		panic(fmt.Errorf("evaluating the temporal properties again: %w", err))
	}
	for _, q2 := range tab.succ[q] {
		if sat(tk, tab.lits[q2]) {
			set := ls.symExtra[ls.symTF]
			if set == nil {
				set = map[uint64]bool{}
				ls.symExtra[ls.symTF] = set
			}
			set[fp] = true
			return
		}
	}
}
