package main

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"slices"
	"testing"

	"github.com/wspcycle/wspcycle/model/tlcout"
)

// SANY's lines for a spec of several modules are TLC's: the files in the
// order SANY parses them, the modules in the order it processes them,
// every module but the standard ones linted. model/testdata/tlc/modules
// holds the specs and TLC's output (rev cc6b616, run in that folder with
// -DTLA-Library=<that folder>/lib, TLC's library path, for which `wspcycle
// tlc` reads TLA_PATH; paths replaced by <dir>, <tmp>, <jar>, <metadir>):
//
//   - Layers extends Naturals, LA (this folder; it extends Sequences and
//     LB) and LLib (lib; it extends TLC), and instantiates LC (extending
//     FiniteSets and LD): SANY parses a module's EXTENDS all before what
//     they extend (Layers, Naturals, LA, LLib, then Sequences, LB, then
//     TLC), INSTANCEs only once no EXTENDS is left (LC, then FiniteSets
//     and LD), and processes each module after those it extends, then
//     those it instantiates (FiniteSets after TLC: TLC instantiates it);
//     LLib is parsed at its own path, in lib;
//   - Nest: an inner module's EXTENDS (Sequences, NQ) come before the
//     INSTANCE in a LET (TLCExt, which instantiates TLC and Integers),
//     Bags brings TLC (Bags extends TLC), and TLCExt is linted (TLC lints
//     every module but those its StandardModules class lists);
//   - Diamond: DZ, which the spec instantiates and DY (instantiated by
//     DX) extends, is parsed once, when first found, and processed before
//     both;
//   - Mono: a module that follows the spec's in its file is parsed last
//     (TLC names a copy of it in its metadir, we the module and the spec's
//     file: the normalised lines agree);
//   - BadOrder: of two modules that do not parse, SANY stops at the one
//     BOk extends (BBad2), never reaching the INSTANCE of BBad1;
//   - Missing: of two modules that cannot be found, SANY reports the one
//     ZMod extends (MissY), not the INSTANCE of MissX (which our loader's
//     errors, sorted by file, list first);
//   - AssumeFalse: a false ASSUME in a module of lib: SANY's lines, then
//     "Starting...", then message 2104 naming the assumption's whole
//     range (over two lines here), exit 10.
//
// The paths are normalised (tlcout.Normalize keeps whether a file is a
// standard module's), and the files' names compared as they are.
func TestTLCModulesGolden(t *testing.T) {
	dir, err := filepath.Abs(filepath.Join("..", "..", "model", "testdata", "tlc", "modules"))
	if err != nil {
		t.Fatal(err)
	}
	t.Setenv("TLA_PATH", filepath.Join(dir, "lib"))
	for _, c := range []struct {
		name string
		code int
	}{{"Layers", 0}, {"Nest", 0}, {"Diamond", 0}, {"Mono", 0}, {"BadOrder", 150}, {"Missing", 150}, {"AssumeFalse", 10}} {
		for _, mode := range []string{"text", "tool"} {
			args := []string{"tlc", "-workers", "1", "-config", filepath.Join(dir, c.name+".cfg"), filepath.Join(dir, c.name+".tla")}
			if mode == "tool" {
				args = append(args, "-tool")
			}
			var out, errb bytes.Buffer
			if code := run(context.Background(), args, &out, &errb); code != c.code {
				t.Errorf("%s/%s: exit %d, want TLC's %d; stderr: %s", c.name, mode, code, c.code, errb.String())
			}
			data, err := os.ReadFile(filepath.Join(dir, c.name+"."+mode+".out"))
			if err != nil {
				t.Fatal(err)
			}
			tool := mode == "tool"
			if want, got := tlcout.Normalize(string(data), tool), tlcout.Normalize(out.String(), tool); got != want {
				t.Errorf("%s/%s: output differs from TLC's:\n%s\nfull output:\n%s", c.name, mode, firstDiff(want, got), out.String())
			}
			if want, got := tlcout.ParsedFiles(string(data)), tlcout.ParsedFiles(out.String()); !slices.Equal(got, want) {
				t.Errorf("%s/%s: files parsed %q, TLC's %q", c.name, mode, got, want)
			}
		}
	}
}
