package main

import (
	"path/filepath"
	"testing"
)

// {x \in [D -> R] : P} over more functions than wspcycle builds a set of
// (121^3 > 2^20): TLC's SetPredValue walks the function set one function
// at a time and answers; wspcycle refused it ("Attempted to enumerate
// [1..3 -> 1..121], which has more than 1048576 elements"), which made
// the Examples' CarTalkPuzzle model fail its ASSUME. TLC's output on
// FcnFilterBig is in model/testdata/tlc/bigfilter.
func TestTLCFcnFilterBigGolden(t *testing.T) {
	dir := filepath.Join("..", "..", "model", "testdata", "tlc", "bigfilter")
	tlcGoldenRun(t, dir, "FcnFilterBig", nil, 0)
}
