package model

import (
	"fmt"

	"github.com/wspcycle/wspcycle/tla/eval"
	"github.com/wspcycle/wspcycle/tla/value"
)

// generalViolation checks a General part: a counterexample is a fair
// behaviour satisfying one disjunct of its negation's normal form.
func (ls *liveSpec) generalViolation(g *denseGraph, part livePart) *lasso {
	for _, d := range part.disj {
		if l := ls.disjunctViolation(g, d); l != nil {
			return l
		}
	}
	return nil
}

// trivialTableau accepts every behaviour: one initial node, no literal.
var trivialTableau = &tableau{lits: [][]atomRef{nil}, succ: [][]int32{{0}}, init: []bool{true}}

// disjunctViolation searches the product of the behaviour graph with the
// disjunct's tableau for a fair cycle meeting its conditions. The product's
// nodes are pairs (state, tableau node); its edges are the steps of the
// graph and the stuttering steps (every state may stutter), restricted to
// the steps satisfying the <>[]A conditions (a cycle may use no other),
// entering tableau nodes whose literals the new state satisfies.
func (ls *liveSpec) disjunctViolation(g *denseGraph, d *disjunct) *lasso {
	if l, ok := ls.symDone[d]; ok {
		return l
	}
	tab := d.tab
	if tab == nil {
		tab = trivialTableau
	}
	sat := func(v int32, lits []atomRef) bool {
		for _, a := range lits {
			if ls.stateHas(g.bits[v], a.bit) == a.neg {
				return false
			}
		}
		return true
	}
	// satStep reports whether the successor of a step recorded with edge
	// value tk, into node w, satisfies lits: with a SYMMETRY the actual
	// successor, which w only stands for (symlive.go).
	satStep := func(w int32, tk uint64, lits []atomRef) bool {
		if ls.succOf == nil {
			return sat(w, lits)
		}
		for _, a := range lits {
			if a.action {
				if ls.stateHas(g.bits[w], a.bit) == a.neg {
					return false
				}
				continue
			}
			if ls.succHas(tk, a) == a.neg {
				return false
			}
		}
		return true
	}
	// ea reports whether the step from v (taken bits tk, or the stuttering
	// step) satisfies every <>[]A condition.
	ea := func(bits uint64, tk uint64, stutter bool) bool {
		for _, a := range d.ea {
			var on bool
			switch {
			case !a.action:
				on = ls.stateHas(bits, a.bit) != a.neg
			case stutter:
				on = ls.stateHas(bits, a.stutterBit)
			default:
				on = ls.edgeHas(tk, a.bit)
			}
			if !on {
				return false
			}
		}
		return true
	}
	// stutterTaken is the recorded edge value of the stuttering step at v.
	stutterTaken := func(bits uint64) uint64 {
		tk := make([]uint64, ls.edgeWidth())
		for j, sb := range ls.stutterOf {
			if sb >= 0 && ls.stateHas(bits, sb) {
				tk[j>>6] |= 1 << uint(j&63)
			}
		}
		return ls.edgeValue(tk)
	}

	nq := int64(len(tab.lits))
	id := map[int64]int32{}
	var pv, pq []int32
	var pbits []uint64 // each product node's state bits; nil: its state's, g.bits[pv[x]]
	var from, to []int32
	var taken []uint64
	var queue []int32
	var eaOK []bool // the edge satisfies every <>[]A condition
	var nInit int
	if ls.sym != nil {
		p := ls.symProduct(g, tab, symFuncs{ea: ea, stutterTaken: stutterTaken})
		pv, pq, pbits, from, to, taken, eaOK, nInit = p.pv, p.pq, p.bits, p.from, p.to, p.taken, p.eaOK, p.nInit
	} else {
		add := func(v, q int32) int32 {
			key := int64(v)*nq + int64(q)
			if x, ok := id[key]; ok {
				return x
			}
			x := int32(len(pv))
			id[key] = x
			pv, pq = append(pv, v), append(pq, q)
			queue = append(queue, x)
			return x
		}
		for v := int32(0); int(v) < g.n(); v++ {
			if g.depth[v] != 1 {
				continue
			}
			for q, ok := range tab.init {
				if ok && sat(v, tab.lits[q]) {
					add(v, int32(q))
				}
			}
		}
		nInit = len(pv)
		step := func(x, w int32, tk uint64, ok bool) {
			for _, q2 := range tab.succ[pq[x]] {
				if satStep(w, tk, tab.lits[q2]) {
					y := add(w, q2)
					from, to, taken, eaOK = append(from, x), append(to, y), append(taken, tk), append(eaOK, ok)
				}
			}
		}
		for len(queue) > 0 {
			x := queue[0]
			queue = queue[1:]
			v := pv[x]
			succ, tks := g.adj(v)
			for e, w := range succ {
				step(x, w, tks[e], ea(g.bits[v], tks[e], false))
			}
			tk := stutterTaken(g.bits[v])
			step(x, v, tk, ea(g.bits[v], tk, true))
			if g.budget > 0 && x&4095 == 0 {
				productLimit(g.budget, len(pv), len(from))
			}
		}
		if g.budget > 0 {
			productLimit(g.budget, len(pv), len(from))
		}
	}
	n := len(pv)
	build := func(keep func(i int) bool) *denseGraph {
		// No fingerprints: the lasso is projected to g's nodes first.
		pg := &denseGraph{bits: make([]uint64, n), depth: make([]int32, n), start: make([]int64, n+1)}
		for x, v := range pv {
			pg.bits[x], pg.depth[x] = g.bits[v], g.depth[v]
			if pbits != nil {
				pg.bits[x] = pbits[x]
			}
		}
		for i, f := range from {
			if keep(i) {
				pg.start[f+1]++
			}
		}
		for x := 0; x < n; x++ {
			pg.start[x+1] += pg.start[x]
		}
		pg.to, pg.taken = make([]int32, pg.start[n]), make([]uint64, pg.start[n])
		next := append([]int64(nil), pg.start[:n]...)
		for i, f := range from {
			if keep(i) {
				pg.to[next[f]], pg.taken[next[f]] = to[i], taken[i]
				next[f]++
			}
		}
		return pg
	}
	// The stem may take any step; the cycle only steps satisfying the
	// <>[]A conditions.
	pg := build(func(int) bool { return true })
	var cyc *denseGraph
	if len(d.ea) > 0 {
		cyc = build(func(i int) bool { return eaOK[i] })
	}

	fo := fairOpts{explicit: true, cycle: cyc, same: func(x, y int32) bool { return pv[x] == pv[y] }}
	for x := range int32(nInit) {
		fo.roots = append(fo.roots, x)
	}
	for _, a := range d.aeState {
		a := a
		fo.accs = append(fo.accs, func(x int32) bool { return ls.stateHas(pg.bits[x], a.bit) != a.neg })
	}
	for _, set := range tab.acc {
		set := set
		fo.accs = append(fo.accs, func(x int32) bool { return set[pq[x]] })
	}
	for _, a := range d.aeAct {
		fo.edgeAcc = append(fo.edgeAcc, uint(a.bit))
	}
	all := func(int32) bool { return true }
	src := func(x int32) bool { return int(x) < nInit }
	l := ls.fairLasso(pg, all, src, fo)
	if l == nil {
		return nil
	}
	return projectLasso(l, pv)
}

// Memory of a product graph, estimated high: a product node costs its entry
// in the map of pairs (about 40 bytes), its pair and queue slot (12), its
// arrays in the two graphs built from it (40) and fairLasso's arrays on it
// (112, as a state of the behaviour graph); a product edge its lists (17)
// and its places in the two graphs (24).
const productBytesPerNode, productBytesPerEdge = 204, 41

// productLimit stops the liveness check of disk mode (a liveLimit panic,
// which checkLiveness reports) when a product graph of nodes and edges
// needs more than budget.
func productLimit(budget int64, nodes, edges int) {
	if need := int64(nodes)*productBytesPerNode + int64(edges)*productBytesPerEdge; need > budget {
		panic(&liveLimit{what: fmt.Sprintf("the product of the behaviour graph with a tableau (%d states and %d edges so far)", nodes, edges),
			need: need, budget: budget})
	}
}

// projectLasso maps a lasso of a product graph to the behaviour graph
// (pv: each product node's state), dropping the stuttering steps, which
// change nothing a TLA+ formula can see.
func projectLasso(l *lasso, pv []int32) *lasso {
	seq := []int32{pv[l.origin]}
	for _, x := range l.stem {
		seq = append(seq, pv[x])
	}
	loopAt := len(seq) - 1
	for _, x := range l.cycle {
		seq = append(seq, pv[x])
	}
	var out []int32
	entry := 0
	for i, v := range seq {
		if len(out) == 0 || out[len(out)-1] != v {
			out = append(out, v)
		}
		if i == loopAt {
			entry = len(out) - 1
		}
	}
	if len(out)-1 > entry && out[len(out)-1] == out[entry] {
		out = out[:len(out)-1] // its step back to the entry is a stuttering step
	}
	return &lasso{origin: out[0], stem: append([]int32(nil), out[1:entry+1]...), cycle: append([]int32(nil), out[entry+1:]...)}
}

// evalLive evaluates a formula without temporal operators on the step
// s -> t (a state predicate on s).
func evalLive(x *eval.LiveExpr, s, t value.State) (bool, error) {
	switch x.Op {
	case eval.LiveBool:
		return x.Value, nil
	case eval.LiveState:
		return x.State(s)
	case eval.LiveAction:
		return x.Action(s, t)
	case eval.LiveNot:
		ok, err := evalLive(x.Kids[0], s, t)
		return !ok, err
	case eval.LiveAnd, eval.LiveOr:
		and := x.Op == eval.LiveAnd
		for _, k := range x.Kids {
			ok, err := evalLive(k, s, t)
			if err != nil {
				return false, err
			}
			if ok != and {
				return ok, nil
			}
		}
		return and, nil
	}
	panic("model: a temporal operator in an atom")
}

// simpleFormula is the formula of a part of a simple shape.
func simpleFormula(part eval.Temporal) *eval.LiveExpr {
	n := func(op eval.LiveOp, kids ...*eval.LiveExpr) *eval.LiveExpr { return &eval.LiveExpr{Op: op, Kids: kids} }
	p := &eval.LiveExpr{Op: eval.LiveState, State: part.P}
	switch part.Kind {
	case eval.Always:
		return n(eval.LiveAlways, p)
	case eval.Eventually:
		return n(eval.LiveEventually, p)
	case eval.AlwaysEventually:
		return n(eval.LiveAlways, n(eval.LiveEventually, p))
	case eval.EventuallyAlways:
		return n(eval.LiveEventually, n(eval.LiveAlways, p))
	case eval.LeadsTo:
		q := &eval.LiveExpr{Op: eval.LiveState, State: part.Q}
		return n(eval.LiveAlways, n(eval.LiveOr, n(eval.LiveNot, p), n(eval.LiveEventually, q)))
	}
	return part.Formula
}
