package main

import (
	"path/filepath"
	"testing"
)

// TestTLCVerdicts runs the small specs of model/testdata/tlc/verdicts,
// each a verdict that differed from TLC's in the verdict-safety hunt of
// stop 26 (actions, instances, recursion, the TLC module, cfg features,
// values), and compares wspcycle's output with TLC's kept beside it:
//   - InstParam: M(v) == INSTANCE InstM WITH x <- v used as M(a)!Inc,
//     where Inc == x' = x + 1: x' is a' and the conjunct assigns it, as in
//     TLC (wspcycle did not follow the parameter to the variable and
//     failed on an unassigned a').
func TestTLCVerdicts(t *testing.T) {
	dir := filepath.Join("..", "..", "model", "testdata", "tlc", "verdicts")
	for name, code := range map[string]int{
		"InstParam": 11,
	} {
		t.Run(name, func(t *testing.T) { tlcGoldenRun(t, dir, name, nil, code, inSpecDir()) })
	}
}
