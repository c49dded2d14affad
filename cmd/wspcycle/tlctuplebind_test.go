package main

import (
	"path/filepath"
	"testing"
)

// TestTLCTupleBind runs the specs of model/testdata/tlc/tuplebind and
// compares wspcycle's output with TLC's (rev cc6b616), plain and -tool.
// A tuple binder <<a, b>> \in S bound to an element that is not a tuple
// of its length fails as each construct of TLC fails:
//   - \E, \A and {e : <<a, b>> \in S} (ContextEnumerator): message 2170,
//     "Argument mismatch in operator application.%1" without a position,
//     for a shorter tuple (Tup1, Tup4), a longer one (Tup13 is CHOOSE's)
//     or a non-tuple (Tup7); in Next a RuntimeException (Tup5, Tup18),
//     the \E on the stack; in an invariant 2102 (Tup16);
//   - CHOOSE: its own message with the CHOOSE's range (Tup8, Tup13);
//   - {<<a, b>> \in S : P} and [<<a, b>> \in S |-> e]: a longer tuple
//     binds its first elements, no error (Tup9, Tup11: exit 0); a
//     shorter one is Java's ArrayIndexOutOfBoundsException, a non-tuple
//     its ClassCastException, without a position: the filter with an
//     empty stack (Tup2, Tup10, Tup15), the function constructor with
//     TLC's 2147 (Tup3, Tup12, Tup17).
//
// A bound \E y \in Nat (ExNat1, ExNat2) or [a : 3] (Enum4) that TLC cannot
// enumerate as the whole Next has that \E on the stack.
func TestTLCTupleBind(t *testing.T) {
	dir := filepath.Join("..", "..", "model", "testdata", "tlc", "tuplebind")
	for name, code := range map[string]int{
		"Tup1": 75, "Tup2": 75, "Tup3": 75, "Tup4": 75, "Tup5": 75, "Tup7": 75, "Tup8": 75, "Tup9": 0,
		"Tup10": 75, "Tup11": 0, "Tup12": 75, "Tup13": 75, "Tup15": 75, "Tup16": 75, "Tup17": 75, "Tup18": 75,
		"ExNat1": 75, "ExNat2": 75, "Enum4": 75,
	} {
		t.Run(name, func(t *testing.T) { tlcGoldenRun(t, dir, name, nil, code, inSpecDir()) })
	}
}
