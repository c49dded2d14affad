package model

import (
	"slices"

	"github.com/wspcycle/wspcycle/tla/eval"
	"github.com/wspcycle/wspcycle/tla/value"
)

// TLC builds, for each branch of its liveness problem that has a tableau,
// the product of the state graph with the tableau graph while it searches
// (tlc2.tool.liveness.LiveCheck.TableauLiveChecker): each state s0 it
// expands marks s0 done and links every node <s0, t0> already recorded
// to <s1, t1> for each successor s1 of s0 (and s0 itself, the stuttering
// step) and each successor t1 of t0 in the tableau consistent with s1.
// A node <s1, t1> recorded when s1 is already done cannot wait for s1's
// expansion: TLC generates s1's successors again there and then, action
// by action (Tool.getNextStates, the private addNextState of
// TableauLiveChecker), and goes on from <s1, t1> the same way, its
// self-loops included. Those evaluations count in -coverage as the
// search's own do: the expressions of every action, and every successor
// as generated. CoffeeCan (tlaplus/Examples) shows it: its property
// TerminationHypothesis has four branches with a tableau, and every state
// is initial, so each <s, t> off an initial tableau node is recorded
// when s is done; TLC reports 4N-2 more evaluations of each action than
// the search makes (N = MaxBeanCount).
//
// Which nodes are generated again does not depend on the order TLC visits
// successors in (a hash order of fingerprints): a node is generated again
// when it is first recorded after its state is done, and the set of nodes
// recorded while s0 is expanded is the closure of the rules above.
//
// What those evaluations print is not made here (the evaluations TLC
// makes of the branches' state and action predicates during the search
// are not either): they are evaluated with the spec's printing muted.

// maxReexpansions bounds the evaluations made: past it the coverage
// counts are left short of TLC's.
const maxReexpansions = 1 << 20

// liveRecount makes the evaluations of Next TLC makes again while it
// builds its product graphs (see above) and returns the successors they
// generate per action; nil without -coverage, in disk mode (no state is
// kept to evaluate from) or when TLC generates nothing again.
func (c *checker) liveRecount(g *denseGraph) *CovRebuild {
	if c.sp.Coverage == nil || c.disk != nil || c.live == nil {
		return nil
	}
	count := c.live.reexpansions(g)
	if len(count) == 0 {
		return nil
	}
	rb := &CovRebuild{Actions: make([]int64, len(c.sp.Actions))}
	total := 0
	var last rebuiltPath // the last state rebuilt, with its trace
	var saved *eval.CovSaved
	for v := int32(0); v < int32(g.n()) && total < maxReexpansions && !c.stopped(); v++ {
		k := count[v]
		if k == 0 {
			continue
		}
		saved = covResave(c.sp.Coverage, saved)
		last = c.stateOf(g, v, last, saved)
		if len(last.tr) == 0 {
			continue
		}
		st := last.tr[len(last.tr)-1].State
		c.runLevel(int(g.depth[v]))
		for ; k > 0 && total < maxReexpansions; k-- {
			c.reexpand(rb, st)
			total++
		}
	}
	return rb
}

// stateOf rebuilds the trace to the state of node v from its
// fingerprints' chain, leaving the coverage counts and the printing as
// they were (saved holds them); nil when it cannot. The states it shares with last, the
// trace rebuilt before, are taken from there, in place (last is spent):
// the chain is followed back only to a state of last, and replayed
// from there, so that nodes met in order along one path (a ring of N
// states) cost one step each, not their depth.
func (c *checker) stateOf(g *denseGraph, v int32, last rebuiltPath, saved *eval.CovSaved) rebuiltPath {
	undo := c.muted()
	defer func() {
		undo()
		saved.Restore()
	}()
	fps, k, at := c.chainAfter(g.fp(v), last)
	tr, err := c.replayFrom(last.tr[:k], fps, nil)
	if err != nil {
		return rebuiltPath{}
	}
	return rebuiltPath{tr, fps, at}
}

// chainAfter returns the chain of fingerprints to fp, how many of its
// first are last's, and its fingerprints' indices: last.fps[:k] followed
// by fp's predecessors back to the first one on last (or to an initial
// state), built in last's array and map.
func (c *checker) chainAfter(fp uint64, last rebuiltPath) (fps []uint64, k int, at map[uint64]int) {
	at = last.at
	if at == nil {
		at = make(map[uint64]int, len(last.fps))
		for i, f := range last.fps {
			at[f] = i
		}
	}
	var rev []uint64
	if c.seen.chainFrom != nil {
		rev = c.seen.chain(fp)
		slices.Reverse(rev)
	} else {
		for f := fp; f != 0; {
			if i, ok := at[f]; ok {
				k = i + 1
				break
			}
			rev = append(rev, f)
			p, ok := c.seen.pred(f)
			if !ok || len(rev) > 1<<30 {
				break
			}
			f = p
		}
	}
	for _, f := range last.fps[k:] {
		delete(at, f)
	}
	fps = last.fps[:k]
	for i := len(rev) - 1; i >= 0; i-- {
		at[rev[i]] = len(fps)
		fps = append(fps, rev[i])
	}
	return fps, k, at
}

// rebuiltPath is a trace rebuilt from the chain of fingerprints fps.
type rebuiltPath struct {
	tr  []TraceState
	fps []uint64
	at  map[uint64]int // fps's indices, made when first needed
}

// reexpansions returns, per node of g, how many times TLC generates its
// successors again, summed over TLC's branches with a tableau: the
// tableau formulas of the disjuncts of its normal form, each once, as
// the liveness prints find them (tlcChecks).
func (ls *liveSpec) reexpansions(g *denseGraph) map[int32]int {
	terms := newTBTerms()
	checks, _, _ := ls.tlcChecks(terms)
	seen := map[int]bool{}
	count := map[int32]int{}
	for _, c := range checks {
		if c.tf >= 0 && !seen[c.tf] {
			seen[c.tf] = true
			ls.reexpand(g, terms.newTBGraph(c.tf), count)
		}
	}
	return count
}

// reexpand follows TLC's construction of the product of g (its nodes in
// the order TLC expands them: the order found) with the tableau tg,
// adding to count[v] each time TLC generates v's successors again.
func (ls *liveSpec) reexpand(g *denseGraph, tg *tbGraph, count map[int32]int) {
	nt := len(tg.nodes)
	if nt == 0 {
		return
	}
	rec := make(map[int64]bool)
	key := func(v int32, t int) int64 { return int64(v)*int64(nt) + int64(t) }
	cons := func(t int, v int32) bool {
		return tg.nodes[t].consistent(func(a int) bool { return ls.stateHas(g.bits[v], a) })
	}
	for v := int32(0); v < int32(g.n()); v++ {
		if g.depth[v] != 1 {
			continue
		}
		for t := 0; t < tg.initCnt; t++ {
			if cons(t, v) {
				rec[key(v, t)] = true
			}
		}
	}
	type pair struct {
		v int32
		t int
	}
	var stack []pair
	for s0 := int32(0); s0 < int32(g.n()); s0++ {
		var ts []int
		for t := 0; t < nt; t++ {
			if rec[key(s0, t)] {
				ts = append(ts, t)
			}
		}
		if len(ts) == 0 {
			continue
		}
		succ, _ := g.adj(s0)
		link := func(t0 int, s1 int32) {
			for _, t1 := range tg.nodes[t0].next {
				if k := key(s1, t1); !rec[k] && cons(t1, s1) {
					rec[k] = true
					if s1 <= s0 { // s1 is done
						stack = append(stack, pair{s1, t1})
					}
				}
			}
		}
		for _, t0 := range ts {
			for _, s1 := range succ {
				link(t0, s1)
			}
			link(t0, s0) // the stuttering step
		}
		for len(stack) > 0 {
			p := stack[len(stack)-1]
			stack = stack[:len(stack)-1]
			count[p.v]++
			link(p.t, p.v) // the tableau's self-loops
			next, _ := g.adj(p.v)
			for _, s1 := range next {
				link(p.t, s1)
			}
		}
	}
}

// reexpand counts in rb the successors of every action in s, printing
// nothing (TLC prints what its search printed once), and evaluates the
// constraints on each, as TLC asks isInModel and isInActions of every
// successor it generates there before it links it: the constraints'
// counts grow as the actions' do (MCAlternatingBit's SeqConstraint, 36
// more evaluations than the search's 1392). A panic of the evaluator
// ends it, as its error would.
func (c *checker) reexpand(rb *CovRebuild, s value.State) {
	undo := c.muted()
	defer undo()
	defer func() { _ = recover() }()
	c.getState(s, nil, func(st eval.Step) {
		rb.count(st)
		inModel(c.sp, s, st.State)
	})
}

// inModel is TLC's isInModel(t) && isInActions(s, t) for sp: the
// constraints in order up to the first that excludes t, then the action
// constraints; an error excludes t.
func inModel(sp *eval.Spec, s, t value.State) bool {
	for _, p := range sp.Constraints {
		if ok, err := holds(p, s, t); err != nil || !ok {
			return false
		}
	}
	for _, p := range sp.ActionConstraints {
		if ok, err := p.Eval(s, t); err != nil || !ok {
			return false
		}
	}
	return true
}
