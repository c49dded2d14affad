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
//     sequence"; wspcycle used those of the second);
//   - IntervalEq: two intervals compare by their bounds (wspcycle built
//     1..2147483647 twice and ran out of memory);
//   - AsmCardOver: a Java method's failure in an ASSUME frames its own
//     error (2178) inside 2154 with -tool;
//   - BagCardNonBag, CopiesNonInt, BagCupNonBag: Bags' Java methods
//     refuse a count that is not a positive integer (BagCardinality,
//     (+)) or not an integer (CopiesIn) where wspcycle summed or
//     refused it in words of its own;
//   - BagInMixed, CombineMixed: BagIn and @@ search a domain with Java's
//     equals, which fails on keys TLC cannot compare (3 and "a"): an
//     error where wspcycle answered FALSE or combined the functions;
//   - PermMixed: Permutations of a set TLC cannot sort fails inside its
//     Java method (wspcycle printed the comparison error alone);
//   - SortSeqArg: a comparison in SortSeq's LAMBDA whose second operand
//     is not an integer is named "second" (both parameters have the
//     application's position, and wspcycle named the first);
//   - BagDiffMixed, SqSubMixed, BagOfAllMixed, SetToBagMixed: (-),
//     \sqsubseteq and BagOfAll compare elements with Java's equals, and
//     SetToBag sorts its set, inside their Java methods: errors where
//     wspcycle answered (or printed the comparison error alone).
func TestTLCHunt4(t *testing.T) {
	dir := filepath.Join("..", "..", "model", "testdata", "tlc", "hunt4")
	for name, code := range map[string]int{
		"AsmHead":       10,
		"AsmMod":        10,
		"AsmLt":         10,
		"AsmAssert":     10,
		"ConcatLeft":    255,
		"IntervalEq":    0,
		"AsmCardOver":   10,
		"BagCardNonBag": 10,
		"BagInMixed":    10,
		"CopiesNonInt":  10,
		"BagCupNonBag":  10,
		"CombineMixed":  75,
		"PermMixed":     10,
		"SortSeqArg":    10,
		"BagDiffMixed":  10,
		"SqSubMixed":    10,
		"SetToBagMixed": 10,
		"BagOfAllMixed": 10,
	} {
		t.Run(name, func(t *testing.T) { tlcGoldenRun(t, dir, name, nil, code, inSpecDir()) })
	}
}
