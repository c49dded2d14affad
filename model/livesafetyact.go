package model

import (
	"github.com/wspcycle/wspcycle/tla/eval"
	"github.com/wspcycle/wspcycle/tla/value"
)

// With a VIEW or a SYMMETRY, one fingerprint stands for many states, and
// TLC's finite-prefix check (LiveCheck.TableauLiveChecker) judges the
// consistency of a successor's tableau node on the state the step
// actually reached (TBGraphNode.isConsistent(s1)), not on the state the
// search keeps for the fingerprint; a product node first met after its
// state was expanded it expands from that actual state, whose successors
// it generates again and judges each on itself. Judged by the kept
// states, [](t < 5) \/ [](x = 0) with VIEW x, where t counts the steps,
// held: the state kept for x = 0 has t = 0, and TLC's counterexample
// reaches x = 0 with t = 4 and then t = 5 (TLC rev cc6b616: exit 12).

// lsActual are the actual states of an expanded state's successors, in
// the order of its successors' fingerprints (lsSucc), with their bits.
type lsActual struct {
	s0     value.State // the state expanded
	level  int         // the level of its successors
	states []value.State
	bits   []uint64
	known  []bool // the bits could be computed
}

func (a *lsActual) reset(s0 value.State, level int) {
	a.s0, a.level = s0, level
	a.states, a.bits, a.known = a.states[:0], a.bits[:0], a.known[:0]
}

// clone is a copy of a that the worker's next state does not overwrite
// (nil for nil).
func (a *lsActual) clone() *lsActual {
	if a == nil {
		return nil
	}
	return &lsActual{s0: a.s0, level: a.level, states: append([]value.State(nil), a.states...),
		bits: append([]uint64(nil), a.bits...), known: append([]bool(nil), a.known...)}
}

// lsActFor is the worker's actual successors for the detector, nil when
// it does not need them.
func (w *worker) lsActFor() *lsActual {
	if !w.c.lsafe.actual {
		return nil
	}
	return &w.lsAct
}

// lsActual notes the actual state of a successor met first by st.
func (w *worker) lsActual(st eval.Step) {
	t := st.State
	if w.shared {
		t = st.Keep()
	}
	bits, err := w.c.live.stateBits(t)
	w.lsAct.states = append(w.lsAct.states, t)
	w.lsAct.bits = append(w.lsAct.bits, bits)
	w.lsAct.known = append(w.lsAct.known, err == nil)
}

// consBits is cons for a state of the given bits (known: they could be
// computed).
func (d *liveSafety) consBits(tab *tbGraph, t int, b uint64, known bool) bool {
	if !known {
		return tab.nodes[t].consistent(func(int) bool { return false })
	}
	if d.ls.wide {
		d.ls.nodePats.mu.Lock()
		v := d.ls.nodePats.pats[b]
		d.ls.nodePats.mu.Unlock()
		return tab.nodes[t].consistent(func(a int) bool { return hasBit(v, a) })
	}
	return tab.nodes[t].consistent(func(a int) bool { return d.ls.stateHas(b, a) })
}

// againAt is again for the node n met after its state was expanded, from
// the actual state s that reached it (at the given level): the stuttering
// step and the successors of s, generated again, judged each on itself.
func (d *liveSafety) againAt(br *lsBranch, n lsNode, s value.State, level int) {
	c := d.c
	bits, err := c.live.stateBits(s)
	next := br.tab.nodes[n.t].next
	if br.stutter(n, func(t1 int) bool { return d.consBits(br.tab, t1, bits, err == nil) }, func(to lsNode) { d.againAt(br, to, s, level) }) {
		return
	}
	if br.err != nil {
		return
	}
	for _, t := range c.successorsOf(s, level) {
		fp, err := c.fingerprint(t)
		if err != nil {
			continue
		}
		tb, err := c.live.stateBits(t)
		for _, t1 := range next {
			if !d.consBits(br.tab, t1, tb, err == nil) {
				continue
			}
			to := lsNode{fp, t1}
			br.edges[n] = append(br.edges[n], to)
			if br.record(to) && d.done[fp] {
				d.againAt(br, to, t, level+1)
			}
		}
	}
}

// successorsOf are the successors of s in the model (its CONSTRAINTs and
// ACTION_CONSTRAINTs), in the order Next gives them, each as often as it
// gives it (TLC's getNextStates for each action).
func (c *checker) successorsOf(s value.State, level int) []value.State {
	var out []value.State
	c.nextAt(level, s, func(st eval.Step) error {
		t := st.State
		for _, p := range c.sp.Constraints {
			if ok, err := holds(p, s, t); err != nil || !ok {
				return nil
			}
		}
		for _, p := range c.sp.ActionConstraints {
			if ok, err := p.Eval(s, t); err != nil || !ok {
				return nil
			}
		}
		out = append(out, t)
		return nil
	})
	return out
}
