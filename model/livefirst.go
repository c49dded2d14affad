package model

// TLC's choice of the bad cycle it reports (tlc2.tool.liveness.LiveWorker,
// checkSccs and checkComponent): a Tarjan search of the behaviour graph
// (or its product with a tableau) started from each initial node in turn,
// in the order of the initial states, which checks each strongly
// connected component as soon as the search finishes it and stops at the
// first bad one. It follows only the steps a counterexample may take
// (inside the searched subgraph); the target of any other step becomes a
// root of its own, searched after the initial nodes in the order it was
// met. The first component finished is the one deepest in the search, not
// the one nearest an initial state: on Stutter (<>(x = 2), no fairness,
// x = 0 -> 1 -> 2) TLC stutters at x = 1, not at x = 0.
//
// The order in which TLC's search visits the successors of a node is that
// of a hash table of their fingerprints, drawn at random on each run (-fp),
// so where the choice depends on it no order reproduces TLC's; where it
// does not (a node's successors lead to the same first bad component
// whichever is searched first), this search finds TLC's component. It
// visits successors last first, as TLC's stack pops them.

// firstBad returns the first bad component the search finishes, as the
// fair part fairPart finds in it, and the entry of the cycle: the node of
// the component the search reached first (TLC's start of the component,
// which its prefix leads to), or nil and -1. g is the graph whose steps may
// lead to the cycle, cg the one whose steps the cycle may take (g itself,
// or the same nodes with fewer edges), in the searched set, roots the
// initial nodes in order.
func firstBad(g, cg *denseGraph, in func(int32) bool, roots []int32, f *fairness) ([]int32, int32) {
	n := g.n()
	index := make([]int32, n) // 0: not visited; else the visit order + 1
	low := make([]int32, n)
	onStack := make([]bool, n)
	var stack []int32
	type frame struct {
		v  int32
		ei int32 // the next edge of cg to look at, counting down
	}
	var frames []frame
	queue := append([]int32(nil), roots...)
	queued := make([]bool, n) // in queue already: it holds each node once
	for _, v := range roots {
		queued[v] = true
	}
	counter := int32(0)
	degree := func(h *denseGraph, v int32) int32 { return int32(h.start[v+1] - h.start[v]) }
	// inCG[w] == v+1 while v is visited: v -> w is a step of cg (one pass
	// over v's steps in cg, not one per step of g).
	var inCG []int32
	if cg != g {
		inCG = make([]int32, n)
	}
	visit := func(v int32) {
		counter++
		index[v], low[v] = counter, counter
		stack = append(stack, v)
		onStack[v] = true
		frames = append(frames, frame{v, degree(cg, v) - 1})
		if inCG != nil {
			for ei := int32(0); ; ei++ {
				w, ok := cg.edge(v, ei)
				if !ok {
					break
				}
				inCG[w] = v + 1
			}
		}
		// The targets of the steps the search does not follow are
		// searched later, from roots of their own.
		for ei := int32(0); ; ei++ {
			w, ok := g.edge(v, ei)
			if !ok {
				break
			}
			if index[w] == 0 && !queued[w] && (!in(v) || !in(w) || (inCG != nil && inCG[w] != v+1)) {
				queue, queued[w] = append(queue, w), true
			}
		}
	}
	for qi := 0; qi < len(queue); qi++ {
		if root := queue[qi]; index[root] == 0 {
			visit(root)
		}
		for len(frames) > 0 {
			fr := &frames[len(frames)-1]
			v := fr.v
			if fr.ei >= 0 {
				w, _ := cg.edge(v, fr.ei)
				fr.ei--
				if !in(v) || !in(w) {
					continue
				}
				if index[w] == 0 {
					visit(w)
				} else if onStack[w] {
					low[v] = min(low[v], index[w])
				}
				continue
			}
			frames = frames[:len(frames)-1]
			if low[v] == index[v] {
				i := len(stack) - 1
				for stack[i] != v {
					i--
				}
				comp := append([]int32(nil), stack[i:]...)
				stack = stack[:i]
				for _, w := range comp {
					onStack[w] = false
				}
				if in(v) {
					if S := f.fairPart(comp); S != nil {
						return S, entryOf(S, index)
					}
				}
			}
			if len(frames) > 0 {
				p := frames[len(frames)-1].v
				low[p] = min(low[p], low[v])
			}
		}
	}
	return nil, -1
}

// entryOf is the node of S the search visited first.
func entryOf(S []int32, index []int32) int32 {
	best := S[0]
	for _, v := range S {
		if index[v] < index[best] {
			best = v
		}
	}
	return best
}
