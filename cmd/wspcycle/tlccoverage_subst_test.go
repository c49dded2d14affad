package main

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/wspcycle/wspcycle/model/tlcout"
)

// TestTLCCoverageSubst compares `wspcycle tlc -coverage 1` with TLC's run
// of CovSubst (model/testdata/tlc/coverage, TLC rev cc6b616): a
// SPECIFICATION written in an instance with substitutions, whose Next TLC
// keeps whole as one action named "Action" at the INSTANCE statement,
// listing the leaves' trees with each \E's set and application's
// arguments after the body they enter (CovSubst.tla derives the counts).
//
// TLC also lists, first in that tree, a line per substitution (x <- x,
// y <- y: at the INSTANCE statement, counting the reads of the variable
// through it: 10 and 32); wspcycle does not count substitutions yet, so
// the lines located at the INSTANCE statement without a header are left
// out of both outputs. Every other line must be TLC's.
func TestTLCCoverageSubst(t *testing.T) {
	dir := filepath.Join("..", "..", "model", "testdata")
	for _, mode := range []string{"text", "tool"} {
		t.Run(mode, func(t *testing.T) {
			tool := mode == "tool"
			args := []string{"tlc", "-workers", "1", "-coverage", "1", "-config", filepath.Join(dir, "CovSubst.cfg")}
			if tool {
				args = append(args, "-tool")
			}
			var out, errb bytes.Buffer
			if code := run(context.Background(), append(args, filepath.Join(dir, "CovSubst.tla")), &out, &errb); code != 0 {
				t.Fatalf("exit %d, want TLC's 0; stderr:\n%s", code, errb.String())
			}
			data, err := os.ReadFile(filepath.Join(dir, "tlc", "coverage", "CovSubst."+mode+".out"))
			if err != nil {
				t.Fatal(err)
			}
			want := dropSubstLines(coverageReport(tlcout.Normalize(string(data), tool)))
			got := dropSubstLines(coverageReport(tlcout.Normalize(out.String(), tool)))
			if !strings.Contains(want, "<Action line 10, col 1 to line 10, col 22 of module CovSubst>") {
				t.Fatal("TLC's report has no action at the INSTANCE statement")
			}
			if got != want {
				t.Errorf("report differs from TLC's:\n%s\nfull output:\n%s", firstDiff(want, got), out.String())
			}
		})
	}
}

// dropSubstLines removes the lines of the substitutions of CovSubst's
// INSTANCE (and, with -tool, their message frames).
func dropSubstLines(report string) string {
	const at = "  line 10, col 1 to line 10, col 22 of module CovSubst: "
	lines := strings.Split(report, "\n")
	var out []string
	for i := 0; i < len(lines); i++ {
		if strings.HasPrefix(lines[i], at) {
			if n := len(out); n > 0 && strings.HasPrefix(out[n-1], "@!@!@STARTMSG") {
				out = out[:n-1]
				if i+1 < len(lines) && strings.HasPrefix(lines[i+1], "@!@!@ENDMSG") {
					i++
				}
			}
			continue
		}
		out = append(out, lines[i])
	}
	return strings.Join(out, "\n")
}
