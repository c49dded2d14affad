package main

import (
	"path/filepath"
	"testing"
)

// contPrintsDir holds small specs that print (PrintT) in Init, in Next
// and in their invariants, with several violations, and TLC's outputs
// of them with -continue (model/testdata/tlc/contprints/README.md).
var contPrintsDir = filepath.Join("..", "..", "model", "testdata", "tlc", "contprints")

// TestTLCContinuePrints: with -continue TLC reports each violation with
// its trace as its one worker finds it, in the middle of the search, so
// the spec's prints come before and after each report as in TLC's
// output; an initial state is checked against every invariant, a
// successor only up to the first it violates; an action property
// violated does not stop the run either; a deadlock or a temporal
// property still ends it with its verdict. With two workers the output
// is one worker's. An ALIAS reading TLCGet("level"), evaluated over each
// trace mid-search, leaves the search's level alone (ContAliasLevel: its
// CONSTRAINT on the level still lets the fifth level in).
func TestTLCContinuePrints(t *testing.T) {
	for _, tc := range []struct {
		name string
		code int
	}{
		{"ContPrints", 0}, {"ContTwoInv", 0}, {"ContInitTwo", 0}, {"ContActProp", 0},
		{"ContDeadlock", 11}, {"ContLive", 13}, {"ContAliasLevel", 0},
	} {
		for _, w := range []string{"1", "2"} {
			tlcGoldenRun(t, contPrintsDir, tc.name, []string{"-continue"}, tc.code, withWorkers(w))
		}
	}
}

// TestTLCContinueEvalErrors: an evaluation error ends a -continue run,
// and TLC repeats its report (model.ContinueError): an Assert or another
// error computing the successors, and an error in a CONSTRAINT, are
// printed again after TLC evaluates the step once more; an invariant or
// action property that fails to evaluate is printed with the exception
// TLC rethrows too (exit 255 for the invariant). On an initial state the
// report is TLC's usual one. A successor not completely specified
// (ContPartial, ContPartialTwo) is reported, then the Java exception
// -continue lets through TLC's worker, then the report again, each with
// the trace, and the statistics end with the out-degree (wspcycle
// printed the report once).
func TestTLCContinueEvalErrors(t *testing.T) {
	for _, tc := range []struct {
		name string
		code int
	}{
		{"ContAssert", 14}, {"ContInvError", 255}, {"ContNextError", 75}, {"ContActError", 75},
		{"ContConsError", 75}, {"ContInitError", 75}, {"ContPartial", 75}, {"ContPartialTwo", 75},
	} {
		tlcGoldenRun(t, contPrintsDir, tc.name, []string{"-continue"}, tc.code)
	}
}

// TestTLCContinueCoverage: -coverage counts what the search evaluates and
// what TLC's printing of each violation's trace evaluates (ContTwoInv:
// Inv2 is evaluated on 10 states, every state but the two successors
// whose Inv failed first).
func TestTLCContinueCoverage(t *testing.T) {
	requireInOutput(t, filepath.Join(contPrintsDir, "ContCoverage.text.out"), "of module ContTwoInv: 10\n")
	tlcGoldenRun(t, contPrintsDir, "ContCoverage", []string{"-continue", "-coverage", "1"}, 0, withSpec("ContTwoInv"))
}
