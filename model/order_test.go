package model

import (
	"context"
	"path/filepath"
	"testing"

	"github.com/wspcycle/wspcycle/tla/eval"
)

// TestCountsAtViolation checks that one worker meets the successors in
// TLC's order, so that the counts at a violation are TLC's (derived in
// testdata/SplitOrder.tla).
func TestCountsAtViolation(t *testing.T) {
	sp, err := eval.LoadFiles(filepath.Join("testdata", "SplitOrder.tla"), filepath.Join("testdata", "SplitOrder.cfg"))
	if err != nil {
		t.Fatal(err)
	}
	rep, err := Check(context.Background(), sp, Options{Workers: 1})
	if err != nil {
		t.Fatal(err)
	}
	if rep.Result != ResultInvariant || rep.Generated != 5 || rep.Distinct != 5 {
		t.Errorf("%s with %d generated, %d distinct; want %s with 5 and 5", rep.Result, rep.Generated, rep.Distinct, ResultInvariant)
	}
	if n := len(rep.Trace); n != 2 {
		t.Fatalf("trace of %d states, want 2", n)
	}
	if got := rep.Trace[1].Action; got != "B(2,1)" {
		t.Errorf("last step %q, want B(2,1)", got)
	}
}
