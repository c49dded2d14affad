package store

import (
	"bufio"
	"encoding/binary"
	"fmt"
	"io"
	"os"
	"sync"
)

// Trace is the trace file: one 16-byte record (fingerprint, predecessor
// fingerprint, 0 for an initial state) per distinct state, appended in the
// order the states are found. A breadth-first search finds a state's
// predecessor before the state, so the path to a state is read by one
// scan from the end of the file towards its start.
type Trace struct {
	mu   sync.Mutex
	f    *os.File
	w    *bufio.Writer
	n    int64 // records appended
	path string
}

const traceRecord = 16

// OpenTrace opens the trace file at path, keeping its first n records and
// dropping any after them (those of a run killed after its checkpoint).
func OpenTrace(path string, n int64) (*Trace, error) {
	f, err := os.OpenFile(path, os.O_RDWR|os.O_CREATE, 0o644)
	if err != nil {
		return nil, err
	}
	st, err := f.Stat()
	if err == nil && st.Size() < n*traceRecord {
		err = fmt.Errorf("%s: %d trace records, the checkpoint expects %d", path, st.Size()/traceRecord, n)
	}
	if err == nil {
		err = f.Truncate(n * traceRecord)
	}
	if err == nil {
		_, err = f.Seek(n*traceRecord, io.SeekStart)
	}
	if err != nil {
		f.Close()
		return nil, err
	}
	return &Trace{f: f, w: bufio.NewWriterSize(f, bufSize), n: n, path: path}, nil
}

// Append adds the link from fp to its predecessor pred. It is safe for
// concurrent use.
func (t *Trace) Append(fp, pred uint64) error {
	var rec [traceRecord]byte
	binary.LittleEndian.PutUint64(rec[:8], fp)
	binary.LittleEndian.PutUint64(rec[8:], pred)
	t.mu.Lock()
	_, err := t.w.Write(rec[:])
	t.n++
	t.mu.Unlock()
	return err
}

// Sync writes the buffered records to stable storage and returns how many
// records the file holds.
func (t *Trace) Sync() (int64, error) {
	t.mu.Lock()
	defer t.mu.Unlock()
	if err := t.w.Flush(); err != nil {
		return 0, err
	}
	return t.n, t.f.Sync()
}

// flush writes the buffered records to the file (not to stable storage:
// reading them back needs no fsync) and returns how many it holds.
func (t *Trace) flush() (int64, error) {
	t.mu.Lock()
	defer t.mu.Unlock()
	return t.n, t.w.Flush()
}

// Chain returns the fingerprints from an initial state to fp, in order,
// by scanning the file backwards once. It flushes but does not fsync:
// TLCExt's Trace reads a chain per evaluation.
func (t *Trace) Chain(fp uint64) ([]uint64, error) {
	n, err := t.flush()
	if err != nil {
		return nil, err
	}
	rev := []uint64{fp}
	want := fp
	const block = 4096 // records per read
	buf := make([]byte, block*traceRecord)
	for end := n; end > 0 && want != 0; {
		start := max(0, end-block)
		b := buf[:(end-start)*traceRecord]
		if _, err := t.f.ReadAt(b, start*traceRecord); err != nil {
			return nil, fmt.Errorf("%s: %w", t.path, err)
		}
		for i := len(b) - traceRecord; i >= 0 && want != 0; i -= traceRecord {
			if binary.LittleEndian.Uint64(b[i:]) == want {
				want = binary.LittleEndian.Uint64(b[i+8:])
				if want != 0 {
					rev = append(rev, want)
				}
			}
		}
		end = start
	}
	if want != 0 {
		return nil, fmt.Errorf("%s: no record of state %016x on the path to the counterexample", t.path, want)
	}
	for i, j := 0, len(rev)-1; i < j; i, j = i+1, j-1 {
		rev[i], rev[j] = rev[j], rev[i]
	}
	return rev, nil
}

// Close flushes and closes the file.
func (t *Trace) Close() error {
	_, err := t.Sync()
	if cerr := t.f.Close(); err == nil {
		err = cerr
	}
	return err
}
