package store

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"sync"
)

// Records is an append-only file of fixed-size records, written and read
// back sequentially in large buffers: the behaviour graph of the temporal
// properties in disk mode (its nodes and its edges) is two of them. Like
// the trace file, it is reopened at a checkpoint's length, which drops the
// records of a run killed after it.
type Records struct {
	mu   sync.Mutex
	f    *os.File
	w    *bufio.Writer
	size int   // bytes a record
	n    int64 // records appended
	path string
}

// OpenRecords opens the file at path of size-byte records, keeping its
// first n records and dropping any after them.
func OpenRecords(path string, size int, n int64) (*Records, error) {
	if size <= 0 {
		return nil, fmt.Errorf("%s: record size %d", path, size)
	}
	f, err := os.OpenFile(path, os.O_RDWR|os.O_CREATE, 0o644)
	if err != nil {
		return nil, err
	}
	end := n * int64(size)
	st, err := f.Stat()
	if err == nil && st.Size() < end {
		err = fmt.Errorf("%s: %d records, the checkpoint expects %d", path, st.Size()/int64(size), n)
	}
	if err == nil {
		err = f.Truncate(end)
	}
	if err == nil {
		_, err = f.Seek(end, io.SeekStart)
	}
	if err != nil {
		f.Close()
		return nil, err
	}
	return &Records{f: f, w: bufio.NewWriterSize(f, bufSize), size: size, n: n, path: path}, nil
}

// Append adds records: recs holds a whole number of them. It is safe for
// concurrent use; the records of one call stay together.
func (r *Records) Append(recs []byte) error {
	if len(recs)%r.size != 0 {
		return fmt.Errorf("%s: %d bytes is not a whole number of %d-byte records", r.path, len(recs), r.size)
	}
	r.mu.Lock()
	defer r.mu.Unlock()
	if _, err := r.w.Write(recs); err != nil {
		return err
	}
	r.n += int64(len(recs) / r.size)
	return nil
}

// Len is the number of records appended.
func (r *Records) Len() int64 {
	r.mu.Lock()
	defer r.mu.Unlock()
	return r.n
}

// Sync writes the buffered records to stable storage and returns how many
// records the file holds.
func (r *Records) Sync() (int64, error) {
	r.mu.Lock()
	defer r.mu.Unlock()
	if err := r.w.Flush(); err != nil {
		return 0, err
	}
	return r.n, r.f.Sync()
}

// Scan calls fn with every record in order (i counts from 0); rec is valid
// only during the call. An error of fn stops the scan and is returned.
func (r *Records) Scan(fn func(i int64, rec []byte) error) error {
	r.mu.Lock()
	n, err := r.n, r.w.Flush()
	r.mu.Unlock()
	if err != nil {
		return err
	}
	per := max(1, bufSize/r.size)
	buf := make([]byte, per*r.size)
	for i := int64(0); i < n; {
		k := min(int64(per), n-i)
		b := buf[:k*int64(r.size)]
		if _, err := r.f.ReadAt(b, i*int64(r.size)); err != nil {
			return fmt.Errorf("%s: %w", r.path, err)
		}
		for j := int64(0); j < k; j++ {
			if err := fn(i+j, b[j*int64(r.size):(j+1)*int64(r.size)]); err != nil {
				return err
			}
		}
		i += k
	}
	return nil
}

// ReadAt reads record i into rec (one record's bytes), after flushing
// what is buffered: the liveness check reads a few nodes' fingerprints by
// id this way, for its counterexample.
func (r *Records) ReadAt(i int64, rec []byte) error {
	if len(rec) != r.size {
		return fmt.Errorf("%s: a %d-byte buffer for %d-byte records", r.path, len(rec), r.size)
	}
	r.mu.Lock()
	n, err := r.n, r.w.Flush()
	r.mu.Unlock()
	if err != nil {
		return err
	}
	if i < 0 || i >= n {
		return fmt.Errorf("%s: record %d of %d", r.path, i, n)
	}
	if _, err := r.f.ReadAt(rec, i*int64(r.size)); err != nil {
		return fmt.Errorf("%s: %w", r.path, err)
	}
	return nil
}

// Close flushes and closes the file.
func (r *Records) Close() error {
	_, err := r.Sync()
	if cerr := r.f.Close(); err == nil {
		err = cerr
	}
	return err
}
