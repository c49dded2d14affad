package main

import (
	"path/filepath"
	"testing"
)

// TestTLCAliasStepsGolden: TLC evaluates the ALIAS over each step of a
// trace (the state and its successor) and shows a state it fails in as
// its variables and _ALIASEvalError, the error's message as TLC nests it
// (framed in its code under -tool); the other states keep the alias's
// fields. Specs and TLC's output in model/testdata/tlc/alias (README).
// AliasInstNat, InstStd, InstStdOps, InstPlusErr: the operators of a
// standard module's instance, I!+(x, 1), I!-.(x), I!Nat, S!Len(s),
// passed as I!+: an ALIAS using them was dropped (I!+ was an unknown
// operator), and I!+(1, "a") is TLC's Java-method error. AliasTemporal:
// []e in an ALIAS is TLC's error in each state (it was dropped).
// AliasIf: an ALIAS choosing between records by IF prints each state's
// fields as the chosen constructor wrote them (TLC's RecordValue stays
// unnormalized; they were sorted).
func TestTLCAliasStepsGolden(t *testing.T) {
	dir := filepath.Join("..", "..", "model", "testdata", "tlc", "alias")
	for _, c := range []struct {
		name string
		code int
	}{
		{"AliasErr", 12},
		{"AliasErr2", 12},
		{"AliasErr3", 12},
		{"AliasPrime", 12},
		{"AliasLive", 13},
		{"AliasInstNat", 12},
		{"InstStd", 12},
		{"InstStdOps", 12},
		{"InstPlusErr", 75},
		{"AliasTemporal", 12},
		{"AliasIf", 12},
	} {
		tlcGoldenRun(t, dir, c.name, nil, c.code, inSpecDir())
	}
}

// TestTLCAliasSimulateGolden: TLC's simulator prints its traces through
// the ALIAS as its model checker does (Simulator.printBehavior); ours
// printed the variables (model/testdata/tlc/alias: AliasErrSim,
// AliasPrimeSim).
func TestTLCAliasSimulateGolden(t *testing.T) {
	dir := filepath.Join("..", "..", "model", "testdata", "tlc", "alias")
	for _, name := range []string{"AliasErr", "AliasPrime"} {
		simGoldenRun(t, "-simulate", filepath.Join(dir, name), filepath.Join(dir, name+"Sim"), []string{"num=1", "-depth", "5", "-seed", "1"}, 12)
	}
}
