package model

import (
	"sync"
	"sync/atomic"
)

// fpSet is the set of visited states, keyed by 64-bit fingerprint, each with
// the fingerprint of the state it was first reached from (0 for an initial
// state). That is all a trace needs: the states themselves are rebuilt by
// replaying Init and Next along the recorded predecessors (trace.go), so a
// visited state costs 16 bytes instead of its whole value.
//
// It is lock-striped: the top bits of a fingerprint pick one of 256 shards,
// each an open-addressing table with linear probing behind its own mutex.
// Fingerprints are xxhash outputs, uniformly spread, so shards fill evenly
// and two workers rarely wait for each other. sync.Map, with its per-entry
// allocation and interface boxing, is several times slower and larger.
type fpSet struct {
	shards [fpShards]fpShard
	count  atomic.Int64
	// chainFrom, in the disk-backed search (where this set stays empty),
	// reads chains from the trace file instead.
	chainFrom func(fp uint64) ([]uint64, error)
}

const (
	fpShardBits = 8
	fpShards    = 1 << fpShardBits
)

type fpShard struct {
	mu  sync.Mutex
	tab []fpEntry // len is a power of two; fp == 0 marks an empty slot
	n   int
	_   [40]byte // keep neighbouring shards' mutexes off one cache line
}

type fpEntry struct{ fp, pred uint64 }

// fpKey reserves 0 for empty slots and "no predecessor": a state whose
// fingerprint is 0 is stored as 1. This merges two fingerprints out of 2^64,
// a collision like any other and as unlikely.
func fpKey(fp uint64) uint64 {
	if fp == 0 {
		return 1
	}
	return fp
}

func (s *fpSet) shard(fp uint64) *fpShard { return &s.shards[fp>>(64-fpShardBits)] }

// insert adds fp (already passed through fpKey) with its predecessor and
// reports whether it was new. A state seen before keeps its first
// predecessor, which in a breadth-first search is on a shortest path.
func (s *fpSet) insert(fp, pred uint64) bool {
	sh := s.shard(fp)
	sh.mu.Lock()
	if sh.tab == nil {
		sh.tab = make([]fpEntry, 1024)
	}
	mask := uint64(len(sh.tab) - 1)
	for i := fp & mask; ; i = (i + 1) & mask {
		e := &sh.tab[i]
		if e.fp == fp {
			sh.mu.Unlock()
			return false
		}
		if e.fp == 0 {
			e.fp, e.pred = fp, pred
			sh.n++
			if sh.n*4 > len(sh.tab)*3 {
				sh.grow()
			}
			sh.mu.Unlock()
			s.count.Add(1)
			return true
		}
	}
}

func (sh *fpShard) grow() {
	old := sh.tab
	sh.tab = make([]fpEntry, 2*len(old))
	mask := uint64(len(sh.tab) - 1)
	for _, e := range old {
		if e.fp == 0 {
			continue
		}
		i := e.fp & mask
		for sh.tab[i].fp != 0 {
			i = (i + 1) & mask
		}
		sh.tab[i] = e
	}
}

// pred returns the recorded predecessor of fp and whether fp is in the set.
func (s *fpSet) pred(fp uint64) (uint64, bool) {
	sh := s.shard(fp)
	sh.mu.Lock()
	defer sh.mu.Unlock()
	if sh.tab == nil {
		return 0, false
	}
	mask := uint64(len(sh.tab) - 1)
	for i := fp & mask; ; i = (i + 1) & mask {
		e := sh.tab[i]
		if e.fp == fp {
			return e.pred, true
		}
		if e.fp == 0 {
			return 0, false
		}
	}
}

// len is the number of fingerprints stored.
func (s *fpSet) len() int64 { return s.count.Load() }

// chain returns the fingerprints from an initial state to fp, in order.
func (s *fpSet) chain(fp uint64) []uint64 {
	if s.chainFrom != nil {
		fps, err := s.chainFrom(fp)
		if err != nil {
			// The callers replay the chain into a counterexample: a
			// broken one must fail loudly (they report a panic as an
			// error), not make a wrong trace.
			panic(err)
		}
		return fps
	}
	var rev []uint64
	for fp != 0 {
		rev = append(rev, fp)
		p, ok := s.pred(fp)
		if !ok || len(rev) > 1<<30 {
			break
		}
		fp = p
	}
	for i, j := 0, len(rev)-1; i < j; i, j = i+1, j-1 {
		rev[i], rev[j] = rev[j], rev[i]
	}
	return rev
}
