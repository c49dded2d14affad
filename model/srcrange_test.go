package model

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/wspcycle/wspcycle/tla/eval"
)

// TestActionRanges checks the source range of each action against columns
// counted by hand in the source below: an escaped quote inside a string at
// the end, brackets left open by the last node, a bulleted list over two
// lines, and a parenthesised disjunct of Next (whose parenthesis is not
// part of the action, as in TLC's ranges).
func TestActionRanges(t *testing.T) {
	const src = `---- MODULE R ----
VARIABLES x, y
Init == x = "a" /\ y = <<1>>
A == x' = "b\"c" /\ UNCHANGED y
B == /\ y' = <<(1), {2}>>
     /\ UNCHANGED x
C == UNCHANGED y /\ x' = "q\"r"
Next == A \/ B \/ C \/ (x' = x /\ y' = <<>>)
====
`
	dir := t.TempDir()
	tla := filepath.Join(dir, "R.tla")
	cfg := filepath.Join(dir, "R.cfg")
	if err := os.WriteFile(tla, []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(cfg, []byte("INIT Init\nNEXT Next\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	sp, err := eval.LoadFiles(tla, cfg)
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]string{
		"A":    "line 4, col 6 to line 4, col 31 of module R",
		"B":    "line 5, col 6 to line 6, col 19 of module R",
		"C":    "line 7, col 6 to line 7, col 31 of module R",
		"Next": "line 8, col 25 to line 8, col 43 of module R",
	}
	ranges := ActionRanges(sp, os.ReadFile)
	if len(ranges) != len(sp.Actions) || len(ranges) != len(want) {
		t.Fatalf("%d ranges for %d actions, want %d", len(ranges), len(sp.Actions), len(want))
	}
	for i, a := range sp.Actions {
		if got := ranges[i].String(); got != want[a.Name] {
			t.Errorf("%s: %s, want %s", a.Name, got, want[a.Name])
		}
	}
	// Without a reader there are no ranges, and traces show names alone.
	for i, r := range ActionRanges(sp, nil) {
		if r.IsValid() {
			t.Errorf("action %d has a range without a source: %v", i, r)
		}
	}
}
