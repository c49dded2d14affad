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
	"regexp"

	"github.com/wspcycle/wspcycle/tla/scanner"
	"github.com/wspcycle/wspcycle/tla/token"
)

// MaxSize is the largest file read: the scanner's limit, since a larger
// source could not be scanned anyway.
const MaxSize = scanner.MaxSize

// ReadFile reads the file name from the operating system's file system.
// A name token.InFile made, of a module that follows another in its
// file, is read as that module's text: the file's lines from the
// module's header on (see ModuleText), which its positions count.
func ReadFile(name string) ([]byte, error) {
	if file, module, ok := token.SplitInFile(name); ok {
		if _, err := os.Stat(name); err != nil {
			src, err := ReadFile(file)
			if err != nil {
				return nil, err
			}
			text, ok := ModuleText(src, module)
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

// ModuleText is the text of the module named module that follows another
// in a file's text src, from the line of its header on, as the parser
// reads it (parser.ParseModules); ok is false when no line of src after
// the first module's header starts that module's header.
func ModuleText(src []byte, module string) ([]byte, bool) {
	first := true
	for _, loc := range laterHeader.FindAllSubmatchIndex(src, -1) {
		if first {
			first = false // the file's own module
			continue
		}
		if string(src[loc[2]:loc[3]]) == module {
			start := bytes.LastIndexByte(src[:loc[0]+bytes.IndexByte(src[loc[0]:loc[1]], '-')], '\n') + 1
			return src[start:], true
		}
	}
	return nil, false
}

// laterHeader finds a module's header at the start of a line.
var laterHeader = regexp.MustCompile(`(?m)^\s*-{4,}\s*MODULE\s+(\w+)`)
