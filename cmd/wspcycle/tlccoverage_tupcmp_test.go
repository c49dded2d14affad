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

// TestTLCCoverageLiveConstraint compares `wspcycle tlc -coverage 1` with
// TLC's run on CovLiveCon: a property with a tableau ((x = 0) ~> (x = 2))
// whose product TLC extends from states already expanded, generating
// their successors again and asking CONSTRAINT Con and ACTION_CONSTRAINT
// ActCon about each (TLC's isInModel, isInActions; model's
// livereexpand.go). Those evaluations were missing: Con 18 of 20, ActCon
// 14 of 16 (Examples' MCAlternatingBit: SeqConstraint 1392 of 1428).
func TestTLCCoverageLiveConstraint(t *testing.T) {
	dir := filepath.Join("..", "..", "model", "testdata")
	requireInOutput(t, filepath.Join(dir, "tlc", "coverage", "CovLiveCon.text.out"), "End of statistics.")
	tlcGoldenRunIn(t, dir, filepath.Join(dir, "tlc", "coverage"), "CovLiveCon", []string{"-coverage", "1"}, 0)
}

// TestTLCCoverageEmptyBinder compares `wspcycle tlc -coverage 1` with
// TLC's run on CovQEnum: quantifiers of several binders one of whose sets
// is empty. TLC's ContextEnumerator fetches the first value of each set
// in order up to the first empty one (tla/eval's quantorder.go): the sets
// before it cost 1, the empty one 1 (its end), the later ones nothing.
// Nothing was charged on a name's set (D: Q, an element of {{1}}), and a
// set constructor kept its whole enumeration (E: {1, 2} 17 for 13, F: 12
// for 6). A body that stops the loop does so after the odometer stepped,
// which may roll the first set over and step the next (G: Q's end was
// missing). Examples' MCPaxos: ShowsSafeAt's \A d \in (c+1)..(b-1),
// a \in Q.
func TestTLCCoverageEmptyBinder(t *testing.T) {
	dir := filepath.Join("..", "..", "model", "testdata")
	requireInOutput(t, filepath.Join(dir, "tlc", "coverage", "CovQEnum.text.out"), "End of statistics.")
	tlcGoldenRunIn(t, dir, filepath.Join(dir, "tlc", "coverage"), "CovQEnum", []string{"-coverage", "1"}, 0)
}

// TestTLCCoverageSubstEnum compares `wspcycle tlc -coverage 1` with TLC's
// run on CovSubEx: the implied action of an INSTANCE whose constant Acc
// the cfg replaces (MCAcc's {1}), evaluated on each step. Its \E a \in
// Acc, b \in 0..1 stops after TLC's odometer rolled Acc over (3 fetches
// per step, counted 2) and \A c \in Acc \ {a} enumerates a set that keeps
// Acc's node (tla/eval's covnested.go: 1 per step, not counted): 6:18 on
// {1}, was 6:12. Examples' MCPaxos: Voting's Next and VoteFor.
func TestTLCCoverageSubstEnum(t *testing.T) {
	dir := filepath.Join("..", "..", "model", "testdata")
	requireInOutput(t, filepath.Join(dir, "tlc", "coverage", "CovSubEx.text.out"), "End of statistics.")
	tlcGoldenRunIn(t, dir, filepath.Join(dir, "tlc", "coverage"), "CovSubEx", []string{"-coverage", "1"}, 0)
}
