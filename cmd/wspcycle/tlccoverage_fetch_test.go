package main

import (
	"path/filepath"
	"testing"
)

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
