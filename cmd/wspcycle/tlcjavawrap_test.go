package main

import (
	"path/filepath"
	"testing"
)

// TestTLCJavaWrap runs the specs of model/testdata/tlc/javawrap, errors
// raised inside the Java methods that override standard operators, and
// compares wspcycle's output with TLC's (rev cc6b616), plain and -tool:
//   - Cardinality of an interval, SUBSET S or [S -> T] counts it in 32
//     bits without enumerating it: past 2147483647 the method's failure
//     (CardIntervalNeg; CardSubsetBig, whose SubsetValue error keeps its
//     own code 2178 in -tool; CardFcnSetBig), up to it
//     the size, even for a function set too large to enumerate
//     (CardIntervalBig, CardIntervalMax, CardSubsetFits, CardFcnSetFits);
//   - BagUnion of a set whose elements TLC cannot compare: the Bags
//     method's failure, the stack at its application (BagUnionMix); of
//     bags, their union (BagUnionFine).
func TestTLCJavaWrap(t *testing.T) {
	dir := filepath.Join("..", "..", "model", "testdata", "tlc", "javawrap")
	for name, code := range map[string]int{
		"CardIntervalBig": 0, "CardIntervalMax": 0, "CardIntervalNeg": 75,
		"CardSubsetBig": 75, "CardSubsetFits": 0,
		"CardFcnSetBig": 75, "CardFcnSetFits": 0,
		"BagUnionMix": 75, "BagUnionFine": 0,
	} {
		t.Run(name, func(t *testing.T) { tlcGoldenRun(t, dir, name, nil, code, inSpecDir()) })
	}
}
