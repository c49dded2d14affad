package main

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// TestSaveNamesUnique: -save names the files of each spec and
// configuration of one run apart. They were named after the spec's base
// name, so the MC.tla of several models overwrote one another.
func TestSaveNamesUnique(t *testing.T) {
	var s saveNames
	args := []string{
		"Examples/a/MC.tla",
		"Examples/b/MC.tla",
		"Examples/b/MC.tla:Examples/b/Other.cfg",
		"../x/MC.tla",
		"x/MC.tla", // the same cleaned path as ../x/MC.tla
		"/abs/y/MC.tla",
	}
	want := []string{"Examples_a_MC", "Examples_b_MC", "Examples_b_MC-Other", "x_MC", "x_MC.2", "abs_y_MC"}
	var got []string
	for _, a := range args {
		got = append(got, s.name(a))
	}
	if !slices.Equal(got, want) {
		t.Fatalf("names %q, want %q", got, want)
	}
	if n := s.name(args[1]); n != want[1] {
		t.Errorf("the same arg named %q, then %q", want[1], n)
	}
	dir := t.TempDir()
	for i, a := range args {
		if err := s.save(dir, a, "text", "tlc"+a, "wsp"+a); err != nil {
			t.Fatal(err)
		}
		for ext, body := range map[string]string{".tlc": "tlc" + a, ".wsp": "wsp" + a} {
			data, err := os.ReadFile(filepath.Join(dir, want[i]+".text"+ext))
			if err != nil || string(data) != body {
				t.Errorf("%s%s: %q (%v), want %q", want[i], ext, data, err, body)
			}
		}
	}
}

// TestRunArgsMetadir: TLC gets -metadir (its states go where this run
// removes them), wspcycle does not: its in-memory search writes nothing
// there, and it warned on every run that the flag changes nothing.
func TestRunArgsMetadir(t *testing.T) {
	for _, tool := range []bool{false, true} {
		ours, theirs := runArgs("M.cfg", "/tmp/meta", "M.tla", true, tool, []string{"-deadlock"})
		want := []string{"-workers", "1", "-noGenerateSpecTE", "-config", "M.cfg", "-coverage", "1", "-deadlock"}
		if tool {
			want = append(want, "-tool")
		}
		if w := append(slices.Clone(want), "M.tla"); !slices.Equal(ours, w) {
			t.Errorf("wspcycle's args %q, want %q", ours, w)
		}
		if w := append(append([]string{"-metadir", "/tmp/meta"}, want...), "M.tla"); !slices.Equal(theirs, w) {
			t.Errorf("TLC's args %q, want %q", theirs, w)
		}
	}
}

// TestCompareBothFailed: two runs that fail alike before checking
// anything (here SANY's missing-module failure, exit 150) are reported as
// such, not as "same": a missing -lib made every spec of a measurement
// "same". A failure that differs stays a difference, and the same
// evaluation error (exit 75: TLC's answer about the model) stays "same".
func TestCompareBothFailed(t *testing.T) {
	parse := "Parsing file M.tla\nCannot find source file for module TLAPS imported in module M.\nError: Parsing or semantic analysis failed.\n"
	for _, c := range []struct {
		name         string
		a, b         string
		tcode, ocode int
		want         verdict
		prefix       string
	}{
		{"parse failure in both", parse, parse, 150, 150, bothFailed, "both failed: exit 150"},
		{"cfg failure in both", "x", "x", 151, 151, bothFailed, "both failed: exit 151"},
		{"same model", "ok", "ok", 0, 0, same, "same, exit 0"},
		{"same evaluation error", "err", "err", 75, 75, same, "same, exit 75"},
		{"only ours failed", "ok", parse, 0, 150, differ, "DIFFERS"},
		{"both failed, other messages", parse, "other", 150, 150, differ, "DIFFERS"},
	} {
		line, v := compare(c.a, c.b, c.a, c.b, c.tcode, c.ocode)
		if v != c.want || !strings.HasPrefix(line, c.prefix) {
			t.Errorf("%s: %q (%d), want %q... (%d)", c.name, line, v, c.prefix, c.want)
		}
	}
}
