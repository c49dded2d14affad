package eval

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// A one-item bullet list (/\ P alone) whose item fails to evaluate is the
// item's error, not a crash: TLC's wording for an operand that is not a
// boolean names the P /\ Q it is in, and there is none (SimTokenRing of
// tlaplus/Examples, whose ASSUME is /\ CSVRecords(F) = 0 => ..., with
// CSV's unbounded CHOOSE, panicked here).
func TestOneItemJunctionError(t *testing.T) {
	dir := t.TempDir()
	tla := "---- MODULE One ----\nEXTENDS Naturals\nVARIABLE x\nF == CHOOSE n : n \\in Nat\nASSUME\n    /\\ F = 0 => TRUE\nInit == x = 0\nNext == x' = x\n====\n"
	tf, cf := filepath.Join(dir, "One.tla"), filepath.Join(dir, "One.cfg")
	if err := os.WriteFile(tf, []byte(tla), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(cf, []byte("INIT Init\nNEXT Next\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	_, err := LoadFiles(tf, cf)
	if err == nil || !strings.Contains(err.Error(), "unbounded CHOOSE") {
		t.Fatalf("got %v, want the CHOOSE's error", err)
	}
}
