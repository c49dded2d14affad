package main

import (
	"path/filepath"
	"testing"
)

// TestTLCInstOps runs the specs of model/testdata/tlc/instops and compares
// wspcycle's output with TLC's: an instance's operator symbol named after
// its ! (SANY's GenInfixOp, GenPrefixOp and GenPostfixOp), as the
// SpecifyingSystems Standard modules write R!+(a, b); wspcycle refused it
// as a parse error:
//   - InstOps: I!++(1, 2), I!-.(3), I!^#(3), J(1)!++(4, 5) and F(I!++),
//     in an ASSUME, Init and Next (exit 0);
//   - InstOpsArity: I!++ and I!Pl given three arguments, SANY's errors
//     naming the operator through the instance (wspcycle said "++");
//   - InstOpsInfix: 1 I!++ 2, SANY's parse error.
func TestTLCInstOps(t *testing.T) {
	dir := filepath.Join("..", "..", "model", "testdata", "tlc", "instops")
	for name, code := range map[string]int{"InstOps": 0, "InstOpsArity": 150, "InstOpsInfix": 150} {
		t.Run(name, func(t *testing.T) { tlcGoldenRun(t, dir, name, nil, code, inSpecDir()) })
	}
}
