package model

import (
	"fmt"
	"math/rand"
	"testing"

	"github.com/wspcycle/wspcycle/tla/eval"
)

// randomGraph builds a random behaviour graph of at most n nodes, all
// reachable from node 0 (which has depth 1), with random predicate bits (bit
// 0: P, bit 1: Q, bits 2..: ENABLED of each fairness condition) and random
// taken bits. As in a real spec, a condition is only taken on edges leaving
// a node where it is enabled.
func randomGraph(r *rand.Rand, n, nfair int) *denseGraph {
	type edge struct {
		from, to int
		taken    uint64
	}
	bits := make([]uint64, n)
	for v := range bits {
		bits[v] = uint64(r.Intn(1 << (2 + nfair)))
	}
	var edges []edge
	for v := 0; v < n; v++ {
		for k := r.Intn(3); k >= 0; k-- {
			e := edge{from: v, to: r.Intn(n)}
			for f := 0; f < nfair; f++ {
				if bits[v]&(1<<uint(2+f)) != 0 && e.from != e.to && r.Intn(2) == 0 {
					e.taken |= 1 << uint(f)
				}
			}
			edges = append(edges, e)
		}
	}
	// Depths by breadth-first search from node 0; unreachable nodes dropped.
	depth := make([]int32, n)
	depth[0] = 1
	queue := []int{0}
	for len(queue) > 0 {
		v := queue[0]
		queue = queue[1:]
		for _, e := range edges {
			if e.from == v && depth[e.to] == 0 {
				depth[e.to] = depth[v] + 1
				queue = append(queue, e.to)
			}
		}
	}
	lg := liveGraph{}
	for v := 0; v < n; v++ {
		if depth[v] > 0 {
			lg.nodes = append(lg.nodes, liveNode{fp: uint64(v + 1), bits: bits[v], depth: depth[v]})
		}
	}
	for _, e := range edges {
		if depth[e.from] > 0 {
			lg.edges = append(lg.edges, liveEdge{from: uint64(e.from + 1), to: uint64(e.to + 1), taken: e.taken})
		}
	}
	return lg.index()
}

// edgeTaken returns the taken bits of the edge v -> w, and whether it exists.
func (g *denseGraph) edgeTaken(v, w int32) (uint64, bool) {
	var bits uint64
	found := false
	for e := g.start[v]; e < g.start[v+1]; e++ {
		if g.to[e] == w {
			bits |= g.taken[e]
			found = true
		}
	}
	return bits, found
}

// problem restates what violation looks for, for one part kind.
func problem(g *denseGraph, part livePart) (sub, src, acc func(int32) bool) {
	p := func(v int32) bool { return g.bits[v]&1 != 0 }
	q := func(v int32) bool { return g.bits[v]&2 != 0 }
	all := func(int32) bool { return true }
	notP := func(v int32) bool { return !p(v) }
	switch part.kind {
	case eval.Eventually:
		return notP, func(v int32) bool { return g.depth[v] == 1 && notP(v) }, nil
	case eval.AlwaysEventually:
		return notP, notP, nil
	case eval.EventuallyAlways:
		return all, all, notP
	case eval.LeadsTo:
		notQ := func(v int32) bool { return !q(v) }
		return notQ, func(v int32) bool { return p(v) && notQ(v) }, nil
	}
	panic("kind")
}

// bruteForce decides by enumerating every node set whether some fair
// strongly connected set of sub nodes is reachable through sub nodes from a
// src node.
func bruteForce(g *denseGraph, fair []fairCond, sub, src, acc func(int32) bool) bool {
	n := g.n()
	// reach[v]: v is reachable from a src node through sub nodes.
	reach := make([]bool, n)
	var queue []int32
	for v := int32(0); v < int32(n); v++ {
		if sub(v) && src(v) {
			reach[v] = true
			queue = append(queue, v)
		}
	}
	for len(queue) > 0 {
		v := queue[0]
		queue = queue[1:]
		for e := g.start[v]; e < g.start[v+1]; e++ {
			if w := g.to[e]; sub(w) && !reach[w] {
				reach[w] = true
				queue = append(queue, w)
			}
		}
	}
	for mask := 1; mask < 1<<n; mask++ {
		in := func(v int32) bool { return mask&(1<<v) != 0 }
		ok := true
		var nodes []int32
		for v := int32(0); v < int32(n); v++ {
			if in(v) {
				nodes = append(nodes, v)
				ok = ok && reach[v]
			}
		}
		if !ok || !stronglyConnected(g, nodes, in) || !fairSet(g, fair, nodes, in, acc) {
			continue
		}
		return true
	}
	return false
}

func stronglyConnected(g *denseGraph, nodes []int32, in func(int32) bool) bool {
	for _, a := range nodes {
		seen := map[int32]bool{a: true}
		stack := []int32{a}
		for len(stack) > 0 {
			v := stack[len(stack)-1]
			stack = stack[:len(stack)-1]
			for e := g.start[v]; e < g.start[v+1]; e++ {
				if w := g.to[e]; in(w) && !seen[w] {
					seen[w] = true
					stack = append(stack, w)
				}
			}
		}
		if len(seen) != len(nodes) {
			return false
		}
	}
	return true
}

// fairSet: a behaviour cycling through all of nodes and all edges among
// them meets every condition.
func fairSet(g *denseGraph, fair []fairCond, nodes []int32, in func(int32) bool, acc func(int32) bool) bool {
	var taken uint64
	for _, v := range nodes {
		for e := g.start[v]; e < g.start[v+1]; e++ {
			if in(g.to[e]) {
				taken |= g.taken[e]
			}
		}
	}
	return cycleFair(g, fair, nodes, taken, acc)
}

func cycleFair(g *denseGraph, fair []fairCond, nodes []int32, taken uint64, acc func(int32) bool) bool {
	if acc != nil {
		ok := false
		for _, v := range nodes {
			ok = ok || acc(v)
		}
		if !ok {
			return false
		}
	}
	for _, c := range fair {
		en := uint64(1) << uint(c.enBit)
		all, any := true, false
		for _, v := range nodes {
			all = all && g.bits[v]&en != 0
			any = any || g.bits[v]&en != 0
		}
		tk := taken&(1<<uint(c.tkBit)) != 0
		if (!c.strong && all && !tk) || (c.strong && any && !tk) {
			return false
		}
	}
	return true
}

// checkLasso verifies a counterexample: a real path inside the subgraph
// from a source, then a real cycle (or stuttering) that is fair.
func checkLasso(g *denseGraph, fair []fairCond, sub, src, acc func(int32) bool, l *lasso) error {
	if !src(l.origin) || !sub(l.origin) {
		return fmt.Errorf("origin %d is not a source", l.origin)
	}
	path := append([]int32{l.origin}, l.stem...)
	for i, v := range path {
		if !sub(v) {
			return fmt.Errorf("stem node %d outside the subgraph", v)
		}
		if i > 0 {
			if _, ok := g.edgeTaken(path[i-1], v); !ok {
				return fmt.Errorf("no edge %d -> %d in the stem", path[i-1], v)
			}
		}
	}
	entry := path[len(path)-1]
	loop := append([]int32{entry}, l.cycle...)
	var taken uint64
	for i, v := range loop {
		if !sub(v) {
			return fmt.Errorf("cycle node %d outside the subgraph", v)
		}
		if len(l.cycle) == 0 {
			break // stuttering at entry: no edge taken
		}
		next := loop[(i+1)%len(loop)]
		bits, ok := g.edgeTaken(v, next)
		if !ok {
			return fmt.Errorf("no edge %d -> %d in the cycle", v, next)
		}
		taken |= bits
	}
	if !cycleFair(g, fair, loop, taken, acc) {
		return fmt.Errorf("cycle %v is not fair", loop)
	}
	return nil
}

// TestFairCycleAgainstBruteForce compares the SCC-based search with an
// enumeration of all node sets on thousands of random small graphs, and
// checks every counterexample it returns.
func TestFairCycleAgainstBruteForce(t *testing.T) {
	r := rand.New(rand.NewSource(1))
	kinds := []eval.TemporalKind{eval.Eventually, eval.AlwaysEventually, eval.EventuallyAlways, eval.LeadsTo}
	found := 0
	for iter := 0; iter < 3000; iter++ {
		nfair := r.Intn(4)
		g := randomGraph(r, 2+r.Intn(6), nfair)
		ls := &liveSpec{}
		for f := 0; f < nfair; f++ {
			ls.fair = append(ls.fair, fairCond{name: fmt.Sprint("F", f), strong: r.Intn(2) == 0, enBit: 2 + f, tkBit: f})
		}
		for _, kind := range kinds {
			part := livePart{kind: kind, pBit: 0, qBit: 1}
			sub, src, acc := problem(g, part)
			want := bruteForce(g, ls.fair, sub, src, acc)
			l := ls.violation(g, part)
			if (l != nil) != want {
				t.Fatalf("iteration %d, %v: violation found = %v, brute force says %v", iter, kind, l != nil, want)
			}
			if l != nil {
				found++
				if err := checkLasso(g, ls.fair, sub, src, acc, l); err != nil {
					t.Fatalf("iteration %d, %v: bad lasso %+v: %v", iter, kind, l, err)
				}
			}
		}
	}
	if found < 1000 {
		t.Errorf("only %d violations among the random cases: the generator is too weak", found)
	}
}
