package model

import "fmt"

// denseGraph is the behaviour graph over dense node ids 0..n-1, in
// compressed-sparse-row form: the successors of v are to[start[v]:start[v+1]],
// with the fairness "taken" bits of each edge alongside. Every node also has
// an implicit stuttering self-loop (a TLA+ behaviour may always stutter),
// which takes no action; it is never stored.
//
// In disk mode (graphdisk.go) the edges stay on disk, read through the
// page cache of paged, and the fingerprints too (fps is nil; disk reads
// the few a counterexample needs): only the per-node arrays bits, depth
// and start are in memory.
type denseGraph struct {
	fps   []uint64
	bits  []uint64
	depth []int32
	start []int64
	to    []int32
	taken []uint64
	paged *edgePager
	disk  *diskGraph
	// budget, when positive, bounds the memory of what the liveness check
	// builds on the graph (a General part's product graph): past it the
	// check stops with a liveLimit panic.
	budget int64
}

func (g *denseGraph) n() int { return len(g.depth) }

// adj returns the successors of v and their taken bits. The slices must
// not be modified; in disk mode they stay valid after later calls (a page
// the cache drops is not reused), but callers keep them only while they
// walk them, so that the dropped pages can be collected.
func (g *denseGraph) adj(v int32) ([]int32, []uint64) {
	lo, hi := g.start[v], g.start[v+1]
	if g.paged != nil {
		return g.paged.adj(lo, hi)
	}
	return g.to[lo:hi], g.taken[lo:hi]
}

// edge is the i-th successor of v, and whether v has one: one edge read
// without copying v's whole list, for walks that step through a list one
// edge at a time (in disk mode a list across pages is a copy per adj
// call, which stepping with adj would make quadratic in its length).
func (g *denseGraph) edge(v, i int32) (int32, bool) {
	lo, hi := g.start[v], g.start[v+1]
	at := lo + int64(i)
	if at >= hi {
		return 0, false
	}
	if g.paged != nil {
		return g.paged.edge(at), true
	}
	return g.to[at], true
}

// fp is the fingerprint of node v.
func (g *denseGraph) fp(v int32) uint64 {
	if g.fps != nil {
		return g.fps[v]
	}
	fp, err := g.disk.nodeFP(int64(v))
	if err != nil {
		panic(fmt.Errorf("reading the behaviour graph from disk: %w", err))
	}
	return fp
}

// index builds the dense graph from the recorded nodes and edges (in
// memory; disk mode loads its graph with diskGraph.dense). Edges
// whose ends were not recorded (they cannot be, but a fingerprint collision
// could make them) are dropped.
func (lg *liveGraph) index() *denseGraph {
	n := len(lg.nodes)
	g := &denseGraph{fps: make([]uint64, n), bits: make([]uint64, n), depth: make([]int32, n), start: make([]int64, n+1)}
	id := make(map[uint64]int32, n)
	for i, nd := range lg.nodes {
		g.fps[i], g.bits[i], g.depth[i] = nd.fp, nd.bits, nd.depth
		id[nd.fp] = int32(i)
	}
	// Counting sort of the edges by source: two passes, no comparison sort.
	from := make([]int32, len(lg.edges))
	for i, ed := range lg.edges {
		f, ok1 := id[ed.from]
		_, ok2 := id[ed.to]
		from[i] = -1
		if ok1 && ok2 {
			from[i] = f
			g.start[f+1]++
		}
	}
	for v := 0; v < n; v++ {
		g.start[v+1] += g.start[v]
	}
	m := g.start[n]
	g.to = make([]int32, m)
	g.taken = make([]uint64, m)
	next := append([]int64(nil), g.start[:n]...)
	for i, ed := range lg.edges {
		f := from[i]
		if f < 0 {
			continue
		}
		g.to[next[f]], g.taken[next[f]] = id[ed.to], ed.taken
		next[f]++
	}
	return g
}

// size is the number of nodes and edges recorded, in memory or (in disk
// mode) in the graph's files.
func (lg *liveGraph) size() (nodes, edges int64) {
	if lg.disk != nil {
		return lg.disk.nodes.Len(), lg.disk.edges.Len()
	}
	return int64(len(lg.nodes)), int64(len(lg.edges))
}

// nodeSet is a set of node ids with O(1) membership, reusable across calls
// by bumping a stamp instead of clearing.
type nodeSet struct {
	mark  []uint32
	stamp uint32
}

func newNodeSet(n int) *nodeSet { return &nodeSet{mark: make([]uint32, n)} }

// reset empties the set and fills it with vs.
func (s *nodeSet) reset(vs []int32) {
	s.stamp++
	if s.stamp == 0 {
		clear(s.mark)
		s.stamp = 1
	}
	for _, v := range vs {
		s.mark[v] = s.stamp
	}
}

func (s *nodeSet) has(v int32) bool { return s.mark[v] == s.stamp }
