package store

import (
	"bufio"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"sync"
	"sync/atomic"
)

// FPSet is a set of 64-bit fingerprints (never 0) bounded in memory: an
// open-addressing table of 8 bytes a slot, lock-striped in 256 shards by
// the fingerprint's top bits, that grows up to a budget; when a shard is
// full the whole table is flushed, as TLC's MSBDiskFPSet does: each shard
// is sorted in place (the shards hold disjoint, ordered ranges of
// fingerprints, so their concatenation is sorted), merged with the sorted
// run already on disk into a new run, and emptied. A fingerprint missing
// from memory is looked for in the run: an in-memory index holds the first
// fingerprint of every page of the run (8 bytes per 512 fingerprints), so
// a lookup reads one page.
type FPSet struct {
	mu     sync.RWMutex // write-locked during a flush
	shards [fpShards]fpShard
	maxLen int // slots of a shard at the budget (a power of two)
	count  atomic.Int64

	dir      string
	gen      int      // the current run is run-<gen>.fp
	run      *os.File // nil before the first flush
	runN     int64
	index    []uint64
	pinned   string // a run a checkpoint names: kept when superseded
	flushes  int
	released bool // the table was given back (Release)
}

const (
	fpShardBits = 8
	fpShards    = 1 << fpShardBits
	pageLen     = 512 // fingerprints per page of a run
	minSlots    = 64
)

type fpShard struct {
	mu  sync.Mutex
	tab []uint64
	n   int
	_   [32]byte
}

// NewFPSet returns an empty set whose table takes at most memBytes, with
// its runs in dir.
func NewFPSet(dir string, memBytes int64) *FPSet {
	maxLen := minSlots
	for int64(2*maxLen)*8*fpShards <= memBytes {
		maxLen *= 2
	}
	return &FPSet{dir: dir, maxLen: maxLen}
}

// OpenFPSet returns the set holding the n fingerprints of the run named
// name in dir (a checkpoint's), with an empty table of at most memBytes.
func OpenFPSet(dir string, memBytes int64, name string, n int64) (*FPSet, error) {
	s := NewFPSet(dir, memBytes)
	if name == "" {
		return s, nil
	}
	if _, err := fmt.Sscanf(name, "run-%d.fp", &s.gen); err != nil {
		return nil, fmt.Errorf("store: bad run name %q", name)
	}
	f, err := os.Open(filepath.Join(dir, name))
	if err != nil {
		return nil, err
	}
	if st, err := f.Stat(); err != nil || st.Size() != n*8 {
		f.Close()
		return nil, fmt.Errorf("store: %s does not hold the %d fingerprints its checkpoint names", name, n)
	}
	r := bufio.NewReaderSize(f, bufSize)
	var b [8]byte
	for i := int64(0); i < n; i++ {
		if _, err := io.ReadFull(r, b[:]); err != nil {
			f.Close()
			return nil, fmt.Errorf("store: %s: %w", name, err)
		}
		if i%pageLen == 0 {
			s.index = append(s.index, binary.LittleEndian.Uint64(b[:]))
		}
	}
	s.run, s.runN, s.pinned = f, n, name
	s.count.Store(n)
	return s, nil
}

// Len is the number of fingerprints in the set (in memory and on disk).
func (s *FPSet) Len() int64 { return s.count.Load() }

// Flushes is the number of times the table was merged into a run.
func (s *FPSet) Flushes() int { return s.flushes }

// Insert adds fp (not 0) and reports whether it was new. It is safe for
// concurrent use.
func (s *FPSet) Insert(fp uint64) (bool, error) {
	sh := &s.shards[fp>>(64-fpShardBits)]
	for {
		s.mu.RLock()
		sh.mu.Lock()
		if sh.tab == nil {
			if s.released {
				sh.mu.Unlock()
				s.mu.RUnlock()
				return false, errors.New("store: an insertion into a released fingerprint set")
			}
			sh.tab = make([]uint64, min(1024, s.maxLen))
		}
		if sh.has(fp) {
			sh.mu.Unlock()
			s.mu.RUnlock()
			return false, nil
		}
		if s.runN > 0 {
			found, err := s.onDisk(fp)
			if err != nil || found {
				sh.mu.Unlock()
				s.mu.RUnlock()
				return false, err
			}
		}
		if sh.n*4 >= len(sh.tab)*3 {
			if len(sh.tab) < s.maxLen {
				sh.grow()
			} else {
				sh.mu.Unlock()
				s.mu.RUnlock()
				if err := s.flush(false); err != nil {
					return false, err
				}
				continue
			}
		}
		sh.put(fp)
		sh.mu.Unlock()
		s.mu.RUnlock()
		s.count.Add(1)
		return true, nil
	}
}

func (sh *fpShard) has(fp uint64) bool {
	mask := uint64(len(sh.tab) - 1)
	for i := fp & mask; ; i = (i + 1) & mask {
		switch sh.tab[i] {
		case fp:
			return true
		case 0:
			return false
		}
	}
}

func (sh *fpShard) put(fp uint64) {
	mask := uint64(len(sh.tab) - 1)
	i := fp & mask
	for sh.tab[i] != 0 {
		i = (i + 1) & mask
	}
	sh.tab[i] = fp
	sh.n++
}

func (sh *fpShard) grow() {
	old := sh.tab
	sh.tab = make([]uint64, 2*len(old))
	sh.n = 0
	for _, fp := range old {
		if fp != 0 {
			sh.put(fp)
		}
	}
}

// onDisk looks fp up in the run.
func (s *FPSet) onDisk(fp uint64) (bool, error) {
	p := sort.Search(len(s.index), func(i int) bool { return s.index[i] > fp }) - 1
	if p < 0 {
		return false, nil
	}
	n := min(pageLen, s.runN-int64(p)*pageLen)
	var page [pageLen * 8]byte
	b := page[:n*8]
	if _, err := s.run.ReadAt(b, int64(p)*pageLen*8); err != nil {
		return false, fmt.Errorf("store: reading the fingerprint run: %w", err)
	}
	i := sort.Search(int(n), func(i int) bool { return binary.LittleEndian.Uint64(b[i*8:]) >= fp })
	return i < int(n) && binary.LittleEndian.Uint64(b[i*8:]) == fp, nil
}

// Flush merges the table into a new run on disk (and syncs it), so that
// the run alone holds the set, and returns the run's name and length: what
// a checkpoint records. It must not run concurrently with Insert.
func (s *FPSet) Flush() (name string, n int64, err error) {
	if err := s.flush(true); err != nil {
		return "", 0, err
	}
	if s.run == nil {
		return "", 0, nil
	}
	return filepath.Base(s.run.Name()), s.runN, nil
}

// Pin keeps the run named name (a checkpoint's) on disk when a flush
// supersedes it; the previously pinned run, if superseded, is removed.
func (s *FPSet) Pin(name string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	old := s.pinned
	s.pinned = name
	if old != "" && old != name && (s.run == nil || filepath.Base(s.run.Name()) != old) {
		os.Remove(filepath.Join(s.dir, old))
	}
}

// flush merges the table into a new run: always, or (force false) only if
// some shard is still full, since another goroutine may have flushed
// already.
func (s *FPSet) flush(force bool) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	full, any := false, false
	for i := range s.shards {
		sh := &s.shards[i]
		full = full || sh.n*4 >= len(sh.tab)*3 && len(sh.tab) >= s.maxLen
		any = any || sh.n > 0
	}
	if !any || !force && !full {
		return nil
	}
	s.gen++
	name := fmt.Sprintf("run-%d.fp", s.gen)
	f, err := os.OpenFile(filepath.Join(s.dir, name), os.O_RDWR|os.O_CREATE|os.O_TRUNC, 0o644)
	if err != nil {
		return err
	}
	w := bufio.NewWriterSize(f, bufSize)
	var index []uint64
	var n int64
	var b [8]byte
	emit := func(fp uint64) error {
		if n%pageLen == 0 {
			index = append(index, fp)
		}
		n++
		binary.LittleEndian.PutUint64(b[:], fp)
		_, err := w.Write(b[:])
		return err
	}
	// The old run, read sequentially.
	var old *bufio.Reader
	var oldFP uint64
	oldLeft := s.runN
	nextOld := func() error {
		if oldLeft == 0 {
			oldFP = 0
			return nil
		}
		if _, err := io.ReadFull(old, b[:]); err != nil {
			return fmt.Errorf("store: reading the fingerprint run: %w", err)
		}
		oldLeft--
		oldFP = binary.LittleEndian.Uint64(b[:])
		return nil
	}
	if s.run != nil {
		old = bufio.NewReaderSize(io.NewSectionReader(s.run, 0, s.runN*8), bufSize)
		if err := nextOld(); err != nil {
			f.Close()
			return err
		}
	}
	for i := range s.shards {
		sh := &s.shards[i]
		slices.Sort(sh.tab)
		for _, fp := range sh.tab[len(sh.tab)-sh.n:] {
			for oldFP != 0 && oldFP < fp && err == nil {
				if err = emit(oldFP); err == nil {
					err = nextOld()
				}
			}
			if err == nil {
				err = emit(fp)
			}
		}
		if err != nil {
			break
		}
	}
	for oldFP != 0 && err == nil {
		if err = emit(oldFP); err == nil {
			err = nextOld()
		}
	}
	if err == nil {
		err = w.Flush()
	}
	if err == nil {
		err = f.Sync()
	}
	if err != nil {
		f.Close()
		return errors.Join(errors.New("store: writing the fingerprint run"), err)
	}
	for i := range s.shards {
		sh := &s.shards[i]
		clear(sh.tab)
		sh.n = 0
	}
	if s.run != nil {
		oldName := filepath.Base(s.run.Name())
		s.run.Close()
		if oldName != s.pinned {
			os.Remove(s.run.Name())
		}
	}
	s.run, s.runN, s.index = f, n, index
	s.flushes++
	return nil
}

// Release frees the table once the search is complete, so that what comes
// after it (the liveness check in disk mode) has its memory: Len still
// answers, and no fingerprint may be inserted any more (Insert would count
// the released ones as new). The runs on disk are kept.
func (s *FPSet) Release() {
	s.mu.Lock()
	defer s.mu.Unlock()
	for i := range s.shards {
		sh := &s.shards[i]
		sh.mu.Lock()
		sh.tab, sh.n = nil, 0
		sh.mu.Unlock()
	}
	s.released = true
}

// Close closes the run file.
func (s *FPSet) Close() error {
	if s.run == nil {
		return nil
	}
	return s.run.Close()
}

// Contains reports whether fp is in the set (in memory or on disk). It is
// safe for concurrent use with Insert.
func (s *FPSet) Contains(fp uint64) (bool, error) {
	sh := &s.shards[fp>>(64-fpShardBits)]
	s.mu.RLock()
	defer s.mu.RUnlock()
	sh.mu.Lock()
	defer sh.mu.Unlock()
	if sh.tab != nil && sh.has(fp) {
		return true, nil
	}
	if s.runN > 0 {
		return s.onDisk(fp)
	}
	return false, nil
}
