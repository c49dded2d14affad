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

// The same for {E \in SUBSET S : P} with 2^21 subsets (SubsetFilterBig):
// the Examples' SpanTreeTest5Nodes filters SUBSET (SUBSET Nodes), 2^32
// subsets, which TLC walks for hours where wspcycle refused it at once.
func TestTLCSubsetFilterBigGolden(t *testing.T) {
	dir := filepath.Join("..", "..", "model", "testdata", "tlc", "bigfilter")
	tlcGoldenRun(t, dir, "SubsetFilterBig", nil, 0)
}

// The same for a record set of 1101^2 records (RcdFilterBig): the
// Examples' CoffeeCan3000Beans starts from such a filter of
// [black : 0..3000, white : 0..3000], which wspcycle refused.
func TestTLCRcdFilterBigGolden(t *testing.T) {
	dir := filepath.Join("..", "..", "model", "testdata", "tlc", "bigfilter")
	tlcGoldenRun(t, dir, "RcdFilterBig", nil, 0)
}
