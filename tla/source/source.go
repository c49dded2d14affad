// Package source reads the text of TLA+ modules and model configurations,
// bounded. Every file the front end reads (the spec, a module found on the
// search path, the cfg, a source read again for the ranges of a trace)
// goes through it, so that no file can exhaust memory: the limit counts
// the bytes actually read, not the size the file reports, which /dev/zero,
// a FIFO or a device report as 0.
package source

import (
	"fmt"
	"io"
	"io/fs"
	"os"

	"github.com/wspcycle/wspcycle/tla/scanner"
	"github.com/wspcycle/wspcycle/tla/token"
)

// MaxSize is the largest file read: the scanner's limit, since a larger
// source could not be scanned anyway.
const MaxSize = scanner.MaxSize

// ReadFile reads the file name from the operating system's file system.
func ReadFile(name string) ([]byte, error) {
	f, err := os.Open(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return Read(name, f)
}

// ReadFS reads the file name from fsys (for example an embedded spec).
func ReadFS(fsys fs.FS, name string) ([]byte, error) {
	f, err := fsys.Open(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return Read(name, f)
}

// Read reads r, the content of the file name, to its end; past MaxSize
// bytes it stops and returns a token.ErrorList with one error at name:1:1,
// "file too large (more than 16 MiB)".
func Read(name string, r io.Reader) ([]byte, error) {
	src, err := io.ReadAll(io.LimitReader(r, MaxSize+1))
	if err != nil {
		return nil, err
	}
	if len(src) > MaxSize {
		return nil, token.ErrorList{&token.Error{
			Pos: token.Pos{Filename: name, Line: 1, Col: 1},
			Msg: fmt.Sprintf("file too large (more than %d MiB)", MaxSize>>20),
		}}
	}
	return src, nil
}
