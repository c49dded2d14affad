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

// TestTLCCoverageNextError compares the coverage report of `wspcycle tlc
// -coverage 1` with TLC's (model/testdata/tlc/coverage/verdict, TLC rev
// cc6b616) on CovNextErr, whose Next fails to evaluate (Jump divides by 0
// in n = 2), plain and -tool. Only the report is compared: what comes
// before it is the error's wording, not coverage's.
//
// TLC rebuilds the trace as it does after any verdict (model's
// rebuild.go): it prints the trace (Init, the steps to n = 2), then
// evaluates the whole trace once more and Next in n = 2 up to the error.
// So Init counts 2 (the search) + 2 + 2 = 6:6, and Step's 8 are the
// search's 4 (from 0, 1, 5, 6 before the queue reaches 2) and 2 for each
// rebuilding of the 2 steps; Next in n = 2 stops at Jump, first, whose
// error generates nothing. The counts, the same for prints, are made by
// one plan: a count 4:4 of Init would say that the POSTCONDITION's
// rebuilding was left out.
func TestTLCCoverageNextError(t *testing.T) {
	dir := filepath.Join("..", "..", "model", "testdata", "tlc", "coverage", "verdict")
	for _, mode := range []string{"text", "tool"} {
		t.Run(mode, func(t *testing.T) {
			tool := mode == "tool"
			args := []string{"tlc", "-workers", "1", "-coverage", "1", "-config", filepath.Join(dir, "CovNextErr.cfg")}
			if tool {
				args = append(args, "-tool")
			}
			var out, errb bytes.Buffer
			run(context.Background(), append(args, filepath.Join(dir, "CovNextErr.tla")), &out, &errb)
			data, err := os.ReadFile(filepath.Join(dir, "CovNextErr."+mode+".out"))
			if err != nil {
				t.Fatal(err)
			}
			want := coverageBlock(tlcout.Normalize(string(data), tool))
			got := coverageBlock(tlcout.Normalize(out.String(), tool))
			if want == "" {
				t.Fatal("no coverage report in TLC's output")
			}
			if got != want {
				t.Errorf("coverage differs from TLC's:\n%s\nfull output:\n%s", firstDiff(want, got), out.String())
			}
		})
	}
}

// coverageBlock is the coverage report of a normalized output: from the
// line that opens it to "End of statistics." (its -tool frame included).
func coverageBlock(out string) string {
	i := strings.Index(out, "The coverage statistics")
	j := strings.Index(out, "End of statistics.")
	if i < 0 || j < i {
		return ""
	}
	return out[i : j+len("End of statistics.")]
}
