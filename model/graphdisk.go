package model

import (
	"bufio"
	"encoding/binary"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"sort"

	"github.com/wspcycle/wspcycle/model/store"
)

// diskGraph is the behaviour graph of the temporal properties in the
// disk-backed search: the nodes (fingerprint, property bits, depth) and the
// edges (from, to, fairness "taken" bits) the search records go to two
// record files, appended in exactly the order the in-memory search appends
// them to liveGraph (chunk by chunk, in chunk order), so that the dense
// graph loaded from them is the in-memory one, node ids included, and the
// liveness check finds the same counterexamples. While the search runs the
// graph costs no memory; at the end dense loads its per-node arrays, and
// the liveness check reads the edges from disk through a bounded cache,
// within the half of --max-memory the fingerprint table had.
type diskGraph struct {
	dir   string
	nodes *store.Records
	edges *store.Records
	buf   []byte
}

const (
	graphNodesName = "graph.nodes"
	graphEdgesName = "graph.edges"
	graphCSRName   = "graph.csr" // the edges in node order, for the liveness check
	nodeRecord     = 20          // fp, bits, depth
	edgeRecord     = 24          // from, to, taken
)

// openDiskGraph opens the graph files in dir with their first nodes and
// edges records (0, 0 for a fresh run).
func openDiskGraph(dir string, nodes, edges int64) (*diskGraph, error) {
	nr, err := store.OpenRecords(filepath.Join(dir, graphNodesName), nodeRecord, nodes)
	if err != nil {
		return nil, err
	}
	er, err := store.OpenRecords(filepath.Join(dir, graphEdgesName), edgeRecord, edges)
	if err != nil {
		nr.Close()
		return nil, err
	}
	return &diskGraph{dir: dir, nodes: nr, edges: er}, nil
}

// add appends nodes and edges. Not safe for concurrent use (the search
// calls it under its writer's lock, in chunk order).
func (dg *diskGraph) add(nodes []liveNode, edges []liveEdge) error {
	b := dg.buf[:0]
	for _, nd := range nodes {
		b = binary.LittleEndian.AppendUint64(b, nd.fp)
		b = binary.LittleEndian.AppendUint64(b, nd.bits)
		b = binary.LittleEndian.AppendUint32(b, uint32(nd.depth))
	}
	if err := dg.nodes.Append(b); err != nil {
		return err
	}
	b = b[:0]
	for _, ed := range edges {
		b = binary.LittleEndian.AppendUint64(b, ed.from)
		b = binary.LittleEndian.AppendUint64(b, ed.to)
		b = binary.LittleEndian.AppendUint64(b, ed.taken)
	}
	dg.buf = b[:0]
	return dg.edges.Append(b)
}

// sync writes both files to stable storage and returns their lengths, for
// a checkpoint.
func (dg *diskGraph) sync() (nodes, edges int64, err error) {
	if nodes, err = dg.nodes.Sync(); err != nil {
		return 0, 0, err
	}
	edges, err = dg.edges.Sync()
	return nodes, edges, err
}

func (dg *diskGraph) close() {
	dg.nodes.Close()
	dg.edges.Close()
}

// liveBytesPerNode is what the liveness check holds in memory per state
// of a graph loaded from disk, estimated high: the graph's own arrays
// (bits 8, depth 4, start 8), while it is loaded the fingerprints and
// their order (12), then the searches' arrays (fairLasso's key, parent,
// origin and lists of sources, reached and queued nodes: 24; the SCC
// search's index, low, on-stack flag, stacks and components: 25; the node
// sets: 8), with room for the growth of the lists.
const liveBytesPerNode = 112

// minEdgeCache is the least memory given to the edge pages.
const minEdgeCache = 4 << 20

// liveLimit is the refusal of a liveness check that needs more memory than
// --max-memory leaves it in disk mode.
type liveLimit struct {
	what         string
	need, budget int64
}

func (e *liveLimit) Error() string {
	return fmt.Sprintf("%s needs about %d MB, more than the %d MB the liveness check has in disk mode (half of --max-memory)",
		e.what, max(1, e.need>>20), e.budget>>20)
}

// dense loads the graph as liveGraph.index builds it: node i is the i-th
// node record, each node's successors in the order their edges were
// recorded, edges with an unrecorded end dropped; but only the per-node
// arrays go to memory. The edges are written, in that order, to a third
// file (graph.csr) that the returned graph reads through a page cache of
// what budget leaves, and the fingerprints are read from the node file
// when a counterexample needs them. The fingerprint-to-id map of index is
// replaced by the node ids sorted by fingerprint (binary search), freed
// once the edges are placed. When the edges come grouped by source in
// node order (they do: a breadth-first search expands the states in the
// order it records them), they are placed in one sequential pass; else in
// passes over ranges of sources, each gathering the range's edges in a
// buffer of the budget. A graph whose per-node arrays exceed budget is
// refused (a *liveLimit error) before anything is allocated.
func (dg *diskGraph) dense(budget int64) (*denseGraph, error) {
	// No sync: the files are read back by this process (Scan flushes).
	n64 := dg.nodes.Len()
	if n64 >= 1<<31-1 {
		return nil, fmt.Errorf("the behaviour graph has %d states: more than the liveness check's 2^31-1", n64)
	}
	if need := n64 * liveBytesPerNode; need > budget {
		return nil, &liveLimit{what: fmt.Sprintf("the behaviour graph of %d states", n64), need: need, budget: budget}
	}
	n := int(n64)
	g := &denseGraph{bits: make([]uint64, n), depth: make([]int32, n), start: make([]int64, n+1), disk: dg, budget: budget}
	fps := make([]uint64, n)
	err := dg.nodes.Scan(func(i int64, rec []byte) error {
		fps[i] = binary.LittleEndian.Uint64(rec)
		g.bits[i] = binary.LittleEndian.Uint64(rec[8:])
		g.depth[i] = int32(binary.LittleEndian.Uint32(rec[16:]))
		return nil
	})
	if err != nil {
		return nil, err
	}
	// byFP: ids sorted by fingerprint; on equal fingerprints (which only a
	// collision makes) the last id wins, as in index's map.
	byFP := make([]int32, n)
	for i := range byFP {
		byFP[i] = int32(i)
	}
	slices.SortStableFunc(byFP, func(a, b int32) int {
		switch fa, fb := fps[a], fps[b]; {
		case fa < fb:
			return -1
		case fa > fb:
			return 1
		}
		return 0
	})
	id := func(fp uint64) (int32, bool) {
		k := sort.Search(n, func(i int) bool { return fps[byFP[i]] > fp }) - 1
		if k < 0 || fps[byFP[k]] != fp {
			return -1, false
		}
		return byFP[k], true
	}
	// An edge's two ends; the edges of one state are consecutive, so the
	// source's lookup is cached.
	var (
		cached, lastOK bool
		lastFrom       uint64
		lastID         int32
	)
	ends := func(rec []byte) (f, t int32, ok bool) {
		from, to := binary.LittleEndian.Uint64(rec), binary.LittleEndian.Uint64(rec[8:])
		if !cached || from != lastFrom {
			cached, lastFrom = true, from
			lastID, lastOK = id(from)
		}
		t, okT := id(to)
		return lastID, t, lastOK && okT
	}
	inOrder, prev := true, int32(-1)
	err = dg.edges.Scan(func(_ int64, rec []byte) error {
		if f, _, ok := ends(rec); ok {
			g.start[f+1]++
			inOrder = inOrder && f >= prev
			prev = f
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	for v := 0; v < n; v++ {
		g.start[v+1] += g.start[v]
	}
	m := g.start[n]
	f, err := os.Create(filepath.Join(dg.dir, graphCSRName))
	if err != nil {
		return nil, err
	}
	fail := func(err error) (*denseGraph, error) {
		f.Close()
		os.Remove(f.Name())
		return nil, err
	}
	w := bufio.NewWriterSize(f, 1<<20)
	put := func(b []byte, t int32, taken uint64) []byte {
		b = binary.LittleEndian.AppendUint32(b, uint32(t))
		return binary.LittleEndian.AppendUint64(b, taken)
	}
	// What the node arrays leave: half for the edge pages, half for a
	// General part's product graph (product.go).
	avail := budget - n64*liveBytesPerNode
	cacheBytes := max(minEdgeCache, avail/2)
	g.budget = max(1, avail-avail/2)
	var rec []byte
	if inOrder {
		cached = false
		err = dg.edges.Scan(func(_ int64, r []byte) error {
			if _, t, ok := ends(r); ok {
				rec = put(rec[:0], t, binary.LittleEndian.Uint64(r[16:]))
				_, err := w.Write(rec)
				return err
			}
			return nil
		})
	} else {
		// Ranges of sources [lo, hi) whose edges fit in the buffer (or one
		// source, however many edges it has).
		bufRecs := max(1<<16, cacheBytes/edgeCSRRecord)
		if testPageRecs > 0 {
			bufRecs = int64(400 * testPageRecs) // several ranges in tests
		}
		for lo := 0; lo < n && err == nil; {
			hi := lo + 1
			for hi < n && g.start[hi+1]-g.start[lo] <= bufRecs {
				hi++
			}
			base := g.start[lo]
			buf := make([]byte, (g.start[hi]-base)*edgeCSRRecord)
			pos := make([]int64, hi-lo)
			for v := lo; v < hi; v++ {
				pos[v-lo] = g.start[v] - base
			}
			cached = false
			err = dg.edges.Scan(func(_ int64, r []byte) error {
				if f, t, ok := ends(r); ok && int(f) >= lo && int(f) < hi {
					put(buf[pos[int(f)-lo]*edgeCSRRecord:][:0], t, binary.LittleEndian.Uint64(r[16:]))
					pos[int(f)-lo]++
				}
				return nil
			})
			if err == nil {
				_, err = w.Write(buf)
			}
			lo = hi
		}
	}
	if err == nil {
		err = w.Flush()
	}
	if err != nil {
		return fail(err)
	}
	g.paged = newEdgePager(f, m, cacheBytes)
	return g, nil
}

// nodeFP reads the fingerprint of node i from the node file.
func (dg *diskGraph) nodeFP(i int64) (uint64, error) {
	var rec [nodeRecord]byte
	if err := dg.nodes.ReadAt(i, rec[:]); err != nil {
		return 0, err
	}
	return binary.LittleEndian.Uint64(rec[:]), nil
}
