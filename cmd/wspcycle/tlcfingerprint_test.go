package main

import (
	"path/filepath"
	"testing"
)

// TestTLCFingerprintErrors runs the specs of model/testdata/tlc/fingerprint,
// whose states hold a set TLC keeps unevaluated and cannot enumerate when
// it fingerprints the state, and compares the output and exit code with
// TLC's own runs (rev cc6b616). Each was a wrong "no error" (Nat, Seq(S),
// [Nat -> S] in a state) or a different error (SUBSET 3, evaluated at
// once) before value.FingerprintError:
//
//   - in Init: the set's own message, "While working on the initial
//     state:" with the value as TLC prints it ({1} \cup Nat, [a: Nat],
//     SUBSET 3, {y \in 3 : <expression ...> }), 1 state generated;
//   - then, when TLC's value knows its node (SUBSET, [S -> T], [a : S],
//     S \X T, S \cup T), 2147 "TLC was unable to fingerprint." with the
//     node's range numbered "0)" and the reason (LFcnNatInit, ZSubInit);
//     otherwise (Nat, STRING, Seq(S), a filter, a function holding Nat)
//     the initial predicate's stack, 2103 (LNatInit, ZPredInit);
//   - a tuple or a record constructor holding such a set names its own
//     node (LTupNatInit: <<1, Nat>>; LRecSeqInit, LRecSeqNext), a
//     function constructor none (LFcnValInit);
//   - in Next: the unexpected exception, the trace up to the state
//     expanded, 2147 or the empty call stack (ZSeqNextOK), the successor
//     counted (LFcnNatNext: 2 states generated);
//   - finite lazy sets (LOkSub, LOkFcn, ZSubSubInit) are fingerprinted
//     as their elements.
func TestTLCFingerprintErrors(t *testing.T) {
	dir := filepath.Join("..", "..", "model", "testdata", "tlc", "fingerprint")
	want := map[string]int{
		"ZCupNext": 75, "ZFcnSetInit": 75, "ZFcnSetNext": 75, "ZPredInit": 75, "ZProdInit": 75, "ZRcdSetNext": 75,
		"ZSeqInit": 75, "ZSeqNextOK": 75, "ZSubInit": 75, "ZSubNext": 75, "ZSubSubInit": 0,
		"LCupNatInit": 75, "LFcnNatInit": 75, "LFcnNatNext": 75, "LFcnValInit": 75, "LNatInit": 75, "LOkFcn": 0,
		"LOkSub": 0, "LPredNatInit": 75, "LRcdNatInit": 75, "LSeqInit": 75, "LStrInit": 75, "LSubNatInit": 75,
		"LTupNatInit": 75, "LRecSeqInit": 75, "LRecSeqNext": 75,
	}
	for name, code := range want {
		tlcGoldenRun(t, dir, name, nil, code, inSpecDir())
	}
}
