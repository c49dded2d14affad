package main

import (
	"path/filepath"
	"testing"
)

// TestTLCSimEvalErrors runs `wspcycle tlc -simulate num=5 -seed 1 -depth
// 10` on the specs of TestTLCEvalErrors and compares with TLC's own runs
// (rev cc6b616) kept in model/testdata/tlc/evalerrors/sim. TLC's
// simulator prints no nested-expressions stack (2103) after any of them:
// it never replays the failing computation (nor prints 2147 after a
// value's method: FIdxNext, MRec, SNext, WEqSet). From those runs:
//
//   - an error computing the initial states (NfInit, AInit) is TLC's 1000
//     with the message, no "Computed" line, then the statistics (2210, 0
//     states), exit 255;
//   - an error checking an initial state (Con, InvInit) is 2102 after
//     "Computed N initial states...", then the statistics, exit 255;
//   - an error computing a successor (NfNext, ...) is 1000 with the
//     trace up to the state whose successors failed, then the final
//     progress line without statistics, exit 255; a false Assert or Head
//     of <<>> (A, HeadE: TLC's EvalException, not a TLCRuntimeException)
//     has the statistics between the trace and the progress line;
//   - an invariant (I, AInv) or action property (ActProp) that fails to
//     evaluate is 2111 (2113) with the trace, the statistics and the
//     progress line, exit 76 (13); TLC's worker finishes its behaviours
//     first, as after a violation.
func TestTLCSimEvalErrors(t *testing.T) {
	dir := filepath.Join("..", "..", "model", "testdata", "tlc", "evalerrors")
	want := map[string]int{"A": 255, "AAct": 255, "AInit": 255, "AInv": 76, "ActProp": 13, "Asm": 10, "Choose": 255, "Cmp": 255, "CmpLeq": 255, "Con": 255, "Field": 255, "HeadE": 255, "I": 76, "InvInit": 255, "NBullet": 255, "NCase": 255, "NDisj": 255, "NExInner": 255, "NExSplit": 255, "NExt": 255, "NFcnCons": 255, "NIf": 255, "NInitEx": 255, "NInst": 255, "NInvQ": 255, "NLet": 255, "NNextOr": 255, "NOpApp": 255, "NOpArg": 255, "NParen": 255, "NRec": 255, "NRecFcn": 255, "NSpec": 255, "NSpecInit": 255, "NfInit": 255, "NfNext": 255, "NonEnum": 255, "PInit": 255, "PInv": 255, "PNext": 255, "QActCon": 255, "QCon": 255, "QForall": 255, "QInitLet": 255, "QMem": 255, "QUnch": 255, "SeqIdx": 255, "WCard": 255, "WConcat": 255, "WConj": 255, "WConjE": 255, "WDisjE": 255, "WDiv": 255, "WEq": 255, "WExNB": 255, "WFcnField": 255, "WIfNB": 255, "WLen": 255, "WMinus": 255, "WNot": 255, "WPlus": 255, "WPlusL": 255, "WTempInit": 255, "WTimes": 255, "WTupField": 255,
		"WFcnPlus": 255, "WEqSet": 255, "FIdxNext": 255, "MRec": 255, "SNext": 255, "GLam": 255, "WSubSeq": 255, "WModNeg": 255}
	for name, code := range want {
		tlcGoldenRunIn(t, dir, filepath.Join(dir, "sim"), name, []string{"-simulate", "num=5", "-seed", "1", "-depth", "10"}, code, inSpecDir())
	}
}
