package main

import (
	"path/filepath"
	"testing"
)

// TestTLCAssign runs the specs of model/testdata/tlc/assign, where TLC
// assigns a variable through an instantiated module's CONSTANT
// substituted by it (CN has CONSTANT C and Val == C; the root has
// M == INSTANCE CN WITH C <- a): M!Val \in S in Init assigns a
// (AsgConst; wspcycle said a was undefined), so do M!Val' = e and
// UNCHANGED M!Val in Next (AsgConstNext, ending with an invariant's
// violation), through an unnamed INSTANCE (AsgConstUnnamed) and a
// parenthesised name (AsgConstParen, where C <- a + 0 is a test of a
// already assigned). M!C, M!v (CNV's VARIABLE) and M!Nope are SANY's
// "Unknown operator" over the name after the ! (AsgConstErr, exit 150).
func TestTLCAssign(t *testing.T) {
	dir := filepath.Join("..", "..", "model", "testdata", "tlc", "assign")
	for _, tc := range []struct {
		name string
		code int
	}{
		{"AsgConst", 0}, {"AsgConstNext", 12}, {"AsgConstUnnamed", 0}, {"AsgConstParen", 0},
		{"AsgConstErr", 150},
	} {
		t.Run(tc.name, func(t *testing.T) { tlcGoldenRun(t, dir, tc.name, nil, tc.code, inSpecDir()) })
	}
}
