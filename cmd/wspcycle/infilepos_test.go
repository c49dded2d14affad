package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// inFileSpec is a root module R and, after its ====, a module Q it
// instantiates, whose header is on line 9 of R.tla: Q's line 3 is the
// file's line 11.
const inFileSpec = `---- MODULE R ----
EXTENDS Naturals, TLC
VARIABLE x
I == INSTANCE Q
Init == x = 0
Next == x' = I!F(x)
Inv == x < 3
====
---- MODULE Q ----
EXTENDS Naturals
F(a) == IF a < 2 THEN a + 1 ELSE a + "s"BAD
====
`

// A position in a module that follows the root in its file is printed by
// wspcycle's own report as file:line:col of the real file (R.tla:11:..),
// which an editor can open, not as SANY's FILE(MODULE) with the module's
// line; TLC's output (wspcycle tlc) keeps SANY's module and module line.
func TestInFilePositionsPointIntoTheRealFile(t *testing.T) {
	for _, c := range []struct{ name, bad, check, tlc string }{
		// A parse error in Q.
		{"parse", " + )", "R.tla:11:44: ", "line 3, col 44 to line 3, col 44 of module Q"},
		// An evaluation error in Q.
		{"eval", "", "at R.tla:11:", "of module R"},
	} {
		t.Run(c.name, func(t *testing.T) {
			dir := t.TempDir()
			spec := strings.Replace(inFileSpec, "BAD", c.bad, 1)
			if err := os.WriteFile(filepath.Join(dir, "R.tla"), []byte(spec), 0o644); err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(filepath.Join(dir, "R.cfg"), []byte("INIT Init\nNEXT Next\nINVARIANT Inv\n"), 0o644); err != nil {
				t.Fatal(err)
			}
			var out, errb bytes.Buffer
			runIn(t, dir, []string{"check", "-workers", "1", "R.tla"}, &out, &errb)
			got := out.String() + errb.String()
			if !strings.Contains(got, c.check) || strings.Contains(got, "R.tla(") {
				t.Errorf("wspcycle check: want %q and no R.tla(Q...) in:\n%s", c.check, got)
			}
			out.Reset()
			errb.Reset()
			runIn(t, dir, []string{"tlc", "-workers", "1", "-noGenerateSpecTE", "R.tla"}, &out, &errb)
			if got := out.String(); !strings.Contains(got, c.tlc) {
				t.Errorf("wspcycle tlc: want %q in:\n%s", c.tlc, got)
			}
		})
	}
}
