package model

import (
	"fmt"

	"github.com/wspcycle/wspcycle/tla/value"
)

// symFuncs are disjunctViolation's evaluations on recorded bits.
type symFuncs struct {
	ea           func(bits, tk uint64, stutter bool) bool
	stutterTaken func(bits uint64) uint64
}

// prodArrays is a product graph: node x is the pair (pv[x], pq[x]) of a
// state and a tableau node, with the state bits bits[x]; edge i goes from
// from[i] to to[i], with step bits taken[i]; eaOK[i]: it satisfies the
// <>[]A conditions. Its first nInit nodes are the initial ones.
type prodArrays struct {
	pv, pq   []int32
	bits     []uint64
	from, to []int32
	taken    []uint64
	eaOK     []bool
	nInit    int
}

// symProduct builds the product of g with tab as TLC builds it under a
// SYMMETRY (TableauLiveChecker.addNextState; symlive.go says why the
// actual states matter). It follows TLC's order: the states in the order
// the search expanded them (g's node order), each state's product nodes
// recorded so far expanded from the state (the orbit's representative):
// its bits, its recorded steps, and the stuttering step; a step links
// <s, q> to <t, q'> when the actual successor t satisfies q”s literals,
// and only the first such step of the state to a node counts
// (GraphNode.transExists: its step bits are the edge's). A node <t, q'>
// first recorded when t's orbit is already expanded is expanded at once,
// from the actual successor that recorded it: its bits are that state's,
// its successors generated again from it (TLC's private addNextState,
// the stuttering step first, then each action's successors).
func (ls *liveSpec) symProduct(g *denseGraph, tab *tableau, f symFuncs) prodArrays {
	var p prodArrays
	nq := int64(len(tab.lits))
	id := map[int64]int32{}
	var byState [][]int32 // byState[v]: v's product nodes, in the order recorded
	byState = make([][]int32, g.n())
	var actual []value.State // the state a node is expanded from, when not its orbit's representative
	var actualLevel []int    // its level: TLC's, the level of the state it was reached from plus one
	linked := map[[2]int32]bool{}
	var fpID map[uint64]int32 // node ids by fingerprint, made when first needed
	nodeOf := func(fp uint64) (int32, bool) {
		if fpID == nil {
			fpID = make(map[uint64]int32, g.n())
			for v := int32(0); int(v) < g.n(); v++ {
				fpID[g.fp(v)] = v
			}
		}
		v, ok := fpID[fp]
		return v, ok
	}
	satTk := func(tk uint64, lits []atomRef) bool {
		for _, a := range lits {
			if a.action {
				continue
			}
			if ls.succHas(tk, a) == a.neg {
				return false
			}
		}
		return true
	}
	satBits := func(bits uint64, lits []atomRef) bool {
		for _, a := range lits {
			if !a.action && ls.stateHas(bits, a.bit) == a.neg {
				return false
			}
		}
		return true
	}
	record := func(v, q int32, bits uint64, s value.State, level int) (int32, bool) {
		key := int64(v)*nq + int64(q)
		if x, ok := id[key]; ok {
			return x, false
		}
		x := int32(len(p.pv))
		id[key] = x
		p.pv, p.pq, p.bits = append(p.pv, v), append(p.pq, q), append(p.bits, bits)
		actual, actualLevel = append(actual, s), append(actualLevel, level)
		byState[v] = append(byState[v], x)
		return x, true
	}
	for v := int32(0); int(v) < g.n(); v++ {
		if g.depth[v] != 1 {
			continue
		}
		for q, ok := range tab.init {
			if ok && satBits(g.bits[v], tab.lits[q]) {
				record(v, int32(q), g.bits[v], nil, 1)
			}
		}
	}
	p.nInit = len(p.pv)

	var done int32 // the states < done are expanded
	var expandActual func(y int32)
	// link adds the steps from x to the nodes <w, q'>, q' a successor of
	// x's tableau node that the step's successor (bits tk) satisfies;
	// successor gives that state, and its level, when a new node needs
	// it.
	link := func(x, w int32, tk uint64, stutter bool, successor func() (value.State, int)) {
		for _, q2 := range tab.succ[p.pq[x]] {
			if !satTk(tk, tab.lits[q2]) {
				continue
			}
			key := int64(w)*nq + int64(q2)
			y, ok := id[key]
			if ok && linked[[2]int32{x, y}] {
				continue
			}
			reexpand := false
			if !ok {
				var s value.State
				level := 0
				bits := g.bits[w]
				if w < done {
					s, level = successor()
					// Its state predicates at its own level, as TLC's
					// checkState evaluates them on the state.
					restore := ls.sym.at(level - 1)
					b, err := ls.stateBits(s)
					restore()
					if err != nil {
						panic(fmt.Errorf("evaluating the temporal properties again: %w", err))
					}
					bits, reexpand = b, true
				}
				y, _ = record(w, q2, bits, s, level)
			}
			linked[[2]int32{x, y}] = true
			p.from, p.to, p.taken = append(p.from, x), append(p.to, y), append(p.taken, tk)
			p.eaOK = append(p.eaOK, f.ea(p.bits[x], tk, stutter))
			if reexpand {
				expandActual(y)
			}
			if g.budget > 0 && len(p.from)&4095 == 0 {
				productLimit(g.budget, len(p.pv), len(p.from))
			}
		}
	}
	// A node expanded again is expanded from its actual state at that
	// state's level (TLC's state knows its level: one more than the state
	// it was generated from), not at the level of the node's first state:
	// Next, the constraints, the VIEW and the step predicates may read
	// TLCGet("level").
	expandActual = func(y int32) {
		s, w, level := actual[y], p.pv[y], actualLevel[y]
		tk := f.stutterTaken(p.bits[y])
		link(y, w, tk, true, func() (value.State, int) { return s, level })
		ts, fps, err := ls.sym.succ(s, level)
		if err != nil {
			panic(fmt.Errorf("generating successors again for the temporal properties: %w", err))
		}
		for i, t := range ts {
			w2, ok := nodeOf(fps[i])
			if !ok {
				ls.noteExtra(tab, p.pq[y], s, t, fps[i], level, satTk)
				continue
			}
			restore := ls.sym.at(level)
			tk, err := ls.takenBits(s, t)
			restore()
			if err != nil {
				panic(fmt.Errorf("evaluating the temporal properties again: %w", err))
			}
			t := t
			link(y, w2, tk, false, func() (value.State, int) { return t, level + 1 })
		}
	}
	for v := int32(0); int(v) < g.n(); v++ {
		xs := append([]int32(nil), byState[v]...)
		done = v + 1
		if len(xs) == 0 {
			continue
		}
		// The actual successors of v's representative, rebuilt when a
		// step records a node of an expanded state.
		var succStates []value.State
		successorOf := func(e int) (value.State, int) {
			if succStates == nil {
				succStates = ls.symSuccessors(g, v)
			}
			return succStates[e], int(g.depth[v]) + 1
		}
		var rep value.State
		repState := func() (value.State, int) {
			if rep == nil {
				s, ok := ls.sym.state(v)
				if !ok {
					panic(fmt.Errorf("cannot rebuild a state of the behaviour graph for the temporal properties"))
				}
				rep = s
			}
			return rep, int(g.depth[v])
		}
		succ, tks := g.adj(v)
		for _, x := range xs {
			for e, w := range succ {
				e := e
				link(x, w, tks[e], false, func() (value.State, int) { return successorOf(e) })
			}
			link(x, v, f.stutterTaken(g.bits[v]), true, repState)
		}
	}
	return p
}

// symSuccessors returns the actual successor of each recorded step of
// node v, in the order of g.adj(v): the successors of v's representative
// generated again, the k-th step to a node being the k-th successor
// with its fingerprint.
func (ls *liveSpec) symSuccessors(g *denseGraph, v int32) []value.State {
	s, ok := ls.sym.state(v)
	if !ok {
		panic(fmt.Errorf("cannot rebuild a state of the behaviour graph for the temporal properties"))
	}
	ts, fps, err := ls.sym.succ(s, int(g.depth[v]))
	if err != nil {
		panic(fmt.Errorf("generating successors again for the temporal properties: %w", err))
	}
	used := map[uint64]int{}
	succ, _ := g.adj(v)
	out := make([]value.State, len(succ))
	for e, w := range succ {
		fp := g.fp(w)
		k := used[fp]
		used[fp] = k + 1
		for i := range ts {
			if fps[i] != fp {
				continue
			}
			if k == 0 {
				out[e] = ts[i]
				break
			}
			k--
		}
		if out[e] == nil {
			panic(fmt.Errorf("cannot rebuild a step of the behaviour graph for the temporal properties"))
		}
	}
	return out
}
