package simulate

import (
	"context"
	"os"
	"path/filepath"
	"testing"

	"github.com/wspcycle/wspcycle/model"
	"github.com/wspcycle/wspcycle/tla/eval"
	"github.com/wspcycle/wspcycle/tla/value"
)

// loadText loads a module and its cfg written to a temporary folder.
func loadText(t *testing.T, name, tla, cfg string) *eval.Spec {
	t.Helper()
	dir := t.TempDir()
	tf, cf := filepath.Join(dir, name+".tla"), filepath.Join(dir, name+".cfg")
	if err := os.WriteFile(tf, []byte(tla), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(cf, []byte(cfg), 0o644); err != nil {
		t.Fatal(err)
	}
	sp, err := eval.LoadFiles(tf, cf)
	if err != nil {
		t.Fatal(err)
	}
	return sp
}

const branchModule = `---- MODULE Branch ----
EXTENDS Naturals
VARIABLE x
Init == x = 0
\* TLC splits Split into ten actions, one per disjunct and element of the
\* \E; Whole (a conjunction) is one action, whose disjunction generation
\* mode resolves with one draw.
Split == x' = 0 \/ \E i \in 1..9 : x' = i
Whole == x \in Nat /\ (x' = 0 \/ \E i \in 1..9 : x' = i)
Member == x \in Nat /\ x' \in 1..3
====
`

// zeros runs runs behaviours of one step and counts those that went to
// x = 0.
func zeros(t *testing.T, next string, generate bool, runs int) (int, *Result) {
	t.Helper()
	sp := loadText(t, "Branch", branchModule, "INIT Init\nNEXT "+next+"\n")
	n := 0
	res, err := Run(context.Background(), sp, Options{Depth: 2, Runs: runs, Seed: 11, Generate: generate,
		Behaviour: func(_ int, trace []model.TraceState, _ bool) {
			if len(trace) == 2 && value.Equal(trace[1].State[0], value.Int(0)) {
				n++
			}
		}})
	if err != nil {
		t.Fatal(err)
	}
	if res.Result != model.ResultOK || res.Behaviours != runs {
		t.Fatalf("%s: %s after %d behaviours", next, res.Result, res.Behaviours)
	}
	return n, res
}

// TestGenerateDrawsByBranch tells TLC's generation mode from -simulate:
// -simulate picks uniformly among all the successors of the action it
// tried (x = 0 one time in ten), generation mode takes a disjunct first
// (x' = 0 half the time), and both pick uniformly among TLC's split
// actions (Split: one time in ten either way, as TLC -generate does).
func TestGenerateDrawsByBranch(t *testing.T) {
	const runs = 2000
	for _, c := range []struct {
		next     string
		generate bool
		lo, hi   int // the count of x = 0 expected, about runs * p
	}{
		{"Whole", false, 140, 260}, // p = 1/10
		{"Whole", true, 900, 1100}, // p = 1/2
		{"Split", false, 140, 260}, // p = 1/10
		{"Split", true, 140, 260},  // p = 1/10
	} {
		n, _ := zeros(t, c.next, c.generate, runs)
		if n < c.lo || n > c.hi {
			t.Errorf("Next %s, generate %v: x = 0 in %d of %d behaviours, want %d..%d", c.next, c.generate, n, runs, c.lo, c.hi)
		}
	}
}

// TestGenerateOneSuccessorPerStep: generation mode computes one successor
// through a \E (TLC counts it alone in "states generated"), and through
// x' \in S too, whose elements TLC's probabilistic successor function
// tries in a random order until one yields a successor (TLC rev cc6b616,
// -generate num=50 -depth 2 -seed 11 on Member: "The number of states
// generated: 101", the initial state and one per behaviour; this test
// wanted 3 per step before).
func TestGenerateOneSuccessorPerStep(t *testing.T) {
	const runs = 50
	for _, c := range []struct {
		next     string
		generate bool
		per      int64 // successors generated per step
	}{
		{"Whole", false, 10},
		{"Whole", true, 1},
		{"Member", false, 3},
		{"Member", true, 1},
	} {
		_, res := zeros(t, c.next, c.generate, runs)
		if want := runs * c.per; res.Generated != want {
			t.Errorf("Next %s, generate %v: %d successors generated, want %d", c.next, c.generate, res.Generated, want)
		}
	}
}
