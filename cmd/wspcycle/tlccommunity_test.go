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
func TestTLCCommunity(t *testing.T) {
	dir := filepath.Join("..", "..", "model", "testdata", "tlc", "community")
	for _, c := range []struct {
		name string
		code int
	}{
		{"PickSeen", 0},
	} {
		t.Run(c.name, func(t *testing.T) { tlcGoldenRun(t, dir, c.name, nil, c.code, inSpecDir()) })
	}
}
