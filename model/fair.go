package model

// fairness decides which cycles of the behaviour graph are fair. A
// behaviour that ends by cycling forever through exactly the nodes and
// edges of a strongly connected set S (it can be made to traverse them all)
// satisfies
//   - WF_v(A) iff A is not enabled in some node of S, or some edge of S is
//     an <<A>>_v step (if A were enabled in every node, it is continuously
//     enabled and must be taken);
//   - SF_v(A) iff A is enabled in no node of S, or some edge of S is an
//     <<A>>_v step;
//   - an acceptance condition (for []<>~P: "some node of S is a ~P node").
//
// Taking all of S is best for WF and acceptance (more nodes, more edges), so
// an SCC that fails WF or acceptance has no fair sub-cycle. SF can fail on S
// but hold on a part of it that avoids the nodes where A is enabled: those
// nodes are removed, the remainder split into SCCs again, and each is
// checked the same way (the Emerson-Lei refinement). Each round removes
// nodes, so it ends.
//
// A General property part adds more acceptance conditions: nodes (each
// must be visited: []<>P, a tableau's acceptance sets) and edge bits (each
// must be taken: []<>A). Its product graphs have their stuttering steps
// as real edges (explicit): a node alone is a cycle there only with a
// self-loop.
type fairness struct {
	g        *denseGraph
	conds    []fairCond
	accs     []func(int32) bool // each must hold at some node of the cycle
	edgeAcc  []uint             // each edge bit must be on some edge of the cycle
	explicit bool
	set      *nodeSet
	scc      *sccFinder
	ls       *liveSpec // reads the recorded bits
	// Scratch bit vectors of fairPart and cycle.
	enAll, enAny, tk []uint64
}

// words returns the scratch vector *buf with n words, each set to fill.
func (f *fairness) words(buf *[]uint64, n int, fill uint64) []uint64 {
	if cap(*buf) < n {
		*buf = make([]uint64, n)
	}
	v := (*buf)[:n]
	for i := range v {
		v[i] = fill
	}
	return v
}

// fairPart returns a fair strongly connected subset of the SCC comp, or nil.
func (f *fairness) fairPart(comp []int32) []int32 {
	g, ls := f.g, f.ls
	f.set.reset(comp)
	// Which predicates hold at every node, at some node, on some edge.
	enAll, enAny, taken := f.words(&f.enAll, ls.stateWidth(), ^uint64(0)), f.words(&f.enAny, ls.stateWidth(), 0), f.words(&f.tk, ls.edgeWidth(), 0)
	var b1, b2 [1]uint64
	selfLoop := false
	for _, v := range comp {
		ws := ls.stateWords(g.bits[v], &b1)
		for i, w := range ws {
			enAll[i] &= w
			enAny[i] |= w
		}
		succ, tks := g.adj(v)
		for e, w := range succ {
			if f.set.has(w) {
				for i, x := range ls.edgeWords(tks[e], &b2) {
					taken[i] |= x
				}
				selfLoop = selfLoop || w == v
			}
		}
	}
	if f.explicit && len(comp) == 1 && !selfLoop {
		return nil // not a cycle
	}
	for _, acc := range f.accs {
		hit := false
		for _, v := range comp {
			if acc(v) {
				hit = true
				break
			}
		}
		if !hit {
			return nil
		}
	}
	for _, bit := range f.edgeAcc {
		if !hasBit(taken, int(bit)) {
			return nil
		}
	}
	var strongBad []int // enabled bits of SF conditions violated on all of comp
	for _, c := range f.conds {
		if hasBit(taken, c.tkBit) {
			continue
		}
		if !c.strong && hasBit(enAll, c.enBit) {
			return nil
		}
		if c.strong && hasBit(enAny, c.enBit) {
			strongBad = append(strongBad, c.enBit)
		}
	}
	if len(strongBad) == 0 {
		return comp
	}
	var rest []int32
next:
	for _, v := range comp {
		for _, b := range strongBad {
			if ls.stateHas(g.bits[v], b) {
				continue next
			}
		}
		rest = append(rest, v)
	}
	if len(rest) == 0 {
		return nil
	}
	// The set is rest while sccs runs; the recursion below resets it, but
	// sccs has returned by then (no copy of the set: that would cost a
	// word per node of the whole graph at each refinement).
	f.set.reset(rest)
	subs := f.scc.sccs(rest, f.set.has)
	for i := 0; i < subs.len(); i++ {
		if p := f.fairPart(subs.at(i)); p != nil {
			return p
		}
	}
	return nil
}

// cycle builds a cycle through the fair set S starting and ending at entry
// that meets every fairness condition and the acceptance condition: it
// visits, in turn, a node where each WF action is disabled (or an edge
// taking it), an edge taking each SF action enabled somewhere in S, and an
// accepting node, each by a shortest path inside S, then returns to entry.
// It returns the nodes after entry; the last one has an edge to entry. An
// empty cycle means stuttering forever at entry, which is fair there.
func (f *fairness) cycle(S []int32, entry int32) []int32 {
	g, ls := f.g, f.ls
	f.set.reset(S)
	enAll, enAny := f.words(&f.enAll, ls.stateWidth(), ^uint64(0)), f.words(&f.enAny, ls.stateWidth(), 0)
	var b1 [1]uint64
	for _, v := range S {
		for i, w := range ls.stateWords(g.bits[v], &b1) {
			enAll[i] &= w
			enAny[i] |= w
		}
	}
	var path []int32
	cur := entry
	goNode := func(pred func(int32) bool) {
		p := f.pathTo(cur, pred)
		path = append(path, p...)
		if len(p) > 0 {
			cur = p[len(p)-1]
		}
	}
	goEdge := func(bit uint) {
		// Reach a node with an outgoing bit-edge inside S, then take it.
		hasEdge := func(v int32) bool { return f.takenEdge(v, bit) >= 0 }
		goNode(hasEdge)
		w := f.takenEdge(cur, bit)
		path = append(path, w)
		cur = w
	}
	for _, c := range f.conds {
		switch {
		case !c.strong && !hasBit(enAll, c.enBit):
			goNode(func(v int32) bool { return !ls.stateHas(g.bits[v], c.enBit) })
		case !c.strong:
			goEdge(uint(c.tkBit))
		case hasBit(enAny, c.enBit):
			goEdge(uint(c.tkBit))
		}
	}
	for _, bit := range f.edgeAcc {
		goEdge(bit)
	}
	for _, acc := range f.accs {
		goNode(acc)
	}
	if f.explicit && len(path) == 0 && f.takenEdgeTo(entry, entry) < 0 {
		// No stuttering in place here: go round a real cycle of S.
		succ, _ := g.adj(entry)
		for _, w := range succ {
			if f.set.has(w) {
				path, cur = append(path, w), w
				break
			}
		}
	}
	if cur != entry {
		back := f.pathTo(cur, func(v int32) bool { return v == entry })
		path = append(path, back[:len(back)-1]...)
	} else if len(path) > 0 {
		// Already back at entry after a real cycle: drop the repeated entry.
		path = path[:len(path)-1]
	}
	return path
}

// takenEdge returns a successor w of v inside the set such that v -> w has
// the given taken bit, or -1.
func (f *fairness) takenEdge(v int32, bit uint) int32 {
	succ, tks := f.g.adj(v)
	for e, w := range succ {
		if f.ls.edgeHas(tks[e], int(bit)) && f.set.has(w) {
			return w
		}
	}
	return -1
}

// takenEdgeTo returns w if v -> w is an edge, or -1.
func (f *fairness) takenEdgeTo(v, w int32) int32 {
	succ, _ := f.g.adj(v)
	for _, x := range succ {
		if x == w {
			return w
		}
	}
	return -1
}

// pathTo returns a shortest path inside the set from `from` to a node
// satisfying pred, excluding `from` and including the target; empty when
// from itself satisfies pred. The set is strongly connected and a target
// exists whenever this is called, so a path is always found.
func (f *fairness) pathTo(from int32, pred func(int32) bool) []int32 {
	if pred(from) {
		return nil
	}
	g := f.g
	parent := map[int32]int32{from: -1}
	queue := []int32{from}
	for len(queue) > 0 {
		v := queue[0]
		queue = queue[1:]
		succ, _ := g.adj(v)
		for _, w := range succ {
			if !f.set.has(w) {
				continue
			}
			if _, seen := parent[w]; seen {
				continue
			}
			parent[w] = v
			if pred(w) {
				var rev []int32
				for x := w; x != from; x = parent[x] {
					rev = append(rev, x)
				}
				for i, j := 0, len(rev)-1; i < j; i, j = i+1, j-1 {
					rev[i], rev[j] = rev[j], rev[i]
				}
				return rev
			}
			queue = append(queue, w)
		}
	}
	return nil
}
