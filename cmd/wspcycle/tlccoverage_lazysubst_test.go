package main

import (
	"path/filepath"
	"testing"
)

// TestTLCCoverageLazySubst compares `wspcycle tlc -coverage 1` with TLC's
// runs (model/testdata/tlc/coverage, TLC rev cc6b616), plain and -tool, on
// specs whose INSTANCE substitutions TLC evaluates as LazyValues inside
// the instantiated module's definitions (tla/eval's covsubstov.go):
//
//   - CovSubSet: Acc <- MCAcc in the cfg, MCAcc == {1, 2}, and the
//     implicit substitution Acc <- Acc of INSTANCE CovSubSetInner. TLC
//     lists {1, 2} under the substitution's node (16:512, one evaluation
//     per state: the invariant caches the LazyValue), and each enumerator
//     of the instance's quantifiers over Acc costs there (a1, a2 \in Acc
//     two). The body was not listed (its counts dropped as a constant's).
//   - CovSubFcn: votes <- votes with votes == [a \in Acc |-> ...] of the
//     instantiating module. TLC's LazyValue holds a FcnLambdaValue, and
//     each application votes[a] evaluates the body at a: 256 for 16
//     states, each enumerating msgs (Init's {} costs 14). The function was
//     built whole once per state (32), its body counted at each element.
//   - CovSubTab: the same, votes \in [Acc -> SUBSET (0..3)] first, which
//     turns TLC's value into a table: |Acc| on the constructor (16:32),
//     Acc's {1, 2} enumerated (16:48), the later applications reading the
//     table. Neither cost was counted.
//   - CovSubTag: the implied action [][V!Next]_<<votes, bal>> of such an
//     instance. TLC's LazyValue there keeps the value of its last
//     evaluation with its states: a primed read evaluates each time
//     without the cache, the unprimed side of UNCHANGED votes and of
//     <<votes, bal>> misses after an unprimed read and caches its own,
//     which the later unprimed reads are given (covtagged.go). The
//     unprimed reads were counted once per evaluation.
func TestTLCCoverageLazySubst(t *testing.T) {
	dir := filepath.Join("..", "..", "model", "testdata")
	for _, name := range []string{"CovSubSet", "CovSubFcn", "CovSubTab", "CovSubTag"} {
		requireInOutput(t, filepath.Join(dir, "tlc", "coverage", name+".text.out"), "End of statistics.")
		tlcGoldenRunIn(t, dir, filepath.Join(dir, "tlc", "coverage"), name, []string{"-coverage", "1"}, 0)
	}
}
