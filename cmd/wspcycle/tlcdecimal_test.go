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
//
// SANY's lexer reads a decimal as three tokens, number "." number, which
// its grammar joins with any blanks between them: 1 . 50 (DecSpaced) and
// 1 . on one line with 5 on the next (DecLines) are decimals too (they
// were parse errors), named 1.50 and 1.5. A letter after the digits makes
// them an identifier: 1.5e3 is the field 5e3 of 1 (DecField, TLC's error
// where it is evaluated; DecFieldUnused, none), where wspcycle read the
// decimal 1.5 and a stray e3. A parse error after a decimal is placed
// after its last token (DecParseAfter's 1.5 ), DecUnderscore's 1.5_).
func TestTLCDecimal(t *testing.T) {
	dir := filepath.Join("..", "..", "model", "testdata", "tlc", "decimal")
	for _, tc := range []struct {
		name string
		code int
	}{
		{"DecUsed", 151}, {"DecUnused", 151}, {"DecReals", 151}, {"DecRealsUnused", 151}, {"DecExt", 151}, {"DecCfg", 151},
		{"DecSpaced", 151}, {"DecLines", 151}, {"DecField", 75}, {"DecFieldUnused", 0}, {"DecParseAfter", 150},
		{"DecUnderscore", 150},
	} {
		t.Run(tc.name, func(t *testing.T) { tlcGoldenRun(t, dir, tc.name, nil, tc.code, inSpecDir()) })
	}
}
