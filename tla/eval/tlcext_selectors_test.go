package eval

import (
	"path/filepath"
	"strings"
	"testing"
)

// TestSelectorAt: Op!@ names a binder's body as an operator of Op's
// parameters and the bound names, which a reference cannot apply: TLC
// (SANY) refuses the module with "Expected N arguments but found M." at
// the reference, and so do we (a positioned error, exit 150). For
// Op == \A x \in {1, 2} : x > 0, Op!@ is "Expected 1 arguments but found
// 0."; through an instance, testdata/lang/LabAt.tla's M!Par(1)!@ (Par(a)
// binding k) is "Expected 2 arguments but found 1." at line 8, col 8, as
// TLC reports it (the spec's header).
func TestSelectorAt(t *testing.T) {
	_, err := buildText(t, "---- MODULE M ----\nEXTENDS Naturals\nOp == \\A x \\in {1, 2} : x > 0\nASSUME Op!@\n====\n", "")
	if err == nil || !strings.Contains(err.Error(), "M.tla:4:8: Expected 1 arguments but found 0.") {
		t.Errorf("Op!@: got %v, want TLC's M.tla:4:8: Expected 1 arguments but found 0.", err)
	}
	dir := filepath.Join("testdata", "lang")
	_, err = LoadFiles(filepath.Join(dir, "LabAt.tla"), filepath.Join(dir, "LabAt.cfg"))
	if err == nil || !strings.Contains(err.Error(), "LabAt.tla:8:8: Expected 2 arguments but found 1.") {
		t.Errorf("M!Par(1)!@: got %v, want TLC's LabAt.tla:8:8: Expected 2 arguments but found 1.", err)
	}
}
