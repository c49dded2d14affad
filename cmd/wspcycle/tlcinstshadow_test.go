package main

import (
	"path/filepath"
	"testing"
)

// TestTLCInstShadowGolden: J!op of an instance of a standard module
// (I == INSTANCE Naturals, I!+(1, 2)) is the module's operator even where
// the spec defines the symbol itself: at module level (Own, Seq, Neg,
// Bag, Nat), in a module it extends (Ext, Def), in a LET (Let), as an
// operator parameter _ + _ (Param), and passed as an operator argument
// Ap(I!+, 1, 2) (Arg). Ours applied the spec's + (a wrong "no error").
// InstLetNat: J!Nat and J!Int of a LET's J == INSTANCE Naturals are the
// dummy { } of TLC's Naturals.tla and Integers.tla (ours gave Nat, Int).
// Specs and TLC's output in model/testdata/tlc/alias (README).
func TestTLCInstShadowGolden(t *testing.T) {
	dir := filepath.Join("..", "..", "model", "testdata", "tlc", "alias")
	for _, name := range []string{
		"InstShadowOwn", "InstShadowSeq", "InstShadowNeg", "InstShadowArg", "InstShadowExt",
		"InstShadowLet", "InstShadowParam", "InstShadowNat", "InstShadowBag", "InstLetNat",
	} {
		tlcGoldenRun(t, dir, name, nil, 12, inSpecDir())
	}
}
