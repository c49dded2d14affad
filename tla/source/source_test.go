package source

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"testing"
	"testing/fstest"

	"github.com/wspcycle/wspcycle/tla/token"
)

// endless is a file without end (a FIFO fed forever, a device) that
// counts the bytes it gives.
type endless struct{ given int64 }

func (e *endless) Read(p []byte) (int, error) {
	for i := range p {
		p[i] = 'x'
	}
	e.given += int64(len(p))
	return len(p), nil
}

// tooLarge asserts that err is the one positioned error of a file past
// the limit.
func tooLarge(t *testing.T, name string, err error) {
	t.Helper()
	var list token.ErrorList
	if !errors.As(err, &list) || len(list) != 1 {
		t.Fatalf("%s: got error %v, want one token.Error", name, err)
	}
	want := name + ":1:1: file too large (more than 16 MiB)"
	if got := list.Error(); got != want {
		t.Fatalf("error %q, want %q", got, want)
	}
}

func TestEndlessReaderStopsAtTheLimit(t *testing.T) {
	e := &endless{}
	src, err := Read("Endless.tla", e)
	if src != nil {
		t.Errorf("returned %d bytes of an endless file", len(src))
	}
	tooLarge(t, "Endless.tla", err)
	// The limit counts bytes read: one past it is enough to know.
	if e.given > MaxSize+1 {
		t.Errorf("read %d bytes of an endless file, want at most %d", e.given, MaxSize+1)
	}
}

func TestLimitIsExact(t *testing.T) {
	src, err := Read("Full.tla", bytes.NewReader(make([]byte, MaxSize)))
	if err != nil || len(src) != MaxSize {
		t.Fatalf("a file of exactly %d bytes: %d bytes, %v", MaxSize, len(src), err)
	}
	_, err = Read("Over.tla", bytes.NewReader(make([]byte, MaxSize+1)))
	tooLarge(t, "Over.tla", err)
}

// /dev/zero reports size 0 and never ends: a limit that trusted the
// reported size would read it until memory ran out (issue 13, item 5).
func TestDevZeroThroughSymlink(t *testing.T) {
	if _, err := os.Stat("/dev/zero"); err != nil {
		t.Skip("no /dev/zero here")
	}
	zero := filepath.Join(t.TempDir(), "Zero.tla")
	if err := os.Symlink("/dev/zero", zero); err != nil {
		t.Skipf("no symlinks here: %v", err)
	}
	_, err := ReadFile(zero)
	tooLarge(t, zero, err)
}

func TestReadFileAndFS(t *testing.T) {
	if _, err := ReadFile(filepath.Join(t.TempDir(), "Missing.tla")); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("missing file: %v, want a not-exist error", err)
	}
	fsys := fstest.MapFS{"M.tla": {Data: []byte("---- MODULE M ----\n====\n")}, "Big.tla": {Data: make([]byte, MaxSize+1)}}
	if src, err := ReadFS(fsys, "M.tla"); err != nil || string(src) != "---- MODULE M ----\n====\n" {
		t.Errorf("ReadFS: %q, %v", src, err)
	}
	_, err := ReadFS(fsys, "Big.tla")
	tooLarge(t, "Big.tla", err)
	if _, err := ReadFS(fsys, "Missing.tla"); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("missing file in an fs.FS: %v, want a not-exist error", err)
	}
}
