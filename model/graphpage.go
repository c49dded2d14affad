package model

import (
	"encoding/binary"
	"fmt"
	"os"
)

// edgePager reads the successor lists of a behaviour graph whose edges are
// in a file in compressed-sparse-row order (edge e at byte 12e: the target
// id, int32, then the taken bits, uint64), through a cache of at most max
// pages of pageRecs edges each, so that the liveness check of disk mode
// holds a bounded part of the edges in memory. Eviction is CLOCK (second
// chance): the SCC and breadth-first searches revisit the pages of the
// nodes they are working around. A dropped page's slices are never reused,
// so a successor list handed out stays valid while its caller walks it.
// Not safe for concurrent use: the liveness check is sequential.
type edgePager struct {
	f        *os.File
	m        int64 // edges in the file
	pageRecs int64
	max      int
	pages    map[int64]*edgePage
	ring     []*edgePage
	hand     int
	last     *edgePage // the page of the previous call: most calls stay on it
	buf      []byte
	reads    int64 // pages read (for tests)
}

type edgePage struct {
	no    int64
	to    []int32
	taken []uint64
	ref   bool
}

const edgeCSRRecord = 12

// defaultPageRecs is the edges of a page: 6 KB read at a time. Small pages
// keep many in the cache: a depth-first search comes back to the pages of
// every node on its stack.
const defaultPageRecs = 512

// testPageRecs and testMaxPages, set by tests, make pages tiny and the
// cache a few pages, so that small graphs cross pages and evict.
var testPageRecs, testMaxPages int

func newEdgePager(f *os.File, m int64, cacheBytes int64) *edgePager {
	per := int64(defaultPageRecs)
	if testPageRecs > 0 {
		per = int64(testPageRecs)
	}
	pageBytes := per * (edgeCSRRecord + 4) // decoded: 4 + 8 bytes, read: 12
	maxPages := int(max(4, cacheBytes/pageBytes))
	if total := int((m + per - 1) / per); maxPages > total {
		maxPages = max(1, total)
	}
	if testMaxPages > 0 {
		maxPages = testMaxPages
	}
	return &edgePager{f: f, m: m, pageRecs: per, max: maxPages, pages: map[int64]*edgePage{}, buf: make([]byte, per*edgeCSRRecord)}
}

// adj returns the edges lo..hi-1 (one node's successors).
func (p *edgePager) adj(lo, hi int64) ([]int32, []uint64) {
	if lo >= hi {
		return nil, nil
	}
	a, b := lo/p.pageRecs, (hi-1)/p.pageRecs
	if a == b {
		pg := p.page(a)
		off := a * p.pageRecs
		return pg.to[lo-off : hi-off], pg.taken[lo-off : hi-off]
	}
	// Across pages (rare with large pages): a copy.
	to, taken := make([]int32, 0, hi-lo), make([]uint64, 0, hi-lo)
	for k := a; k <= b; k++ {
		pg := p.page(k)
		off := k * p.pageRecs
		s, e := max(lo, off)-off, min(hi, off+int64(len(pg.to)))-off
		to, taken = append(to, pg.to[s:e]...), append(taken, pg.taken[s:e]...)
	}
	return to, taken
}

// edge returns the target of edge at.
func (p *edgePager) edge(at int64) int32 {
	k := at / p.pageRecs
	return p.page(k).to[at-k*p.pageRecs]
}

// page returns page k, reading it (and dropping another) if needed.
func (p *edgePager) page(k int64) *edgePage {
	if pg := p.last; pg != nil && pg.no == k {
		pg.ref = true
		return pg
	}
	if pg, ok := p.pages[k]; ok {
		pg.ref = true
		p.last = pg
		return pg
	}
	lo := k * p.pageRecs
	n := min(p.pageRecs, p.m-lo)
	b := p.buf[:n*edgeCSRRecord]
	if _, err := p.f.ReadAt(b, lo*edgeCSRRecord); err != nil {
		// checkLiveness reports a panic as an error, never as "no error".
		panic(fmt.Errorf("reading the behaviour graph's edges from disk: %w", err))
	}
	p.reads++
	pg := &edgePage{no: k, to: make([]int32, n), taken: make([]uint64, n), ref: true}
	for i := int64(0); i < n; i++ {
		r := b[i*edgeCSRRecord:]
		pg.to[i] = int32(binary.LittleEndian.Uint32(r))
		pg.taken[i] = binary.LittleEndian.Uint64(r[4:])
	}
	if len(p.ring) < p.max {
		p.ring = append(p.ring, pg)
	} else {
		for p.ring[p.hand].ref {
			p.ring[p.hand].ref = false
			p.hand = (p.hand + 1) % len(p.ring)
		}
		delete(p.pages, p.ring[p.hand].no)
		p.ring[p.hand] = pg
		p.hand = (p.hand + 1) % len(p.ring)
	}
	p.pages[k] = pg
	p.last = pg
	return pg
}

// close closes and removes the file.
func (p *edgePager) close() {
	name := p.f.Name()
	p.f.Close()
	os.Remove(name)
}
