package main

import (
	"path/filepath"
	"testing"
)

// TestTLCConstantOrder runs the specs of model/testdata/tlc/constorder,
// whose .cfg leaves constants without a value, and compares wspcycle's
// output with TLC's (rev cc6b616), plain and -tool: TLC names the first
// of SANY's getConstantDecls without a value, the reversed enumeration of
// the root module's java.util.Hashtable (model/constorder.go), which
// holds the constants of the modules it extends too. In declaration
// order CoNM (CONSTANTS N, M) would name N, not TLC's M; CoExt (EXTENDS
// CoBase's Server, Value, Nil, then Alpha, MaxTerm) Server, not Nil;
// CoPartial (Eps, Delta, Gamma, Beta, Alpha, Gamma given) Eps, not Alpha.
func TestTLCConstantOrder(t *testing.T) {
	dir := filepath.Join("..", "..", "model", "testdata", "tlc", "constorder")
	for _, name := range []string{"CoNM", "CoNodeMaj", "CoKeyTx", "CoExt", "CoPartial"} {
		t.Run(name, func(t *testing.T) { tlcGoldenRun(t, dir, name, nil, 151, inSpecDir()) })
	}
}
