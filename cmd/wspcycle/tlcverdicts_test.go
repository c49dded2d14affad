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
//   - PostConst*: a POSTCONDITION naming a value TLC computed at startup
//     (a constant-level definition, PostConstOk; a declared CONSTANT,
//     PostConstDecl) is TLC's exception when it looks the postcondition
//     up after a complete search, "The post condition Post cannot be a
//     constant." (exit 255; -continue too, PostConstCont; the simulator's
//     2233 and exit 151, PostConstSim), and nothing after a violation
//     (PostConstInv). wspcycle evaluated it: a false one was exit 10, a
//     CONSTANT was ignored (no error), and one printed after a violation.
//     One that reads the run (TLCGet) stays a definition (PostConstRun).
func TestTLCVerdicts(t *testing.T) {
	dir := filepath.Join("..", "..", "model", "testdata", "tlc", "verdicts")
	for name, code := range map[string]int{
		"InstParam": 11,
	} {
		t.Run(name, func(t *testing.T) { tlcGoldenRun(t, dir, name, nil, code, inSpecDir()) })
	}
	for _, c := range []struct {
		name  string
		flags []string
		code  int
	}{
		{"PostConstOk", nil, 255},
		{"PostConstInv", nil, 12},
		{"PostConstDecl", nil, 255},
		{"PostConstRun", nil, 0},
		{"PostConstCont", []string{"-continue"}, 255},
		{"PostConstSim", []string{"-simulate", "num=3", "-seed", "1", "-depth", "5"}, 151},
	} {
		t.Run(c.name, func(t *testing.T) { tlcGoldenRun(t, dir, c.name, c.flags, c.code, inSpecDir(), withSpec("PostConst")) })
	}
}
