package eval

import "testing"

// TestSymmetry checks what SYMMETRY definitions evaluate to: the group the
// permutations generate (identity left out) and TLC's warning about
// symmetry sets of fewer than two elements. TLC's behaviour, checked with
// TLC: with A = {a1, a2, a3} and B = {b1}, Permutations(A) \cup
// Permutations(B) warns "The set B has been defined to be a symmetry set
// but contains less than two elements." and reduces by S3 (5 permutations
// besides the identity); Permutations(B) alone has as many elements (1) as
// operands (1), so TLC warns and checks without symmetry; the union of the
// permutations of A and C generates S3 x S2 (11 besides the identity);
// Permutations(C) \cup Permutations(C) is a set of 2 elements, no more
// than its 2 operands, so TLC warns about both and checks without
// symmetry (3 distinct states, not 1).
func TestSymmetry(t *testing.T) {
	const tla = "---- MODULE M ----\nEXTENDS TLC\nCONSTANTS A, B, C\nVARIABLE x\nInit == x \\in A\nNext == x' \\in A\n" +
		"AB == Permutations(A) \\cup Permutations(B)\nBOnly == Permutations(B)\nAC == Permutations(A) \\cup Permutations(C)\n" +
		"CC == Permutations(C) \\cup Permutations(C)\n====\n"
	const consts = "INIT Init\nNEXT Next\nCONSTANTS A = {a1, a2, a3}  B = {b1}  C = {c1, c2}\n"
	for _, tc := range []struct {
		sym     string
		perms   int
		warning string
	}{
		{"AB", 5, "The set B has been defined to be a symmetry set but contains less than two elements."},
		{"BOnly", 0, "The set B has been defined to be a symmetry set but contains less than two elements."},
		{"AC", 11, ""},
		{"CC", 0, "The sets C, and C have been defined to be a symmetry set but contain less than two elements."},
	} {
		sp := mustLoad(t, tla, consts+"SYMMETRY "+tc.sym+"\n")
		if len(sp.Symmetry) != tc.perms || sp.SymmetryWarning != tc.warning {
			t.Errorf("%s: %d permutations %v, warning %q; want %d, %q", tc.sym, len(sp.Symmetry), sp.Symmetry,
				sp.SymmetryWarning, tc.perms, tc.warning)
		}
	}
	if sp := mustLoad(t, tla, consts); sp.Symmetry != nil {
		t.Errorf("no SYMMETRY: %v", sp.Symmetry)
	}
}
