package main

import (
	"path/filepath"
	"testing"
)

// TestTLCLint: TLC prints SANY's linter warnings (a record field named
// like a definition or declaration) after the "Linting of module" lines,
// in text and -tool output; L is the plain case, LintExt has warnings in
// an extended and an instantiated module, a standard module's Nat, a
// record set and one suppressed by a value built from a variable.
func TestTLCLint(t *testing.T) {
	dir := filepath.Join("..", "..", "model", "testdata", "tlc", "lint")
	for name, code := range map[string]int{"L": 0, "LintExt": 11} {
		t.Run(name, func(t *testing.T) { tlcGoldenRun(t, dir, name, nil, code, inSpecDir()) })
	}
}
