package model

import (
	"encoding/binary"
	"fmt"
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
// graph costs no memory; at the end dense loads it in the compact form the
// SCC search needs, without liveGraph's records or its fingerprint map.
type diskGraph struct {
	nodes *store.Records
	edges *store.Records
	buf   []byte
}

const (
	graphNodesName = "graph.nodes"
	graphEdgesName = "graph.edges"
	nodeRecord     = 20 // fp, bits, depth
	edgeRecord     = 24 // from, to, taken
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
	return &diskGraph{nodes: nr, edges: er}, nil
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

// dense loads the graph as liveGraph.index builds it: node i is the i-th
// node record, each node's successors in the order their edges were
// recorded, edges with an unrecorded end dropped. The fingerprint-to-id
// map of index is replaced by the node ids sorted by fingerprint (4 bytes a
// node, binary search), and the edges are read twice (count, then place),
// so the memory is the dense graph's own: 24 bytes a node and 12 an edge,
// plus 8 a node while it is built.
func (dg *diskGraph) dense() (*denseGraph, error) {
	n64, err := dg.nodes.Sync()
	if err != nil {
		return nil, err
	}
	if n64 >= 1<<31-1 {
		return nil, fmt.Errorf("the behaviour graph has %d states: more than the liveness check's 2^31-1", n64)
	}
	n := int(n64)
	g := &denseGraph{fps: make([]uint64, n), bits: make([]uint64, n), depth: make([]int32, n), start: make([]int32, n+1)}
	err = dg.nodes.Scan(func(i int64, rec []byte) error {
		g.fps[i] = binary.LittleEndian.Uint64(rec)
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
		switch fa, fb := g.fps[a], g.fps[b]; {
		case fa < fb:
			return -1
		case fa > fb:
			return 1
		}
		return 0
	})
	id := func(fp uint64) (int32, bool) {
		k := sort.Search(n, func(i int) bool { return g.fps[byFP[i]] > fp }) - 1
		if k < 0 || g.fps[byFP[k]] != fp {
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
	err = dg.edges.Scan(func(_ int64, rec []byte) error {
		if f, _, ok := ends(rec); ok {
			g.start[f+1]++
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
	g.to = make([]int32, m)
	g.taken = make([]uint64, m)
	pos := append([]int32(nil), g.start[:n]...)
	cached = false
	err = dg.edges.Scan(func(_ int64, rec []byte) error {
		if f, t, ok := ends(rec); ok {
			g.to[pos[f]], g.taken[pos[f]] = t, binary.LittleEndian.Uint64(rec[16:])
			pos[f]++
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	return g, nil
}
