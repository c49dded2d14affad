package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// -simulate stats=basic writes TLC's action flow graph, SPEC_actions.dot in
// the working directory, byte for byte as TLC (rev cc6b616) wrote it on
// the same runs (model/testdata/tlc/actiongraph/README.md).
func TestTLCSimulateActionGraph(t *testing.T) {
	td, err := filepath.Abs(filepath.Join("..", "..", "model", "testdata", "tlc", "actiongraph"))
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		spec, cfg, mode, num, seed, depth string
		code                              int
	}{
		{"Flow", "Flow", "-simulate", "5", "1", "10", 0},
		{"Par", "Par", "-simulate", "20", "7", "15", 0},
		{"Same", "Same", "-simulate", "10", "3", "8", 0},
		{"Anon", "Anon", "-simulate", "3", "1", "4", 0},
		{"Anon", "AnonInline", "-simulate", "3", "1", "4", 0},
		{"Opq", "Opq", "-simulate", "300", "11", "30", 0},
		{"Opq", "OpqGen", "-generate", "300", "11", "30", 0},
		{"Opq", "OpqLong", "-simulate", "3000", "2", "100", 0},
		{"Outer", "Outer", "-simulate", "50", "4", "12", 13},
		{"Inst", "Inst", "-simulate", "40", "5", "20", 0},
	} {
		t.Run(c.cfg, func(t *testing.T) {
			dir := t.TempDir()
			var out, errb bytes.Buffer
			args := []string{"tlc", "-workers", "1", "-noGenerateSpecTE", c.mode, "num=" + c.num + ",stats=basic", "-seed", c.seed, "-depth", c.depth,
				"-config", filepath.Join(td, c.cfg+".cfg"), filepath.Join(td, c.spec+".tla")}
			if code := runIn(t, dir, args, &out, &errb); code != c.code {
				t.Fatalf("exit %d, want %d: %s", code, c.code, errb.String())
			}
			got, err := os.ReadFile(filepath.Join(dir, c.spec+"_actions.dot"))
			if err != nil {
				t.Fatal(err)
			}
			want, err := os.ReadFile(filepath.Join(td, c.cfg+".actions.dot"))
			if err != nil {
				t.Fatal(err)
			}
			if string(got) != string(want) {
				t.Errorf("the action graph differs from TLC's:\n%s\nTLC's:\n%s", got, want)
			}
		})
	}
}

// -simulate stats=full writes TLC's full action flow graph, one node per
// action in clusters by context, byte for byte as TLC (rev cc6b616) wrote
// it on the same runs (CFG.full.actions.dot in
// model/testdata/tlc/actiongraph, README.md there): contexts binding \E
// variables and operator parameters interleaved (Ctx, LetQ), values of
// every kind (Big: records, sets, tuples, strings, a tuple binder), more
// clusters and more actions in a cluster than Java's first hash table
// holds (Big), an operator argument (OpArg), parameters the action never
// reads (Lz), and the probes of stats=basic.
func TestTLCSimulateActionGraphFull(t *testing.T) {
	td, err := filepath.Abs(filepath.Join("..", "..", "model", "testdata", "tlc", "actiongraph"))
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		spec, cfg, mode, num, seed, depth string
		code                              int
	}{
		{"Flow", "Flow", "-simulate", "5", "1", "10", 0},
		{"Par", "Par", "-simulate", "20", "7", "15", 0},
		{"Same", "Same", "-simulate", "10", "3", "8", 0},
		{"Anon", "Anon", "-simulate", "3", "1", "4", 0},
		{"Anon", "AnonInline", "-simulate", "3", "1", "4", 0},
		{"Opq", "Opq", "-simulate", "300", "11", "30", 0},
		{"Opq", "OpqGen", "-generate", "300", "11", "30", 0},
		{"Outer", "Outer", "-simulate", "50", "4", "12", 13},
		{"Inst", "Inst", "-simulate", "40", "5", "20", 0},
		{"Ctx", "Ctx", "-simulate", "10", "1", "8", 0},
		{"Big", "Big", "-simulate", "50", "2", "20", 0},
		{"OpArg", "OpArg", "-simulate", "5", "2", "5", 0},
		{"LetQ", "LetQ", "-simulate", "20", "2", "8", 0},
		{"Lz", "Lz", "-simulate", "5", "1", "5", 0},
	} {
		t.Run(c.cfg, func(t *testing.T) {
			dir := t.TempDir()
			var out, errb bytes.Buffer
			args := []string{"tlc", "-workers", "1", "-noGenerateSpecTE", c.mode, "num=" + c.num + ",stats=full", "-seed", c.seed, "-depth", c.depth,
				"-config", filepath.Join(td, c.cfg+".cfg"), filepath.Join(td, c.spec+".tla")}
			if code := runIn(t, dir, args, &out, &errb); code != c.code {
				t.Fatalf("exit %d, want %d: %s", code, c.code, errb.String())
			}
			got, err := os.ReadFile(filepath.Join(dir, c.spec+"_actions.dot"))
			if err != nil {
				t.Fatal(err)
			}
			want, err := os.ReadFile(filepath.Join(td, c.cfg+".full.actions.dot"))
			if err != nil {
				t.Fatal(err)
			}
			if string(got) != string(want) {
				t.Errorf("the full action graph differs from TLC's:\n%s\nTLC's:\n%s", got, want)
			}
		})
	}
}

// An action whose context binds an argument with an effect (C(x) applied
// to RandomElement(S), which TLC binds lazily and prints as the value it
// happened to draw) cannot be printed as TLC prints it: stats=full is
// refused with the reason, before anything runs; stats=basic is written.
func TestTLCSimulateActionGraphFullRefused(t *testing.T) {
	dir := t.TempDir()
	spec := filepath.Join(dir, "Eff.tla")
	if err := os.WriteFile(spec, []byte("---- MODULE Eff ----\nEXTENDS Naturals, TLC\nVARIABLE x\nInit == x = 0\n"+
		"C(w) == x' = w\nNext == C(RandomElement({4, 5}))\n===="), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "Eff.cfg"), []byte("INIT Init\nNEXT Next\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	var out, errb bytes.Buffer
	code := runIn(t, dir, []string{"tlc", "-simulate", "num=2,stats=full", "-seed", "1", "-config", "Eff.cfg", "Eff.tla"}, &out, &errb)
	if code != 2 || !strings.Contains(errb.String(), "-simulate stats=full is not supported here: the context of action C") {
		t.Errorf("exit %d, stderr %q: want stats=full refused", code, errb.String())
	}
	if _, err := os.Stat(filepath.Join(dir, "Eff_actions.dot")); err == nil {
		t.Error("a refused run wrote the graph")
	}
	out.Reset()
	errb.Reset()
	if code := runIn(t, dir, []string{"tlc", "-simulate", "num=2,stats=basic", "-seed", "1", "-config", "Eff.cfg", "Eff.tla"}, &out, &errb); code != 0 {
		t.Errorf("stats=basic: exit %d: %s", code, errb.String())
	}
}

// Without stats=basic no graph is written, nor with a value TLC ignores
// (stats=BASIC: TLC compares the whole option, case included).
func TestTLCSimulateActionGraphOff(t *testing.T) {
	td, err := filepath.Abs(filepath.Join("..", "..", "model", "testdata", "tlc", "actiongraph"))
	if err != nil {
		t.Fatal(err)
	}
	for _, opt := range []string{"num=3", "num=3,stats=BASIC", "num=3,stats=none"} {
		dir := t.TempDir()
		var out, errb bytes.Buffer
		if code := runIn(t, dir, []string{"tlc", "-simulate", opt, "-seed", "1", "-config", filepath.Join(td, "Flow.cfg"), filepath.Join(td, "Flow.tla")}, &out, &errb); code != 0 {
			t.Fatalf("%s: exit %d: %s", opt, code, errb.String())
		}
		if entries, _ := os.ReadDir(dir); len(entries) > 0 {
			var names []string
			for _, e := range entries {
				names = append(names, e.Name())
			}
			t.Errorf("%s wrote %s", opt, strings.Join(names, ", "))
		}
	}
}
