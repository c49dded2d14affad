package main

import (
	"path/filepath"
	"testing"
)

// TestTLCHunt4 runs the small specs of model/testdata/tlc/hunt4, each a
// difference from TLC found by running probe specs through both, and
// compares wspcycle's output with TLC's kept beside each:
//   - AsmHead, AsmMod, AsmLt, AsmAssert: an ASSUME failing in a standard
//     module's Java code (Head of <<>>, 7 % -2, "a" < "b", a false
//     Assert): TLC prints the message without a position, framed in its
//     own code with -tool (wspcycle printed the position and no frame);
//   - ConcatLeft: s \o t of a first operand that is not a sequence, in
//     TLC's words for the first operand ("s \o t when s is not a
//     sequence"; wspcycle used those of the second).
func TestTLCHunt4(t *testing.T) {
	dir := filepath.Join("..", "..", "model", "testdata", "tlc", "hunt4")
	for name, code := range map[string]int{
		"AsmHead":    10,
		"AsmMod":     10,
		"AsmLt":      10,
		"AsmAssert":  10,
		"ConcatLeft": 255,
	} {
		t.Run(name, func(t *testing.T) { tlcGoldenRun(t, dir, name, nil, code, inSpecDir()) })
	}
}
