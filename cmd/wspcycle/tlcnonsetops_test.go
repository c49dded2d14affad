package main

import (
	"path/filepath"
	"testing"
)

// TestTLCNonSetOps runs the specs of model/testdata/tlc/nonsetops, sets of
// records, functions or tuples built over an operand that is not a set,
// and compares wspcycle's output with TLC's (rev cc6b616), plain and
// -tool: Cardinality of one is the failure of TLC's size() caught by its
// Java method, "Attempted to compute the number of elements in the integer
// 3." (Card1: [a : {}, b : 3], even with an empty operand before it;
// Card2: [a : 3]; Enum5: 3 \X {1}; Enum6: [{1} -> 3]); enumerating [{1} ->
// 3] is SetOfFcnsValue's refusal of its range, raised in its own method
// (2147), in Init (Enum2) and Next (Enum7).
func TestTLCNonSetOps(t *testing.T) {
	dir := filepath.Join("..", "..", "model", "testdata", "tlc", "nonsetops")
	for _, name := range []string{"Card1", "Card2", "Enum2", "Enum5", "Enum6", "Enum7"} {
		t.Run(name, func(t *testing.T) { tlcGoldenRun(t, dir, name, nil, 75, inSpecDir()) })
	}
}
