package model

import (
	"math/rand/v2"
	"slices"
	"testing"
)

// TestDiskGraphDense: the graph loaded from the disk files is the one
// liveGraph.index builds in memory from the same records, array for array
// (node ids, successor order, taken bits), on a random graph whose edges
// come in runs per source, include duplicates and self-loops, and some
// with an end that is not a recorded node (dropped by both).
func TestDiskGraphDense(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 4))
	for _, n := range []int{0, 1, 7, 5000} {
		var lg liveGraph
		for i := 0; i < n; i++ {
			lg.nodes = append(lg.nodes, liveNode{fp: r.Uint64() | 1, bits: r.Uint64(), depth: int32(r.IntN(40))})
		}
		pick := func() uint64 {
			if n == 0 || r.IntN(20) == 0 {
				return r.Uint64() | 1 // not a node
			}
			return lg.nodes[r.IntN(n)].fp
		}
		for i := 0; i < 3*n+5; i++ {
			from := pick()
			for k := r.IntN(6); k >= 0; k-- {
				to := pick()
				if k == 3 {
					to = from
				}
				lg.edges = append(lg.edges, liveEdge{from: from, to: to, taken: r.Uint64()})
			}
		}
		dg, err := openDiskGraph(t.TempDir(), 0, 0)
		if err != nil {
			t.Fatal(err)
		}
		// Appended in uneven batches, as chunks are.
		for lo := 0; lo < max(len(lg.nodes), len(lg.edges)); lo += 97 {
			nodes := lg.nodes[min(lo, len(lg.nodes)):min(lo+97, len(lg.nodes))]
			edges := lg.edges[min(lo, len(lg.edges)):min(lo+97, len(lg.edges))]
			if err := dg.add(nodes, edges); err != nil {
				t.Fatal(err)
			}
		}
		got, err := dg.dense()
		if err != nil {
			t.Fatal(err)
		}
		dg.close()
		want := lg.index()
		if !slices.Equal(got.fps, want.fps) || !slices.Equal(got.bits, want.bits) || !slices.Equal(got.depth, want.depth) ||
			!slices.Equal(got.start, want.start) || !slices.Equal(got.to, want.to) || !slices.Equal(got.taken, want.taken) {
			t.Fatalf("n=%d: the graph from disk (%d edges) differs from the one in memory (%d edges)", n, len(got.to), len(want.to))
		}
		if n > 0 && len(want.to) == 0 {
			t.Fatalf("n=%d: no edge kept: the test graph is degenerate", n)
		}
	}
}
