package source

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

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
	name := token.InFile(file, "B")
	if f, m, ok := token.SplitInFile(name); !ok || f != file || m != "B" {
		t.Fatalf("SplitInFile(%q) = %q, %q, %v", name, f, m, ok)
	}
	src, err := ReadFile(name)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(string(src), "  ---- MODULE B ----\nY == 2\n") {
		t.Errorf("module B's text: %q", src)
	}
	if _, err := ReadFile(token.InFile(file, "C")); err == nil {
		t.Error("a module the file does not hold was read")
	}
	if _, _, ok := token.SplitInFile(file); ok {
		t.Error("a plain file name was split")
	}
}
