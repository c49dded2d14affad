package main

import (
	"path/filepath"
	"testing"
)

// A UNION one of whose members TLC does not hold enumerated (1..2) stays
// lazy (its UnionValue.union compares nothing), and so does a \cup with
// such a union: x \in S in Init or Next, and x \in a filter of S, walk
// the members' elements in turn, so elements TLC cannot sort together
// ({<<1, 1>>} and 1..2) are no error there (UnsInit: 3 states, not a
// comparison error). What sorts S fails with TLC's comparison: =,
// Cardinality, CHOOSE, \E and \A (in an expression and in an action),
// PrintT, a state holding S; a UNION of enumerated sets only compares
// as it gathers (UnsEnumCmp), and so does a set of sets TLC cannot sort
// (UnsMixedOuter). TLC rev cc6b616's outputs are in
// model/testdata/tlc/unsorted.
func TestTLCUnsortedUnionGolden(t *testing.T) {
	dir := filepath.Join("..", "..", "model", "testdata", "tlc", "unsorted")
	for _, c := range []struct {
		name string
		code int
	}{
		{"UnsInit", 0}, {"UnsNextIn", 0}, {"UnsCupFilt", 0}, {"UnsCupIn", 0},
		{"UnsFiltIn", 0}, {"UnsIntFirst", 0}, {"UnsFinite", 0},
		// So do the enumerators of function, record and tuple sets
		// over such a union.
		{"UnsFcnIn", 0}, {"UnsRcdIn", 0}, {"UnsProdIn", 0},
		{"UnsNextEx", 75}, {"UnsExprEx", 75}, {"UnsForall", 75},
		{"UnsCard", 75}, {"UnsEq", 75}, {"UnsChoose", 75}, {"UnsChooseFilt", 75},
		{"UnsPrint", 75}, {"UnsNextVal", 75},
		// A function over such a union in an initial state is an
		// exception TLC does not catch.
		{"UnsFcnDom", 255},
		{"UnsEnumCmp", 75}, {"UnsMixedOuter", 75},
		// S \cup T of sets TLC cannot sort together is a lazy
		// SetCupValue unless both are enumerated sets or intervals
		// (Reducible): x \in it walks it, Cardinality sorts it; an
		// interval's cup asks the interval's own member (CupIntTup).
		{"CupFiltInt", 0}, {"CupSubTup", 0}, {"CupFcnSub", 0},
		{"CupFiltCard", 75}, {"CupIntTup", 75},
	} {
		tlcGoldenRun(t, dir, c.name, nil, c.code)
	}
}
