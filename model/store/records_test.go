package store

import (
	"encoding/binary"
	"fmt"
	"path/filepath"
	"strings"
	"testing"
)

// TestRecordsReopen appends more records than one read buffer holds,
// scans them back in order, reopens the file at a shorter length (a
// checkpoint's), appends again, and checks that the dropped records are
// gone and the new ones follow the kept ones; a file shorter than the
// length asked for, and a partial record, are errors.
func TestRecordsReopen(t *testing.T) {
	path := filepath.Join(t.TempDir(), "r")
	const size = 12
	rec := func(i uint64, tag uint32) []byte {
		b := binary.LittleEndian.AppendUint64(nil, i)
		return binary.LittleEndian.AppendUint32(b, tag)
	}
	r, err := OpenRecords(path, size, 0)
	if err != nil {
		t.Fatal(err)
	}
	const n = 3*bufSize/size + 17 // several read buffers, the last one partial
	var batch []byte
	for i := uint64(0); i < n; i++ {
		batch = append(batch, rec(i, 1)...)
		if len(batch) >= 4096*size || i == n-1 {
			if err := r.Append(batch); err != nil {
				t.Fatal(err)
			}
			batch = batch[:0]
		}
	}
	if err := r.Append(make([]byte, size+1)); err == nil || !strings.Contains(err.Error(), "whole number") {
		t.Fatalf("a partial record: err = %v", err)
	}
	check := func(r *Records, want func(i int64) []byte, count int64) {
		t.Helper()
		seen := int64(0)
		err := r.Scan(func(i int64, got []byte) error {
			if i != seen || string(got) != string(want(i)) {
				return fmt.Errorf("record %d (call %d): %x, want %x", i, seen, got, want(i))
			}
			seen++
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
		if seen != count || r.Len() != count {
			t.Fatalf("scanned %d records, Len %d, want %d", seen, r.Len(), count)
		}
	}
	check(r, func(i int64) []byte { return rec(uint64(i), 1) }, n)
	if got, err := r.Sync(); err != nil || got != n {
		t.Fatalf("Sync: %d, %v", got, err)
	}
	if err := r.Close(); err != nil {
		t.Fatal(err)
	}

	const keep = 1000
	r, err = OpenRecords(path, size, keep)
	if err != nil {
		t.Fatal(err)
	}
	for i := uint64(keep); i < keep+5; i++ {
		if err := r.Append(rec(i, 2)); err != nil {
			t.Fatal(err)
		}
	}
	check(r, func(i int64) []byte {
		if i < keep {
			return rec(uint64(i), 1)
		}
		return rec(uint64(i), 2)
	}, keep+5)
	r.Close()

	if _, err := OpenRecords(path, size, keep+6); err == nil || !strings.Contains(err.Error(), "the checkpoint expects") {
		t.Fatalf("reopening past the end: err = %v", err)
	}
}
