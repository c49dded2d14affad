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
//   - SimTrcl: -simulate with such a closure in the invariant, TLC's
//     output with num=20 -depth 10 -seed 1 (each state cost seconds
//     when every application built the function).
func TestTLCRecPoint(t *testing.T) {
	dir := filepath.Join("..", "..", "model", "testdata", "tlc", "recpoint")
	for name, code := range map[string]int{
		"PtTrcl": 0, "PtTwoBind": 0, "PtTupArg": 0, "PtInf": 0, "PtState": 11,
		"PtDivOk": 0, "PtDivErr": 10,
	} {
		t.Run(name, func(t *testing.T) { tlcGoldenRun(t, dir, name, nil, code, inSpecDir()) })
	}
	tlcGoldenRun(t, dir, "SimTrcl", []string{"-simulate", "num=20", "-depth", "10", "-seed", "1"}, 0, inSpecDir())
}
