package model

import (
	"slices"

	"github.com/wspcycle/wspcycle/tla/eval"
)

// TLC's simulator checks each behaviour it generates with LiveCheck1,
// whose graph of a behaviour (constructBEGraph) gives a state first met
// after the initial one, for the branches without a tableau, the state
// predicates (OrderOfSolution.checkState: the P of each []<>P of the
// negated properties, a <>[]P property's ~P) of the state before it in
// the behaviour, not its own; its step predicates (the fairness
// conditions with their ENABLED, evaluated on a step's first state,
// and <>[]P's P) are the steps' own. The branches with a tableau take
// each state's own predicates. So a behaviour of 12 states ending where
// nothing is enabled violates <>[]P when P fails in state 11 though it
// holds in state 12, where the behaviour stutters forever (TLC rev
// cc6b616, -simulate, SDP_Verification's SDP_Attack_New_Solution_Spec).
// The behaviour checker makes the same graph for those checks.

// checkStateBits returns the state bits a check without a tableau reads
// as TLC's checkState: a <>[]P part's P, a General disjunct's []<>P
// conditions; nil for a check with a tableau or none to read.
func checkStateBits(part livePart, d *disjunct) []int {
	switch {
	case part.kind == eval.EventuallyAlways:
		return []int{part.pBit}
	case part.kind == eval.General && d != nil && d.tab == nil:
		var out []int
		for _, a := range d.aeState {
			out = append(out, a.bit)
		}
		return out
	}
	return nil
}

// shiftedGraph returns g with the state bits bits of each node v that
// has a previous state (hasPrev[v]) taken from that state's bits
// prev[v]; g itself when there are none.
func (ls *liveSpec) shiftedGraph(g *denseGraph, prev []uint64, hasPrev []bool, bits []int) *denseGraph {
	if len(bits) == 0 {
		return g
	}
	sg := *g
	sg.bits = make([]uint64, len(g.bits))
	for v, b := range g.bits {
		if !hasPrev[v] {
			sg.bits[v] = b
			continue
		}
		var buf, pbuf [1]uint64
		words := append([]uint64(nil), ls.stateWords(b, &buf)...)
		pw := ls.stateWords(prev[v], &pbuf)
		for _, bit := range bits {
			m := uint64(1) << uint(bit&63)
			words[bit>>6] = words[bit>>6]&^m | pw[bit>>6]&m
		}
		if ls.wide {
			sg.bits[v] = ls.nodePats.intern(words)
		} else {
			sg.bits[v] = words[0]
		}
	}
	return &sg
}

// behaviourViolation is violation on a behaviour's graph g as TLC's
// simulator checks it (see above): prev[v] are the state bits of the
// state before node v's first state in the behaviour.
func (ls *liveSpec) behaviourViolation(g *denseGraph, prev []uint64, hasPrev []bool, part livePart) *lasso {
	switch part.kind {
	case eval.EventuallyAlways:
		return ls.violation(ls.shiftedGraph(g, prev, hasPrev, checkStateBits(part, nil)), part)
	case eval.General:
		for _, d := range part.disj {
			if l := ls.disjunctViolation(ls.shiftedGraph(g, prev, hasPrev, checkStateBits(part, d)), d); l != nil {
				return l
			}
		}
		return nil
	}
	return ls.violation(g, part)
}

// attribute names the properties v's lasso violates, as TLC's simulator
// does once it has found it (Liveness.findViolatedProperties): all of
// them when they are several and v's is among them, none (none true)
// when the lasso, evaluated on its states, violates none.
func (bc *BehaviourChecker) attribute(v *LivenessViolation) (all []string, none bool) {
	return bc.attributeAt(v, v.LoopBack)
}

// attributeAt is attribute with the lasso's cycle starting at state
// loopBack (1-based), as TLC evaluates it.
func (bc *BehaviourChecker) attributeAt(v *LivenessViolation, loopBack int) (all []string, none bool) {
	defer func() {
		if recover() != nil {
			all, none = nil, false
		}
	}()
	names := bc.c.violatedBy(v.Trace, loopBack)
	if len(names) == 0 {
		return nil, true
	}
	if len(names) < 2 || !slices.Contains(names, v.Property) {
		return nil, false
	}
	return names, false
}
