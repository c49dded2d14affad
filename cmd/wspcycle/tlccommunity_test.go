package main

import (
	"path/filepath"
	"testing"
)

// TestTLCCommunity runs the specs of model/testdata/tlc/community, TLC's
// Java overrides of TLCExt and of community-module operators, and
// compares wspcycle's output with TLC's (rev cc6b616), plain and -tool:
//
//   - PickSeen: PickSuccessor on a step to a state the search has found
//     is TRUE before its argument is evaluated (TLC looks the state up in
//     its fingerprint set first), so neither a FALSE argument nor one that
//     is not a Boolean stops the search.
//   - FilterInt, FilterOpInt, FilterLambdaInt: a set filter {x \in S : P}
//     whose predicate is an integer (a literal, an operator's body, a
//     LAMBDA's, as FiniteSetsExt's Quantify applies it), met while TLC
//     builds the set: "Attempted to evaluate an expression of form {x \in
//     S : P(x)} when P was an integer." and the predicate's node.
func TestTLCCommunity(t *testing.T) {
	dir := filepath.Join("..", "..", "model", "testdata", "tlc", "community")
	for _, c := range []struct {
		name string
		code int
	}{
		{"PickSeen", 0},
		{"FilterInt", 75},
		{"FilterOpInt", 75},
		{"FilterLambdaInt", 75},
	} {
		t.Run(c.name, func(t *testing.T) { tlcGoldenRun(t, dir, c.name, nil, c.code, inSpecDir()) })
	}
}
