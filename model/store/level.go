package store

import (
	"bufio"
	"encoding/binary"
	"fmt"
	"io"
	"os"

	"github.com/wspcycle/wspcycle/tla/value"
)

// bufSize is the buffer of the sequential files: large writes and reads
// keep a disk (or the page cache) streaming.
const bufSize = 1 << 20

// LevelWriter writes the states of one breadth-first level to a file, each
// as its fingerprint, the length of its encoding and the encoding. It is
// not safe for concurrent use.
type LevelWriter struct {
	f   *os.File
	w   *bufio.Writer
	buf []byte
	n   int64
}

// CreateLevel creates (or truncates) the level file at path.
func CreateLevel(path string) (*LevelWriter, error) {
	f, err := os.Create(path)
	if err != nil {
		return nil, err
	}
	return &LevelWriter{f: f, w: bufio.NewWriterSize(f, bufSize)}, nil
}

// Write appends the state s with fingerprint fp.
func (l *LevelWriter) Write(fp uint64, s value.State) error {
	var err error
	l.buf = binary.LittleEndian.AppendUint64(l.buf[:0], fp)
	l.buf = append(l.buf, 0, 0, 0, 0)
	if l.buf, err = AppendState(l.buf, s); err != nil {
		return err
	}
	binary.LittleEndian.PutUint32(l.buf[8:12], uint32(len(l.buf)-12))
	l.n++
	_, err = l.w.Write(l.buf)
	return err
}

// Len is the number of states written.
func (l *LevelWriter) Len() int64 { return l.n }

// Close flushes the file to stable storage and closes it: once it
// returns, a checkpoint may name the file.
func (l *LevelWriter) Close() error {
	err := l.w.Flush()
	if err == nil {
		err = l.f.Sync()
	}
	if cerr := l.f.Close(); err == nil {
		err = cerr
	}
	return err
}

// LevelReader reads a level file back in order. It is not safe for
// concurrent use.
type LevelReader struct {
	f    *os.File
	r    *bufio.Reader
	buf  []byte
	path string
	read int64
	strs *value.Strings
}

// OpenLevel opens the level file at path, of a spec whose order of strings
// is strs (the states' sets are stored in that order).
func OpenLevel(path string, strs *value.Strings) (*LevelReader, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	return &LevelReader{f: f, r: bufio.NewReaderSize(f, bufSize), path: path, strs: strs}, nil
}

// Next returns the next state and its fingerprint; ok is false at the end
// of the file.
func (l *LevelReader) Next() (fp uint64, s value.State, ok bool, err error) {
	var head [12]byte
	if _, err := io.ReadFull(l.r, head[:]); err != nil {
		if err == io.EOF {
			return 0, nil, false, nil
		}
		return 0, nil, false, fmt.Errorf("%s: state %d: %w", l.path, l.read+1, err)
	}
	n := binary.LittleEndian.Uint32(head[8:])
	if cap(l.buf) < int(n) {
		l.buf = make([]byte, n)
	}
	l.buf = l.buf[:n]
	if _, err := io.ReadFull(l.r, l.buf); err != nil {
		return 0, nil, false, fmt.Errorf("%s: state %d: %w", l.path, l.read+1, err)
	}
	s, used, err := DecodeState(l.buf, l.strs)
	if err == nil && used != int(n) {
		err = errCorrupt
	}
	if err != nil {
		return 0, nil, false, fmt.Errorf("%s: state %d: %w", l.path, l.read+1, err)
	}
	l.read++
	return binary.LittleEndian.Uint64(head[:8]), s, true, nil
}

// Close closes the file.
func (l *LevelReader) Close() error { return l.f.Close() }
