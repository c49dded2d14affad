package sany

import (
	"os"
	"path/filepath"
	"slices"
	"testing"
)

// write makes the files of a test folder, each name -> text.
func write(t *testing.T, dir string, files map[string]string) {
	t.Helper()
	for name, text := range files {
		p := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

// realTemp is a temporary folder by its real path (no symbolic links).
func realTemp(t *testing.T) string {
	t.Helper()
	d, err := filepath.EvalSymlinks(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	return d
}

// SANY prints a file's real path, and for the spec's file and a library
// module, when the path as given (made absolute against the real working
// directory, "." and ".." kept) differs, "(file:THAT)" after it; a module
// of the spec's folder never has it. TLC rev cc6b616, with R.tla (EXTENDS
// Q) in real/ and link -> real, printed: from real/, for "R.tla",
// "Parsing file /T/real/R.tla"; for "./R.tla", "Parsing file
// /T/real/R.tla (file:/T/real/./R.tla)"; from link/ (Java's working
// directory is real/), for "../link/R.tla", "Parsing file /T/real/R.tla
// (file:/T/real/../link/R.tla)" and then "Parsing file /T/real/Q.tla";
// and with -DTLA-Library=/T/liblink (liblink -> lib, holding L.tla),
// "Parsing file /T/lib/L.tla (file:/T/liblink/L.tla)".
func TestLoadPaths(t *testing.T) {
	d := realTemp(t)
	write(t, d, map[string]string{
		"real/R.tla": "---- MODULE R ----\nEXTENDS Q, L\n====\n",
		"real/Q.tla": "---- MODULE Q ----\n====\n",
		"lib/L.tla":  "---- MODULE L ----\n====\n",
	})
	for _, l := range [][2]string{{"real", "link"}, {"lib", "liblink"}} {
		if err := os.Symlink(filepath.Join(d, l[0]), filepath.Join(d, l[1])); err != nil {
			t.Skip("no symbolic links here:", err)
		}
	}
	real := filepath.Join(d, "real")
	for _, c := range []struct {
		cwd, spec string
		want      []string
	}{
		{"real", "R.tla", []string{real + "/R.tla", real + "/Q.tla", d + "/lib/L.tla (file:" + d + "/liblink/L.tla)"}},
		{"real", "./R.tla", []string{real + "/R.tla (file:" + real + "/./R.tla)", real + "/Q.tla", d + "/lib/L.tla (file:" + d + "/liblink/L.tla)"}},
		{"link", "../link/R.tla", []string{real + "/R.tla (file:" + real + "/../link/R.tla)", real + "/Q.tla", d + "/lib/L.tla (file:" + d + "/liblink/L.tla)"}},
	} {
		t.Run(c.spec, func(t *testing.T) {
			t.Chdir(filepath.Join(d, c.cwd))
			got := Load(c.spec, []string{filepath.Dir(c.spec), filepath.Join(d, "liblink")})
			if !slices.Equal(got.Files, c.want) || got.Stop != "" {
				t.Errorf("files %q (stop %q), want %q", got.Files, got.Stop, c.want)
			}
		})
	}
}

// A file of a standard module's name is read instead of the standard
// module, from the spec's folder or a library folder, and what it
// extends then follows from the file; a standard module no file shadows
// is built in. Those TLC's StandardModules class lists are not linted,
// even from a file; others are (TLCExt here). TLC rev cc6b616 on this
// spec (with a copy of its own Naturals.tla beside it, and
// -DTLA-Library=/T/lib) parsed S, /T/Naturals.tla, /T/lib/Bags.tla,
// /T/lib/TLCExt.tla and its Sequences; processed Naturals, Bags,
// Sequences, TLCExt, S; linted TLCExt and S.
func TestLoadShadowedStandardModules(t *testing.T) {
	d := realTemp(t)
	write(t, d, map[string]string{
		"S.tla":          "---- MODULE S ----\nEXTENDS Naturals, Bags, TLCExt\n====\n",
		"Naturals.tla":   "---- MODULE Naturals ----\n====\n",
		"lib/Bags.tla":   "---- MODULE Bags ----\n====\n",
		"lib/TLCExt.tla": "---- MODULE TLCExt ----\nEXTENDS Sequences\n====\n",
	})
	got := Load(filepath.Join(d, "S.tla"), []string{d, filepath.Join(d, "lib")})
	want := Loaded{
		Files:   []string{d + "/S.tla", d + "/Naturals.tla", d + "/lib/Bags.tla", d + "/lib/TLCExt.tla", "Sequences.tla (built into wspcycle)"},
		Modules: []string{"Naturals", "Bags", "Sequences", "TLCExt", "S"},
		Lint:    []string{"TLCExt", "S"},
	}
	if !slices.Equal(got.Files, want.Files) || !slices.Equal(got.Modules, want.Modules) || !slices.Equal(got.Lint, want.Lint) {
		t.Errorf("got %+v\nwant %+v", got, want)
	}
}

// SANY stops at a module it cannot find, after the files it parsed
// (TLC rev cc6b616 on M EXTENDS Naturals, A, L without L: M, Naturals, A,
// then "Cannot find source file for module L imported in module M").
func TestLoadStopsAtMissingModule(t *testing.T) {
	d := realTemp(t)
	write(t, d, map[string]string{
		"M.tla": "---- MODULE M ----\nEXTENDS Naturals, A, L\n====\n",
		"A.tla": "---- MODULE A ----\nEXTENDS Sequences\n====\n",
	})
	got := Load(filepath.Join(d, "M.tla"), []string{d})
	if want := []string{d + "/M.tla", "Naturals.tla (built into wspcycle)", d + "/A.tla"}; !slices.Equal(got.Files, want) || got.Stop != "L" || got.StopFile != "" || got.Modules != nil {
		t.Errorf("got %+v, want files %q and a stop at L", got, want)
	}
}
