package main

import (
	"path/filepath"
	"testing"
)

// TestTLCCoverageLazyUnion compares `wspcycle tlc -coverage 1` with TLC's
// runs kept in model/testdata/tlc/coverage (TLC rev cc6b616), plain and
// -tool, on UNION S with S's elements sets of functions, which TLC keeps
// lazy (eval's covunionlazy.go; MCMajority's BoundedSeq):
//
//   - CovUnionFcn: UNION {[1..n -> T] : n \in 0..2} enumerated by the
//     initial predicate and asked for a member by the invariant: the sort
//     of S converts each [1..n -> T], the union's enumerator counts on S's
//     node (twice at each move to the next set), the first set built is
//     enumerated unconverted.
//   - CovUnionMix: S built out of order (the sort's binary insertion
//     compares the first one built three times), with duplicates, with
//     enumerated sets among the sets of functions and a range a
//     constructor builds; enumerated by an action, asked by \in and
//     \notin.
func TestTLCCoverageLazyUnion(t *testing.T) {
	dir := filepath.Join("..", "..", "model", "testdata")
	for _, name := range []string{"CovUnionFcn", "CovUnionMix"} {
		requireInOutput(t, filepath.Join(dir, "tlc", "coverage", name+".text.out"), "End of statistics.")
		tlcGoldenRunIn(t, dir, filepath.Join(dir, "tlc", "coverage"), name, []string{"-coverage", "1"}, 0)
	}
}
