package main

import (
	"path/filepath"
	"testing"
)

// TestTLCLazyFcn runs the specs of model/testdata/tlc/lazyfcn, function
// constructors over a domain that cannot be enumerated, which TLC keeps
// lazy (FcnLambdaValue, value.LazyFcnV), and compares wspcycle's output
// with TLC's (rev cc6b616), plain and -tool.
func TestTLCLazyFcn(t *testing.T) {
	dir := filepath.Join("..", "..", "model", "testdata", "tlc", "lazyfcn")
	for name, code := range map[string]int{
		"Compose": 0, "DomFcn": 0, "EqFcn": 75, "ExceptFcn": 0, "FcnApplyOut": 75, "FcnInvVar": 0,
		"FcnTupleSet": 75, "InFcnSet": 75, "InitApp": 75, "InitAppFalse": 0, "InitDomFalse": 0,
		"InitFalse": 0, "InitFcnSetFalse": 0, "InitFp": 75, "InitInFalse": 0, "InitIntFalse": 0,
		"InitRcd": 75, "InitRcdFalse": 0, "InitSeqFalse": 0, "InitSubsetFalse": 0, "InvApp": 0,
		"IsFinFcnSet": 0, "IsFinFilter": 75, "IsFinInt": 0, "IsFinNat": 151, "IsFinNatNot": 0,
		"IsFinSeq": 0, "IsFinSubset": 0, "LetApp": 0, "MultiArg": 0, "NextApp": 75, "NextAssign": 75,
		"NextAssignFalse": 11, "OpArg": 0, "PrintFcn": 0, "RcdField": 0,
	} {
		t.Run(name, func(t *testing.T) { tlcGoldenRun(t, dir, name, nil, code, inSpecDir()) })
	}
}
