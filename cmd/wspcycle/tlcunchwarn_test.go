package main

import (
	"path/filepath"
	"testing"
)

// TestTLCUnchangedWarning: TLC's warning 2143, "The variable x was
// changed while it is specified as UNCHANGED at" and where x is named,
// given by its generator when an UNCHANGED begins while some variable has
// no value and finds x' already given another one (UnchWarn1, 3, 5; on
// each state, printed as any warning: UnchWarn6); none once every
// variable has a value (UnchWarn2) or when UNCHANGED x comes before the
// assignment (UnchWarn4), nor with -nowarning (UnchWarn5NoWarn).
func TestTLCUnchangedWarning(t *testing.T) {
	dir := filepath.Join("..", "..", "model", "testdata", "tlc", "evalerrors")
	want := map[string]int{
		"UnchWarn1": 11, "UnchWarn2": 11, "UnchWarn3": 11, "UnchWarn4": 11, "UnchWarn5": 11, "UnchWarn6": 0,
	}
	for name, code := range want {
		tlcGoldenRun(t, dir, name, nil, code, inSpecDir())
	}
	tlcGoldenRun(t, dir, "UnchWarn5", []string{"-nowarning"}, 11, inSpecDir(), withOutput("UnchWarn5NoWarn"))
}
