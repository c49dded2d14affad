package module

import (
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func write(t *testing.T, dir, name, text string) {
	t.Helper()
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
}

// TestSearchPath: the spec's folder comes first, then -lib folders, then
// $TLA_PATH; the first folder holding Name.tla wins, and standard modules
// are never read from files.
func TestSearchPath(t *testing.T) {
	root := t.TempDir()
	spec, lib, env := filepath.Join(root, "spec"), filepath.Join(root, "lib"), filepath.Join(root, "env")
	write(t, spec, "Main.tla", "---- MODULE Main ----\nEXTENDS Naturals, A, B, C\n====\n")
	write(t, spec, "A.tla", "---- MODULE A ----\nX == \"spec\"\n====\n")
	write(t, lib, "A.tla", "---- MODULE A ----\nX == \"lib\"\n====\n")
	write(t, lib, "B.tla", "---- MODULE B ----\nEXTENDS C\n====\n")
	write(t, env, "B.tla", "---- MODULE B ----\n====\n")
	write(t, env, "C.tla", "---- MODULE C ----\n====\n")
	write(t, env, "Naturals.tla", "this is not read\n")
	t.Setenv("TLA_PATH", env)
	path := SearchPath(spec, []string{lib})
	if strings.Join(path, ",") != strings.Join([]string{spec, lib, env}, ",") {
		t.Fatalf("path %v", path)
	}
	prog, err := Load(nil, filepath.Join(spec, "Main.tla"), path)
	if err != nil {
		t.Fatal(err)
	}
	if got := strings.Join(prog.Names(), ","); got != "A,B,C,Main" {
		t.Errorf("modules %s", got)
	}
	if f := prog.Modules["A"].Name.NamePos.Filename; f != filepath.Join(spec, "A.tla") {
		t.Errorf("A read from %s", f)
	}
	if f := prog.Modules["B"].Name.NamePos.Filename; f != filepath.Join(lib, "B.tla") {
		t.Errorf("B read from %s", f)
	}
}

// TestModulesOfOneFile: a module nested in another, and modules after the
// first one's ====, are found without a file of their own. A module after
// another counts its lines from its own header, as TLC does (it writes
// such a module to a file of its own for SANY: TLC rev cc6b616 places an
// error in Tail at "Line 4 ... in Tail" for the fourth line of Tail's
// text, the twelfth of the file).
func TestModulesOfOneFile(t *testing.T) {
	dir := t.TempDir()
	write(t, dir, "Main.tla", "---- MODULE Main ----\nEXTENDS Tail\n---- MODULE Inner ----\n====\nI == INSTANCE Inner\n====\n\n---- MODULE Tail ----\nEXTENDS Inner2\n====\n---- MODULE Inner2 ----\n====\n")
	prog, err := Load(nil, filepath.Join(dir, "Main.tla"), []string{dir})
	if err != nil {
		t.Fatal(err)
	}
	if got := strings.Join(prog.Names(), ","); got != "Inner,Inner2,Main,Tail" {
		t.Errorf("modules %s", got)
	}
	if p := prog.Modules["Tail"].Name.NamePos; p.Line != 1 || p.Col != 13 {
		t.Errorf("Tail at %v, want 1:13", p)
	}
}

// TestLoadErrors: a missing module names the path searched; a cycle names
// its modules; an unsupported standard module says so.
func TestLoadErrors(t *testing.T) {
	dir := t.TempDir()
	write(t, dir, "M.tla", "---- MODULE M ----\nEXTENDS Nope\n====\n")
	write(t, dir, "P.tla", "---- MODULE P ----\nEXTENDS Q\n====\n")
	write(t, dir, "Q.tla", "---- MODULE Q ----\nINSTANCE P\n====\n")
	write(t, dir, "R.tla", "---- MODULE R ----\nEXTENDS RealTime\n====\n")
	write(t, dir, "W.tla", "---- MODULE X ----\n====\n")
	write(t, dir, "V.tla", "---- MODULE V ----\nEXTENDS W\n====\n")
	for file, want := range map[string]string{
		"M.tla": "M.tla:2:9: cannot find module Nope: no Nope.tla in the search path " + dir,
		"P.tla": "Q.tla:2:10: circular dependency among modules: P -> Q -> P",
		"R.tla": "R.tla:2:9: unsupported: the standard module RealTime",
		"V.tla": "W.tla:1:13: file name W.tla does not match the name X of the module it contains (SANY requires MODULE W in W.tla)",
	} {
		_, err := Load(nil, filepath.Join(dir, file), []string{dir})
		if err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("%s: got %v, want %s", file, err, want)
		}
	}
}

// A built-in standard module with a file on the search path is noted as
// shadowed (SANY reads that file); Json is not (TLC replaces all of it).
func TestShadowedStandardModules(t *testing.T) {
	files := map[string]string{
		"spec/R.tla":   "---- MODULE R ----\nEXTENDS Bags, Naturals, Json\n====",
		"lib/Bags.tla": "---- MODULE Bags ----\n====",
		"lib/Json.tla": "---- MODULE Json ----\n====",
	}
	read := func(name string) ([]byte, error) {
		if s, ok := files[filepath.ToSlash(name)]; ok {
			return []byte(s), nil
		}
		return nil, fs.ErrNotExist
	}
	prog, err := Load(read, "spec/R.tla", []string{"spec", "lib"})
	if err != nil {
		t.Fatal(err)
	}
	if len(prog.Shadowed) != 1 || !prog.Shadowed["Bags"] {
		t.Errorf("Shadowed = %v, want Bags only", prog.Shadowed)
	}
}
