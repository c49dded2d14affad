package model

import (
	"errors"
	"math/rand/v2"
	"slices"
	"testing"
)

// TestDiskGraphDense: the graph loaded from the disk files is the one
// liveGraph.index builds in memory from the same records, array for array
// (node ids, successor order, taken bits, fingerprints), on random graphs
// whose edges come in runs per source, include duplicates and self-loops,
// and some with an end that is not a recorded node (dropped by both): with
// the sources in node order (one sequential pass) and shuffled (the passes
// over ranges of sources, here of 2,000 edges each), read through pages of 5 edges of which the
// cache holds 3, so that successor lists straddle pages and pages are
// dropped and read again.
func TestDiskGraphDense(t *testing.T) {
	testPageRecs, testMaxPages = 5, 3
	defer func() { testPageRecs, testMaxPages = 0, 0 }()
	r := rand.New(rand.NewPCG(3, 4))
	for _, inOrder := range []bool{true, false} {
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
				if inOrder {
					if n == 0 || i >= n {
						break
					}
					from = lg.nodes[i].fp
				}
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
			got, err := dg.dense(1 << 30)
			if err != nil {
				t.Fatal(err)
			}
			want := lg.index()
			if !slices.Equal(got.bits, want.bits) || !slices.Equal(got.depth, want.depth) || !slices.Equal(got.start, want.start) {
				t.Fatalf("inOrder=%v n=%d: the node arrays from disk differ from the ones in memory", inOrder, n)
			}
			// Node by node in a random order, twice, so that pages are read again.
			for _, v := range append(r.Perm(n), r.Perm(n)...) {
				gt, gk := got.adj(int32(v))
				wt, wk := want.adj(int32(v))
				if !slices.Equal(gt, wt) || !slices.Equal(gk, wk) || got.fp(int32(v)) != want.fp(int32(v)) {
					t.Fatalf("inOrder=%v n=%d: node %d's successors or fingerprint from disk differ from the ones in memory", inOrder, n, v)
				}
			}
			if n > 0 && len(want.to) == 0 {
				t.Fatalf("n=%d: no edge kept: the test graph is degenerate", n)
			}
			if n == 5000 && got.paged.reads <= int64(len(want.to)/testPageRecs) {
				t.Fatalf("%d page reads for %d pages read twice: the cache did not drop pages", got.paged.reads, len(want.to)/testPageRecs)
			}
			got.paged.close()
			dg.close()
		}
	}
}

// TestDiskGraphRefused: a graph whose per-node arrays need more than the
// budget is refused with a liveLimit naming its size, before it is loaded.
func TestDiskGraphRefused(t *testing.T) {
	dg, err := openDiskGraph(t.TempDir(), 0, 0)
	if err != nil {
		t.Fatal(err)
	}
	defer dg.close()
	var nodes []liveNode
	for i := 0; i < 1000; i++ {
		nodes = append(nodes, liveNode{fp: uint64(i + 1), depth: 1})
	}
	if err := dg.add(nodes, nil); err != nil {
		t.Fatal(err)
	}
	_, err = dg.dense(1000*liveBytesPerNode - 1)
	var lim *liveLimit
	if !errors.As(err, &lim) || lim.need != 1000*liveBytesPerNode {
		t.Fatalf("dense with a budget one byte short: %v, want a liveLimit of %d bytes", err, 1000*liveBytesPerNode)
	}
	g, err := dg.dense(1000 * liveBytesPerNode)
	if err != nil {
		t.Fatalf("dense with the budget it needs: %v", err)
	}
	g.paged.close()
}
