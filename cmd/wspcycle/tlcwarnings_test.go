package main

import (
	"path/filepath"
	"testing"
)

// TestTLCWarningsGolden compares TLC's start-up warnings with ours, kept
// in model/testdata/tlc/warnings (TLC rev cc6b616):
//   - Sym: a SYMMETRY whose sets all have one element (2300, printed
//     after 2149 and 2255) and symmetry with a liveness property (2279);
//   - SymSim: the same under -simulate, where TLC prints 2300 only;
//   - SymNames, SymNamesAB: the names of the sets in 2300: a definition
//     the cfg substitutes for a constant (A <- MA) is named by the
//     constant, a nested argument by its source text without spaces.
func TestTLCWarningsGolden(t *testing.T) {
	dir := filepath.Join("..", "..", "model", "testdata", "tlc", "warnings")
	for _, tc := range []struct {
		name, spec string
		flags      []string
	}{
		{"Sym", "Sym", nil},
		{"SymSim", "Sym", []string{"-simulate", "num=2", "-depth", "3", "-seed", "1"}},
		{"SymNames", "SymNames", nil},
		{"SymNamesAB", "SymNames", nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			tlcGoldenRun(t, dir, tc.name, tc.flags, 0, inSpecDir(), withSpec(tc.spec))
		})
	}
}
