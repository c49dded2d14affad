package store

import (
	"math/rand/v2"
	"path/filepath"
	"sync"
	"testing"

	"github.com/wspcycle/wspcycle/tla/value"
)

// TestFPSetAgainstMap inserts fingerprints, many of them repeated, from
// several goroutines into a set with a tiny budget (so it flushes to disk
// many times) and checks every answer against a map: each fingerprint is
// new exactly once.
func TestFPSetAgainstMap(t *testing.T) {
	dir := t.TempDir()
	s := NewFPSet(dir, 64<<10) // 128 slots a shard: flushes every few thousand inserts
	const goroutines, per = 4, 20000
	r := rand.New(rand.NewPCG(1, 2))
	pool := make([]uint64, 30000)
	for i := range pool {
		pool[i] = r.Uint64() | 1
	}
	var newCount [goroutines]map[uint64]int
	var wg sync.WaitGroup
	for g := range goroutines {
		newCount[g] = map[uint64]int{}
		wg.Add(1)
		go func() {
			defer wg.Done()
			r := rand.New(rand.NewPCG(uint64(g), 7))
			for range per {
				fp := pool[r.IntN(len(pool))]
				isNew, err := s.Insert(fp)
				if err != nil {
					t.Error(err)
					return
				}
				if isNew {
					newCount[g][fp]++
				}
			}
		}()
	}
	wg.Wait()
	total := map[uint64]int{}
	for _, m := range newCount {
		for fp, n := range m {
			total[fp] += n
		}
	}
	for fp, n := range total {
		if n != 1 {
			t.Fatalf("%x reported new %d times", fp, n)
		}
	}
	if s.Len() != int64(len(total)) {
		t.Fatalf("Len %d, %d distinct inserted", s.Len(), len(total))
	}
	if s.Flushes() < 3 {
		t.Fatalf("only %d flushes: the budget is not enforced", s.Flushes())
	}
	// After a forced flush the run alone holds the set; reopened, it
	// answers the same.
	name, n, err := s.Flush()
	if err != nil || n != s.Len() {
		t.Fatalf("Flush: %d fingerprints, %v; want %d", n, err, s.Len())
	}
	s.Pin(name)
	s2, err := OpenFPSet(dir, 64<<10, name, n)
	if err != nil {
		t.Fatal(err)
	}
	for fp := range total {
		if isNew, err := s2.Insert(fp); isNew || err != nil {
			t.Fatalf("reopened set: %x new=%v err=%v", fp, isNew, err)
		}
	}
	if isNew, _ := s2.Insert(2); !isNew {
		t.Fatal("reopened set: a fresh fingerprint is not new")
	}
}

func TestTraceChain(t *testing.T) {
	path := filepath.Join(t.TempDir(), "trace")
	tr, err := OpenTrace(path, 0)
	if err != nil {
		t.Fatal(err)
	}
	// A tree: node i (1-based) has parent i/2 (0 for the root), appended
	// in breadth-first order, more than a read block of them.
	const n = 10000
	for i := uint64(1); i <= n; i++ {
		if err := tr.Append(i*1000, i/2*1000); err != nil {
			t.Fatal(err)
		}
	}
	got, err := tr.Chain(9999 * 1000)
	if err != nil {
		t.Fatal(err)
	}
	var want []uint64
	for i := uint64(9999); i > 0; i /= 2 {
		want = append([]uint64{i * 1000}, want...)
	}
	if len(got) != len(want) {
		t.Fatalf("chain %v, want %v", got, want)
	}
	for i := range got {
		if got[i] != want[i] {
			t.Fatalf("chain %v, want %v", got, want)
		}
	}
	if _, err := tr.Chain(123); err == nil {
		t.Fatal("the chain of an unknown fingerprint has no error")
	}
	tr.Close()
	// Reopened with fewer records, the later ones are gone.
	tr, err = OpenTrace(path, 100)
	if err != nil {
		t.Fatal(err)
	}
	defer tr.Close()
	if _, err := tr.Chain(9999 * 1000); err == nil {
		t.Fatal("a dropped record is still found")
	}
	if c, err := tr.Chain(100 * 1000); err != nil || len(c) != 7 {
		t.Fatalf("chain of 100: %v, %v", c, err)
	}
}

func TestLevelFile(t *testing.T) {
	path := filepath.Join(t.TempDir(), "level")
	w, err := CreateLevel(path)
	if err != nil {
		t.Fatal(err)
	}
	var want []value.State
	for i := range 5000 {
		s := value.State{value.Int(int64(i)), value.Tuple(value.Alphabetical.Str("x"), value.Set(value.Int(int64(i%7)))), nil}
		want = append(want, s)
		if err := w.Write(uint64(i+1), s); err != nil {
			t.Fatal(err)
		}
	}
	if err := w.Close(); err != nil || w.Len() != 5000 {
		t.Fatal(err, w.Len())
	}
	r, err := OpenLevel(path, value.Alphabetical)
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close()
	for i := 0; ; i++ {
		fp, s, ok, err := r.Next()
		if err != nil {
			t.Fatal(err)
		}
		if !ok {
			if i != len(want) {
				t.Fatalf("%d states read, %d written", i, len(want))
			}
			break
		}
		if fp != uint64(i+1) || !s.Equal(want[i]) {
			t.Fatalf("state %d: %x %v, want %x %v", i, fp, s, i+1, want[i])
		}
	}
}
