package main

import (
	"os"
	"path/filepath"
	"testing"
)

// TestTLCIOUtilsSerialize runs the IOUtils specs of
// model/testdata/tlc/community (lib/IOUtils.tla, a stand-in defining the
// operators as the module does) and compares wspcycle's output, and the
// files written, with TLC's (rev cc6b616, whose jar has no Java for
// IOUtils but overrides Serialize with its Json module's textSerialize),
// plain and -tool. Each spec shows a trace through an ALIAS whose field
// applies the operator:
//
//   - AliasSerTxt: a "TXT" Serialize (as SVG's SVGSerialize, Examples'
//     Hanoi_anim) falls back to the definition, which TLC cannot
//     enumerate: each state shows its variables and _ALIASEvalError (the
//     ALIAS was dropped, with a warning on stderr only).
//   - AliasSerNd: an "NDJSON" Serialize writes the sequence one JSON text
//     a line (files AliasSerNd.ndN.json) and equals TRUE.
//   - SerNdAppend: openOptions CREATE, APPEND (the file is not compared:
//     TLC evaluates the ALIAS over the trace twice, and appends it twice,
//     wspcycle once).
//   - SerNoFormat, SerFormatInt, SerNdNotSeq, SerNdBadOpt, SerNdNoDir: the
//     override's errors (a missing field, a failed cast, an argument
//     that is not a sequence, an unknown open option, a missing folder).
//   - DeserDef, IODeserDef, IOSerDef: evaluated from their definitions
//     (an unbounded CHOOSE; TRUE, no file written).
func TestTLCIOUtilsSerialize(t *testing.T) {
	dir, err := filepath.Abs(filepath.Join("..", "..", "model", "testdata", "tlc", "community"))
	if err != nil {
		t.Fatal(err)
	}
	t.Setenv("TLA_PATH", filepath.Join(dir, "lib"))
	for _, c := range []struct {
		name  string
		files map[string]string // written file: its golden (nil: none written)
	}{
		{name: "AliasSerTxt"},
		{name: "AliasSerNd", files: map[string]string{"nd0.json": "AliasSerNd.nd0.json", "nd1.json": "AliasSerNd.nd1.json", "nd2.json": "AliasSerNd.nd2.json"}},
		{name: "SerNdAppend", files: map[string]string{}},
		{name: "SerNoFormat"},
		{name: "SerFormatInt"},
		{name: "SerNdNotSeq"},
		{name: "SerNdBadOpt"},
		{name: "SerNdNoDir"},
		{name: "DeserDef"},
		{name: "IODeserDef"},
		{name: "IOSerDef"},
	} {
		t.Run(c.name, func(t *testing.T) {
			// Run in a copy: the specs write files beside themselves.
			tmp := t.TempDir()
			for _, ext := range []string{".tla", ".cfg"} {
				data, err := os.ReadFile(filepath.Join(dir, c.name+ext))
				if err != nil {
					t.Fatal(err)
				}
				if err := os.WriteFile(filepath.Join(tmp, c.name+ext), data, 0o644); err != nil {
					t.Fatal(err)
				}
			}
			tlcGoldenRunIn(t, tmp, dir, c.name, nil, 12, inSpecDir())
			for file, golden := range c.files {
				want, err := os.ReadFile(filepath.Join(dir, golden))
				if err != nil {
					t.Fatal(err)
				}
				got, err := os.ReadFile(filepath.Join(tmp, file))
				if err != nil {
					t.Fatalf("%s not written: %v", file, err)
				}
				if string(got) != string(want) {
					t.Errorf("%s:\n%s\nwant TLC's:\n%s", file, got, want)
				}
			}
			if c.files == nil {
				entries, _ := os.ReadDir(tmp)
				if len(entries) != 2 {
					t.Errorf("files written: %v", entries)
				}
			}
		})
	}
}
