package sany

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/wspcycle/wspcycle/tla/eval"
	"github.com/wspcycle/wspcycle/tla/parser"
	"github.com/wspcycle/wspcycle/tla/source"
	"github.com/wspcycle/wspcycle/tla/token"
)

// The specs of model/testdata/tlc/errors have one mistake each; NAME.text.out
// is what TLC rev cc6b616 printed for NAME.tla (run as "NAME.tla" from
// that directory, so SANY names the spec NAME). The reports built here
// from our parser's and resolver's errors must appear in TLC's output as
// they are, for the mistakes whose text is SANY's in full (the package
// doc lists them; `wspcycle tlc`'s own tests check the whole output of
// the others too).
var errorSpecs = filepath.Join("..", "..", "testdata", "tlc", "errors")

func load(t *testing.T, name string) (tla string, src []byte, tlc string) {
	t.Helper()
	tla, err := filepath.Abs(filepath.Join(errorSpecs, name+".tla"))
	if err != nil {
		t.Fatal(err)
	}
	if src, err = source.ReadFile(tla); err != nil {
		t.Fatal(err)
	}
	out, err := os.ReadFile(filepath.Join(errorSpecs, name+".text.out"))
	if err != nil {
		t.Fatal(err)
	}
	return tla, src, string(out)
}

// A module that does not parse: lexical errors (an illegal character, a
// string or comment not closed), no header, no ==== at the end, a file
// whose module has another name. SANY names the spec by its base name
// when the path is absolute.
func TestParseErrorIsSANYs(t *testing.T) {
	for _, name := range []string{"Lex", "Str", "Comment", "NoHeader", "NoEnd", "Named"} {
		t.Run(name, func(t *testing.T) {
			tla, src, tlc := load(t, name)
			_, perr := parser.ParseFile(tla, src)
			if perr == nil {
				t.Fatal("the spec parses")
			}
			got := ParseError(SpecName(tla), name, SpecFile(tla), src, perr)
			if !strings.Contains(tlc, got) {
				t.Errorf("report not in TLC's output:\n%s\nTLC's:\n%s", got, tlc)
			}
		})
	}
}

// A module the spec extends that cannot be found.
func TestMissingModuleIsSANYs(t *testing.T) {
	tla, _, tlc := load(t, "NoMod")
	var list token.ErrorList
	if _, err := eval.LoadFiles(tla, filepath.Join(errorSpecs, "Ok.cfg")); !errors.As(err, &list) {
		t.Fatalf("load: %v, want a list of errors", err)
	}
	got, missing, ok := MissingModule(SpecName(tla), list)
	if !ok || missing != "Nope" {
		t.Fatalf("MissingModule: %v, %q, want the module Nope", ok, missing)
	}
	if !strings.Contains(tlc, got) {
		t.Errorf("report not in TLC's output:\n%s\nTLC's:\n%s", got, tlc)
	}
	if _, _, ok := MissingModule("M", token.ErrorList{{Msg: "undefined name y"}}); ok {
		t.Error("MissingModule reads another error as a missing module")
	}
}

// Semantic errors, with SANY's ranges and words: the wrong number of
// arguments (the parenthesised arguments, or the bare name), a repeated
// definition (with SANY's warning) or a definition that repeats a
// variable (SANY's second error), unknown operators (two of them). The
// modules SANY processed are printed before the report, as Lines and
// SemanticReport give them.
func TestSemanticReportIsSANYs(t *testing.T) {
	for _, name := range []string{"Arity", "Arity0", "Dup", "VarOp", "TwoUndef", "Sem"} {
		t.Run(name, func(t *testing.T) {
			tla, src, tlc := load(t, name)
			mod, perr := parser.ParseFile(tla, src)
			if perr != nil {
				t.Fatal(perr)
			}
			_, err := eval.LoadFiles(tla, filepath.Join(errorSpecs, "Ok.cfg"))
			var list token.ErrorList
			if !errors.As(err, &list) {
				t.Fatalf("load: %v, want a list of errors", err)
			}
			_, modules, _ := Lines(tla, mod.Name.Name, Extends(mod))
			modules, report := SemanticReport(modules, mod.Name.Name, mod, list, err.Error())
			var b strings.Builder
			for _, m := range modules {
				b.WriteString("Semantic processing of module " + m + "\n")
			}
			b.WriteString(report)
			if got := b.String(); !strings.Contains(tlc, got) {
				t.Errorf("report not in TLC's output:\n%s\nTLC's:\n%s", got, tlc)
			}
		})
	}
}

// SANY names a spec given by a relative path as given, and by its base
// name when the path is absolute.
func TestSpecName(t *testing.T) {
	abs := filepath.Join(string(filepath.Separator), "x", "M.tla")
	for _, c := range []struct{ tla, file, name string }{
		{filepath.Join("dir", "M.tla"), filepath.Join("dir", "M.tla"), filepath.Join("dir", "M")},
		{abs, "M.tla", "M"},
	} {
		if f, n := SpecFile(c.tla), SpecName(c.tla); f != c.file || n != c.name {
			t.Errorf("%s: SpecFile %q, SpecName %q; want %q, %q", c.tla, f, n, c.file, c.name)
		}
	}
}
