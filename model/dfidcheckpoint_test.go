package model

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"testing"

	"github.com/wspcycle/wspcycle/tla/eval"
)

func loadDFIDGrid(t *testing.T) *eval.Spec {
	t.Helper()
	dir := filepath.Join("testdata", "tlc", "dfid")
	sp, err := eval.LoadFiles(filepath.Join(dir, "DGrid.tla"), filepath.Join(dir, "DGrid.cfg"))
	if err != nil {
		t.Fatal(err)
	}
	sp.CheckDeadlock = false
	return sp
}

// A checkpoint taken during an iteration holds the set as it was then
// (the Begin and End hooks around it), and a run recovering from it is
// TLC's (DFIDOptions.Recover): the same verdict and generated count as a
// fresh run, the distinct counts the checkpoint's size more.
func TestCheckDFIDCheckpointRecover(t *testing.T) {
	fresh, err := CheckDFID(context.Background(), loadDFIDGrid(t), DFIDOptions{MaxDepth: 10})
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	var begins, ends int
	var atBegin int64
	ck := &DFIDCheckpoint{Dir: dir, EveryCalls: 7,
		Begin: func() { begins++ },
		End:   func() { ends++ },
		Due:   func() bool { return begins == 0 }, // the first point only
	}
	opt := DFIDOptions{MaxDepth: 10, Checkpoint: ck, Progress: func(_, d int64) { atBegin = d }}
	opt.Level = func(_ int, _, d int64) {
		if begins == 0 {
			atBegin = d
		}
	}
	first, err := CheckDFID(context.Background(), loadDFIDGrid(t), opt)
	if err != nil {
		t.Fatal(err)
	}
	if begins != 1 || ends != 1 {
		t.Fatalf("%d begins, %d ends; want one checkpoint", begins, ends)
	}
	if first.Generated != fresh.Generated || first.Distinct != fresh.Distinct || first.Result != fresh.Result {
		t.Errorf("checkpointed run: %s %d/%d; fresh %s %d/%d", first.Result, first.Generated, first.Distinct, fresh.Result, fresh.Generated, fresh.Distinct)
	}
	m, err := readDFIDCheckpoint(dir)
	if err != nil {
		t.Fatal(err)
	}
	if n := int64(len(m)); n < atBegin || n == 0 || n >= fresh.Distinct {
		t.Errorf("checkpoint of %d entries; the set had at least %d before, %d at the end", n, atBegin, fresh.Distinct)
	}
	for fp, st := range m {
		if dfidLevelOf(st) < 1 {
			t.Fatalf("entry %x has status %d: no level", fp, st)
		}
	}
	var size int64 = -1
	rec, err := CheckDFID(context.Background(), loadDFIDGrid(t), DFIDOptions{MaxDepth: 10, Recover: dir, Recovered: func(n int64) { size = n }})
	if err != nil {
		t.Fatal(err)
	}
	if size != int64(len(m)) {
		t.Errorf("Recovered told %d, want %d", size, len(m))
	}
	if rec.Result != fresh.Result || rec.Complete != fresh.Complete || rec.Generated != fresh.Generated || rec.Distinct != fresh.Distinct+size {
		t.Errorf("recovered: %s complete=%v %d/%d; want %s complete=%v %d/%d", rec.Result, rec.Complete, rec.Generated, rec.Distinct,
			fresh.Result, fresh.Complete, fresh.Generated, fresh.Distinct+size)
	}
}

// A checkpoint that is missing, cut, extended, altered or not one of the
// depth-first mode's is refused before the search (DFIDCheckpointError).
func TestCheckDFIDRecoverBadCheckpoint(t *testing.T) {
	good := t.TempDir()
	s := newDFIDSet()
	for fp := uint64(1); fp <= 5; fp++ {
		s.setStatus(fp*7919, dfidDone)
	}
	if err := s.writeCheckpoint(good); err != nil {
		t.Fatal(err)
	}
	data, err := os.ReadFile(filepath.Join(good, DFIDCheckpointFile))
	if err != nil {
		t.Fatal(err)
	}
	if m, err := readDFIDCheckpoint(good); err != nil || len(m) != 5 {
		t.Fatalf("reading back: %d entries, %v", len(m), err)
	}
	flip := append([]byte(nil), data...)
	flip[len(flip)/2] ^= 1
	for name, bad := range map[string][]byte{
		"cut":      data[:len(data)-3],
		"extended": append(append([]byte(nil), data...), 0),
		"flipped":  flip,
		"foreign":  []byte("not a checkpoint at all"),
		"empty":    nil,
	} {
		dir := t.TempDir()
		if err := os.WriteFile(filepath.Join(dir, DFIDCheckpointFile), bad, 0o644); err != nil {
			t.Fatal(err)
		}
		_, err := CheckDFID(context.Background(), loadDFIDGrid(t), DFIDOptions{MaxDepth: 10, Recover: dir})
		var ce *DFIDCheckpointError
		if !errors.As(err, &ce) || ce.Missing {
			t.Errorf("%s: err = %v; want a corrupt checkpoint", name, err)
		}
	}
	_, err = CheckDFID(context.Background(), loadDFIDGrid(t), DFIDOptions{MaxDepth: 10, Recover: t.TempDir()})
	var ce *DFIDCheckpointError
	if !errors.As(err, &ce) || !ce.Missing {
		t.Errorf("missing: err = %v; want a missing checkpoint", err)
	}
}
