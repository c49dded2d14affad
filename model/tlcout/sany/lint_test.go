package sany

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestLintReport compares LintReport with what SANY (TLC rev cc6b616)
// printed after its "Linting of module" lines for each spec under
// testdata/lint (want.txt; the spec is the folder's name): record fields
// named like definitions, declarations, theorems, standard and instantiated
// modules' operators, with the suppressions (values built from
// declarations, here or in a record with the same fields), record sets,
// LOCAL and inner-module locations, several modules.
func TestLintReport(t *testing.T) {
	dirs, err := filepath.Glob(filepath.Join("testdata", "lint", "*"))
	if err != nil || len(dirs) == 0 {
		t.Fatalf("no lint cases: %v", err)
	}
	for _, dir := range dirs {
		name := filepath.Base(dir)
		t.Run(name, func(t *testing.T) {
			want, err := os.ReadFile(filepath.Join(dir, "want.txt"))
			if err != nil {
				t.Fatal(err)
			}
			abs, _ := filepath.Abs(dir)
			ld := Load(filepath.Join(abs, name+".tla"), []string{abs})
			if ld.Stop != "" {
				t.Fatalf("load stopped at %s", ld.Stop)
			}
			got := strings.TrimRight(ld.LintReport(), "\n")
			if w := strings.TrimRight(string(want), "\n"); got != w {
				t.Errorf("lint report differs from SANY's\n--- got\n%s\n--- want\n%s", got, w)
			}
		})
	}
}
