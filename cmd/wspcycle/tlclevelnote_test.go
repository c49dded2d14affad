package main

import (
	"path/filepath"
	"testing"
)

// TestTLCLevelNote runs the specs of model/testdata/tlc/levelnote, each
// with an INVARIANT that is not a state predicate (exit 76), and compares
// wspcycle's output with TLC's (rev cc6b616), plain and -tool: TLC adds
// its note on a bug of its level checking when SANY's levelParams of the
// invariant's body are not empty (tla/sema/levelparams.go): a variable
// outside a prime (Lev11: x' = x), an operator whose parameter is used
// outside a prime applied to one (Lev13); not for x' = 1 (Lev9), \E y \in
// {x'} : TRUE (Lev1), {1} \X {x'} through a definition (Lev2), a set
// filter over {x'} (Lev5), F(x) with F(a) == a' = 1 (Lev12), x' = 1 /\ 1
// < 2 (Lev14).
func TestTLCLevelNote(t *testing.T) {
	dir := filepath.Join("..", "..", "model", "testdata", "tlc", "levelnote")
	for _, name := range []string{"Lev1", "Lev2", "Lev5", "Lev9", "Lev11", "Lev12", "Lev13", "Lev14"} {
		t.Run(name, func(t *testing.T) { tlcGoldenRun(t, dir, name, nil, 76, inSpecDir()) })
	}
}
