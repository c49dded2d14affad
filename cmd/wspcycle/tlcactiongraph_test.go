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
