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
		// A parse error in Q: SANY's parse error in Q's own lines (TLC
		// rev cc6b616, golden LaterParse).
		{"parse", " + )", "R.tla:11:44: ", "Encountered \")\" at line 3, column 44"},
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

// A line of its own in a comment of the root module that is the header of
// a module following the root is where SANY reads that module from
// (util.MonolithSpecExtractor): TLC (rev cc6b616) fails to parse it and
// exits 150 on this spec, which ran (exit 75) when the module was read
// from its real header.
func TestInFileHeaderInRootCommentIsSANYs(t *testing.T) {
	dir := t.TempDir()
	spec := "---- MODULE W ----\nEXTENDS Naturals\n(*\n---- MODULE Q3 ----\n  this is just a comment\n*)\n" +
		"VARIABLE x\nI == INSTANCE Q3\nInit == x = 0\nNext == x' = I!F(x)\n====\n" +
		"---- MODULE Q3 ----\nEXTENDS Naturals\nF(a) == IF a < 2 THEN a + 1 ELSE a + \"s\"\n====\n"
	if err := os.WriteFile(filepath.Join(dir, "W.tla"), []byte(spec), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "W.cfg"), []byte("INIT Init\nNEXT Next\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	var out, errb bytes.Buffer
	if code := runIn(t, dir, []string{"tlc", "-workers", "1", "-noGenerateSpecTE", "W.tla"}, &out, &errb); code != 150 {
		t.Errorf("wspcycle tlc exit %d, want TLC's 150:\n%s", code, out.String())
	}
	out.Reset()
	errb.Reset()
	runIn(t, dir, []string{"check", "-workers", "1", "W.tla"}, &out, &errb)
	if got := out.String() + errb.String(); !strings.Contains(got, "W.tla:5:") {
		t.Errorf("wspcycle check: want the error in the comment, W.tla:5:..., in:\n%s", got)
	}
}
