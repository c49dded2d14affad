package main

import (
	"os"
	"path/filepath"
	"testing"
)

// With -userFile FILE, every print of the spec goes to FILE, those made
// while TLC rebuilds the trace it prints included: TLC rev cc6b616 on
// UserTrace (an invariant violated in state 3: the search's prints, then
// the rebuilding's, the ASSUME's first) and UserLasso (a temporal
// property's lasso) prints none on standard output, plain or with -tool
// (outputs and files in model/testdata/tlc/flags3). A rebuilding that
// printed on standard output fails both the output's and the file's
// comparison.
func TestTLCUserFileTraceGolden(t *testing.T) {
	dir := filepath.Join("..", "..", "model", "testdata", "tlc", "flags3")
	for _, c := range []struct {
		name string
		code int
	}{{"UserTrace", 12}, {"UserLasso", 13}} {
		want, err := os.ReadFile(filepath.Join(dir, c.name+".user.txt"))
		if err != nil {
			t.Fatal(err)
		}
		user := filepath.Join(t.TempDir(), "u.txt")
		// Each run (plain, then -tool) writes the file anew.
		tlcGoldenRun(t, dir, c.name, []string{"-noGenerateSpecTE", "-userFile", user}, c.code)
		if got, err := os.ReadFile(user); err != nil || string(got) != string(want) {
			t.Errorf("%s: the -userFile holds %q (%v), TLC's %q", c.name, got, err, want)
		}
	}
}
