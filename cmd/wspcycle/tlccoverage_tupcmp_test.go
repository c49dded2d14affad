package main

import (
	"path/filepath"
	"testing"
)

// TestTLCCoverageTupleCompare compares `wspcycle tlc -coverage 1` with
// TLC's run (model/testdata/tlc/coverage, TLC rev cc6b616), plain and
// -tool, on CovTupCmp: sets of tuples built by set maps and set
// enumerations, united with model values and asked about one (Examples'
// kvstore: args \in {<<k>> : k \in Keys} \cup ... \cup {NIL}). Each
// comparison of a tuple with a model value costs the tuple's length on its
// <<...>> (tla/eval's covtupcmp.go): the \cup with {NIL} compares every
// tuple of its left operand, duplicates included (Dup: {<<k % 2>> : k \in
// 1..4}), \in every tuple before the element it finds (Two: NIL after
// <<1>> and <<2>>; Front: NIL first, nothing), \notin alone too (Alone).
// The costs were missing, and with them the tuples' operands, which TLC
// lists once the tuple's node differs from theirs.
func TestTLCCoverageTupleCompare(t *testing.T) {
	dir := filepath.Join("..", "..", "model", "testdata")
	requireInOutput(t, filepath.Join(dir, "tlc", "coverage", "CovTupCmp.text.out"), "End of statistics.")
	tlcGoldenRunIn(t, dir, filepath.Join(dir, "tlc", "coverage"), "CovTupCmp", []string{"-coverage", "1"}, 11)
}
