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
// The filter is lazy (value.FilterV's Walk): it walks SUBSET S only when
// enumerated, and a filter TLC only asks members of is never walked
// (tla/eval/testdata/lang's LazyFilterMember).
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

// A filter of a function set, a record set or SUBSET S is TLC's lazy
// SetPredValue whatever its size (TLC rev cc6b616, in
// model/testdata/tlc/bigfilter):
//   - FilterMemberHuge, FilterMemberRcd, FilterInitMember: x \in F of a
//     filter of 3000^3 functions or 10^10 records is decided at x, never
//     walking the base (wspcycle walked it when the filter was built);
//   - FilterBigEq: equality, \cap, \subseteq and UNION of big filters
//     walk them (SUBSET (1..21) was refused);
//   - FilterCardPredErr, FilterFcnCardErr, FilterSubsetCardErr,
//     FilterSubsetBigErr, FilterPrintPredErr: a predicate failing while
//     Cardinality or PrintT enumerates the filter fails inside the Java
//     method, which wraps its error (wspcycle, building the filter at
//     once, failed before the method);
//   - FilterPredStack: that error's stack ends at the predicate, which
//     TLC was evaluating, not at the application;
//   - FMemEager: a filter of an interval is built at once, so a \notin F
//     fails where P fails on another element (wspcycle, deciding at a
//     alone, answered TRUE: a wrong "no error").
//
// The walk keeps its elements in TLC's bounded vector: setbound's
// FiltWalk and FiltWalkOk.
func TestTLCLazyFilterGoldens(t *testing.T) {
	dir := filepath.Join("..", "..", "model", "testdata", "tlc", "bigfilter")
	for _, c := range []struct {
		name string
		code int
	}{
		{"FilterMemberHuge", 0},
		{"FilterMemberRcd", 0},
		{"FilterInitMember", 0},
		{"FilterBigEq", 0},
		{"FilterCardPredErr", 10},
		{"FilterFcnCardErr", 10},
		{"FilterSubsetCardErr", 10},
		{"FilterSubsetBigErr", 10},
		{"FilterPrintPredErr", 10},
		{"FilterPredStack", 75},
		{"FMemEager", 75},
	} {
		t.Run(c.name, func(t *testing.T) { tlcGoldenRun(t, dir, c.name, nil, c.code) })
	}
}
