package main

import (
	"path/filepath"
	"testing"
)

// TestTLCDecimal runs the specs of model/testdata/tlc/decimal, each with a
// decimal literal such as 1.5, and compares wspcycle's output with TLC's:
// SANY accepts the literal, and TLC refuses the spec as it starts, wherever
// the literal is ("TLC can't handle real numbers.", 2244, exit 151), where
// wspcycle refused it as a parse error (exit 150):
//   - DecUsed: used by the invariant, over Naturals;
//   - DecUnused: in an operator never used (01.50, named as written);
//   - DecReals: over Reals, in Next;
//   - DecRealsUnused: over Reals, in a THEOREM and in an unused LOCAL
//     definition after it: TLC names the definition's (definitions, then
//     ASSUMEs, then THEOREMs);
//   - DecExt: in the spec and in DecLib, which it extends: TLC names
//     DecLib's, and says nothing of the constant without a value nor of
//     the invariant the spec does not define;
//   - DecCfg: before a constant without a value.
func TestTLCDecimal(t *testing.T) {
	dir := filepath.Join("..", "..", "model", "testdata", "tlc", "decimal")
	for _, name := range []string{"DecUsed", "DecUnused", "DecReals", "DecRealsUnused", "DecExt", "DecCfg"} {
		t.Run(name, func(t *testing.T) { tlcGoldenRun(t, dir, name, nil, 151, inSpecDir()) })
	}
}
