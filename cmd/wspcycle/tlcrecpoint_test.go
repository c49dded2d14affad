package main

import (
	"path/filepath"
	"testing"
)

// TestTLCRecPoint runs the specs of model/testdata/tlc/recpoint, point
// applications f[a][b] of a recursive function whose body is a function
// constructor, which TLC evaluates at b only (a FcnLambdaValue) and
// wspcycle now too (tla/eval/recpoint.go), and compares wspcycle's output
// with TLC's (rev cc6b616), plain and -tool:
//   - values: Relation's transitive closure (PtTrcl: applied with two
//     arguments, with a tuple, and tabulated), binders of two sets applied
//     with two arguments and with a tuple (PtTwoBind), one binder over a
//     product applied with two (PtTupArg), a constructor over Nat (PtInf:
//     the lazy function's body applies f again), a body reading the state
//     (PtState, in an invariant, until its deadlock);
//   - errors: f[2][1] is -6 in TLC, whose 6 \div 0 is at another point
//     (PtDivOk: building f[0] failed there), and the error at the point is
//     TLC's (PtDivErr);
//   - any applied constructor (tla/eval/lambdapoint.go), its body failing
//     at every point but the one applied: an operator's body G(v)[0]
//     (LzOp), a definition without parameters ff[0] (LzDef), written
//     there (LzInline), a LET definition (LzLet), two binders applied
//     with two arguments (LzTwo), TLC exit 0 for all; an argument outside
//     the domain, TLC's FcnLambdaValue wording with the constructor
//     untabulated (LzRecOut: g[1][7], LzDefOut: ff[7]); the body's error
//     at the point (LzOpErr); effects only at the point: TLCSet counting
//     (LzEff) and PrintT (LzPrint, a constant definition's printed once
//     at startup); g[v][0] under -coverage (LzRecCov);
//   - SimTrcl: -simulate with such a closure in the invariant, TLC's
//     output with num=20 -depth 10 -seed 1 (each state cost seconds
//     when every application built the function).
func TestTLCRecPoint(t *testing.T) {
	dir := filepath.Join("..", "..", "model", "testdata", "tlc", "recpoint")
	for name, code := range map[string]int{
		"PtTrcl": 0, "PtTwoBind": 0, "PtTupArg": 0, "PtInf": 0, "PtState": 11,
		"PtDivOk": 0, "PtDivErr": 10,
		"LzOp": 0, "LzDef": 0, "LzInline": 0, "LzLet": 0, "LzTwo": 0,
		"LzRecOut": 75, "LzDefOut": 75, "LzOpErr": 255, "LzEff": 0, "LzPrint": 0,
	} {
		t.Run(name, func(t *testing.T) { tlcGoldenRun(t, dir, name, nil, code, inSpecDir()) })
	}
	tlcGoldenRun(t, dir, "LzRecCov", []string{"-coverage", "1"}, 0, inSpecDir())
	tlcGoldenRun(t, dir, "SimTrcl", []string{"-simulate", "num=20", "-depth", "10", "-seed", "1"}, 0, inSpecDir())
}
