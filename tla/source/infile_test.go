package source

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/wspcycle/wspcycle/tla/parser"
	"github.com/wspcycle/wspcycle/tla/token"
)

// A module that follows another in its file is read back, through the
// Filename of its positions (token.InFile), from its header line on: its
// line 1, as the parser counts its lines and SANY does.
func TestReadFileOfModuleInFile(t *testing.T) {
	file := filepath.Join(t.TempDir(), "A.tla")
	text := "---- MODULE A ----\nX == 1\n====\n\\* ---- MODULE B ---- in a comment\n  ---- MODULE B ----\nY == 2\n====\n"
	if err := os.WriteFile(file, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	name := token.InFile(file, "B", 5)
	if f, m, h, ok := token.SplitInFile(name); !ok || f != file || m != "B" || h != 5 {
		t.Fatalf("SplitInFile(%q) = %q, %q, %d, %v", name, f, m, h, ok)
	}
	src, err := ReadFile(name)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(string(src), "  ---- MODULE B ----\nY == 2\n") {
		t.Errorf("module B's text: %q", src)
	}
	if _, err := ReadFile(token.InFile(file, "C", 5)); err == nil {
		t.Error("a module the file does not hold was read")
	}
	if _, err := ReadFile(token.InFile(file, "B", 4)); err == nil {
		t.Error("a module was read from a line that is not its header")
	}
	if _, _, _, ok := token.SplitInFile(file); ok {
		t.Error("a plain file name was split")
	}
}

// The module read back is the one the parser parsed, found after the
// root module's ====, not a header-looking line in a comment of the root
// module that comes first in the file (one SANY does not take for the
// header either: it is not a line of its own).
func TestReadFileOfModuleInFileAsParsed(t *testing.T) {
	file := filepath.Join(t.TempDir(), "W.tla")
	text := "---- MODULE W ----\n(*\n  ---- MODULE Q ---- in a comment\n  just a comment\n*)\nI == INSTANCE Q\n====\n---- MODULE Q ----\nF == 1\n====\n"
	if err := os.WriteFile(file, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	mods, err := parser.ParseModules(file, []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	if len(mods) != 2 {
		t.Fatalf("%d modules parsed, want 2", len(mods))
	}
	name := mods[1].Name.NamePos.Filename
	if want := token.InFile(file, "Q", 8); name != want {
		t.Fatalf("module Q's positions name %q, want %q", name, want)
	}
	src, err := ReadFile(name)
	if err != nil {
		t.Fatal(err)
	}
	if want := "---- MODULE Q ----\nF == 1\n====\n"; string(src) != want {
		t.Errorf("module Q's text: %q, want %q", src, want)
	}
}
