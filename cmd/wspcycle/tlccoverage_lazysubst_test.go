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
func TestTLCCoverageLazySubst(t *testing.T) {
	dir := filepath.Join("..", "..", "model", "testdata")
	for _, name := range []string{"CovSubSet"} {
		requireInOutput(t, filepath.Join(dir, "tlc", "coverage", name+".text.out"), "End of statistics.")
		tlcGoldenRunIn(t, dir, filepath.Join(dir, "tlc", "coverage"), name, []string{"-coverage", "1"}, 0)
	}
}
