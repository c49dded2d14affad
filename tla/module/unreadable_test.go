package module

import (
	"errors"
	"io/fs"
	"path/filepath"
	"strings"
	"testing"

	"github.com/wspcycle/wspcycle/tla/source"
)

// A module found on the search path but not readable (a folder named
// Name.tla, a file past the size limit) gets its own error, not "cannot
// find module": the user must learn that the file is there and what is
// wrong with it.
func TestUnreadableModule(t *testing.T) {
	root := "---- MODULE Root ----\nEXTENDS Dir, Big\n====\n"
	big := make([]byte, source.MaxSize+1)
	read := func(name string) ([]byte, error) {
		switch filepath.Base(name) {
		case "Root.tla":
			return []byte(root), nil
		case "Dir.tla":
			return nil, &fs.PathError{Op: "read", Path: name, Err: errors.New("is a directory")}
		case "Big.tla":
			return source.Read(name, strings.NewReader(string(big)))
		}
		return nil, fs.ErrNotExist
	}
	_, err := Load(read, "Root.tla", []string{"lib"})
	want := "Root.tla:2:9: module Dir: read lib/Dir.tla: is a directory\n" +
		"lib/Big.tla:1:1: file too large (more than 16 MiB)"
	if err == nil || err.Error() != filepath.FromSlash(want) {
		t.Fatalf("got %v\nwant %s", err, want)
	}
}
