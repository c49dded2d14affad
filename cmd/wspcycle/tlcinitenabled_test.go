package main

import (
	"path/filepath"
	"testing"
)

// TestTLCInitEnabledGolden: ENABLED A as a conjunct of the specification
// (Spec == Init /\ [][Next]_x /\ ENABLED Next, or through an operator,
// En(Next) with En(a) == ENABLED a) is, for TLC (rev cc6b616), a state
// predicate conjunct, part of the initial predicate: it filters the
// initial states, A run from the state built so far (model/testdata/tlc/
// initenabled, plain and -tool):
//
//   - EnOp, EnDirect, EnProp (with a PROPERTY): true initially, the search
//     goes on to its deadlock;
//   - EnFalse: false in the only initial state, which is not generated (no
//     state, no error); EnFilter: one initial state of two is kept;
//   - EnFirst: written before Init, A reads a variable not assigned yet:
//     TLC's "identifier x is either undefined" at the read, with its stack;
//   - EnError: A fails to evaluate in an initial state (\div by 0); EnTwo:
//     after another ENABLED that held, which is off TLC's stack then;
//   - InitGuardAfter, InitGuardBefore: TLC's stack of an error in the
//     initial predicate holds the conjuncts it went through before every
//     variable had a value, not those after (x < y after y \in S).
func TestTLCInitEnabledGolden(t *testing.T) {
	dir := filepath.Join("..", "..", "model", "testdata", "tlc", "initenabled")
	for _, c := range []struct {
		code  int
		names []string
	}{
		{0, []string{"EnFalse"}},
		{11, []string{"EnOp", "EnDirect", "EnProp", "EnFilter"}},
		{75, []string{"EnFirst", "EnError", "EnTwo", "InitGuardAfter", "InitGuardBefore"}},
	} {
		for _, name := range c.names {
			tlcGoldenRun(t, dir, name, nil, c.code)
		}
	}
}
