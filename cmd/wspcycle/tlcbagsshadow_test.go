package main

import (
	"path/filepath"
	"testing"
)

// TestTLCBagsShadowed: a Bags.tla on the search path (as the tlapm
// library's; model/testdata/tlc/bagsshadow/lib holds a stand-in) is the
// module SANY reads for EXTENDS Bags, and TLC still computes the
// operators it defines with its Java by name (TLC rev cc6b616):
//
//   - ShadowCopiesIn: CopiesIn, which that file does not define, is
//     SANY's unknown operator (exit 150); wspcycle knew it and ran.
//   - ShadowExports: Len, Cardinality and + are visible through the
//     file's EXTENDS chain; wspcycle refused them.
//   - ShadowOps: the file's operators mean the built-in ones (its
//     BagCardinality is 0, TLC's Java counts).
//   - ShadowUser: HelperSeven, defined by BagsHelper, a module of the
//     library's own that the file extends, is visible with EXTENDS Bags
//     alone (as the tlapm library's Range, Bags.tla extending
//     FiniteSetTheorems extending Functions); SANY's check refused it in
//     the THEOREM. (The evaluator does not know such names yet: an Init
//     using it would be refused.) ShadowUserLoaded: the same when the
//     spec loads BagsHelper otherwise too (ShadowMid's LOCAL INSTANCE, as
//     the library's SequenceTheorems loads TLAPS, whose Zenon the
//     library's BagsTheorems_proofs uses through Bags).
func TestTLCBagsShadowed(t *testing.T) {
	dir, err := filepath.Abs(filepath.Join("..", "..", "model", "testdata", "tlc", "bagsshadow"))
	if err != nil {
		t.Fatal(err)
	}
	t.Setenv("TLA_PATH", filepath.Join(dir, "lib"))
	for _, c := range []struct {
		name string
		code int
	}{
		{"ShadowCopiesIn", 150},
		{"ShadowExports", 12},
		{"ShadowOps", 12},
		{"ShadowUser", 12},
		{"ShadowUserLoaded", 12},
	} {
		t.Run(c.name, func(t *testing.T) { tlcGoldenRun(t, dir, c.name, nil, c.code, inSpecDir()) })
	}
}
