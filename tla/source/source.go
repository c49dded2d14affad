// Package source reads the text of TLA+ modules and model configurations,
// bounded. Every file the front end reads (the spec, a module found on the
// search path, the cfg, a source read again for the ranges of a trace)
// goes through it, so that no file can exhaust memory: the limit counts
// the bytes actually read, not the size the file reports, which /dev/zero,
// a FIFO or a device report as 0.
package source

import (
	"bytes"
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
// A name token.InFile made, of a module that follows another in its
// file, is read as that module's text: the file's lines from the
// module's header on (see moduleText), which its positions count.
func ReadFile(name string) ([]byte, error) {
	if file, module, header, ok := token.SplitInFile(name); ok {
		if _, err := os.Stat(name); err != nil {
			src, err := ReadFile(file)
			if err != nil {
				return nil, err
			}
			text, ok := moduleText(src, module, header)
			if !ok {
				return nil, &fs.PathError{Op: "open", Path: name, Err: fs.ErrNotExist}
			}
			return text, nil
		}
	}
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

// moduleText is the text of the module named module whose header is on
// line header of a file's text src, from that line on: the text the
// parser (parser.ParseModules) parsed as that module, which found its
// header there with token.NextHeader and recorded the line in the
// positions' Filename (token.InFile). ok is false when that line does not
// start that module's header (the file changed since it was parsed): the
// module is not searched for elsewhere, where a header-looking line in a
// comment would give another module's text.
func moduleText(src []byte, module string, header int) ([]byte, bool) {
	start := 0
	for line := 1; line < header; line++ {
		i := bytes.IndexByte(src[start:], '\n')
		if i < 0 {
			return nil, false
		}
		start += i + 1
	}
	text := src[start:]
	end := bytes.IndexByte(text, '\n')
	if end < 0 {
		end = len(text)
	}
	at, name, ok := token.NextHeader(text[:end])
	if !ok || at != 0 || name != module {
		return nil, false
	}
	return text, true
}
