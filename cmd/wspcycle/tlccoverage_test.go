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

// TestTLCCoverageGolden runs `wspcycle tlc -coverage 1` on specs whose
// search completes without a violation or temporal properties, and
// compares the output with TLC's own -coverage 1 run kept in
// model/testdata/tlc/coverage, after removing from TLC's the coverage
// lines wspcycle does not print (per-expression counts and costs,
// variables' value counts, constraints' counts: tlcout.CoverageDetail).
// What remains must agree line for line: the report's place (after the
// verdict, before the final counts), the initial predicate's and each
// action's distinct:generated counts, the heads' source ranges ("<Put line
// 7, col 1 to line 7, col 6 of module Fifo>", an unnamed disjunct of Next
// as "<Next line 6, col 1 to line 6, col 4 of module Constrained (6 12 6
// 35)>"), the invariants, and in -tool mode TLC's codes 2201, 2773, 2772,
// 2774, 2202. Steps also has TLC's warning (2255) for each PROPERTY that is a
// state predicate (StartsAtZero, a conjunction, and XIsZero), the hint about
// -nowarning after the first only.
func TestTLCCoverageGolden(t *testing.T) {
	dir := filepath.Join("..", "..", "model", "testdata")
	for _, name := range []string{"Counter", "Fifo", "Constrained", "Pool", "Mailboxes", "SetOps", "ActionConstraint", "MultiInit", "Steps", "Tokens"} {
		toolData, err := os.ReadFile(filepath.Join(dir, "tlc", "coverage", name+".tool.out"))
		if err != nil {
			t.Fatal(err)
		}
		detail := tlcout.CoverageDetail(string(toolData))
		for _, mode := range []string{"text", "tool"} {
			t.Run(name+"/"+mode, func(t *testing.T) {
				args := []string{"tlc", "-workers", "1", "-coverage", "1", "-config", filepath.Join(dir, name+".cfg")}
				if mode == "tool" {
					args = append(args, "-tool")
				}
				var out, errb bytes.Buffer
				if code := run(context.Background(), append(args, filepath.Join(dir, name+".tla")), &out, &errb); code != 0 {
					t.Fatalf("exit %d; stderr:\n%s", code, errb.String())
				}
				if !strings.Contains(errb.String(), "not printed: the per-expression counts") {
					t.Errorf("what -coverage does not print is not said on stderr:\n%s", errb.String())
				}
				data, err := os.ReadFile(filepath.Join(dir, "tlc", "coverage", name+"."+mode+".out"))
				if err != nil {
					t.Fatal(err)
				}
				want := tlcout.Normalize(tlcout.DropCoverageDetail(string(data), mode == "tool", detail), mode == "tool")
				if dev, ok := tlcDeviations[name]; ok {
					want = strings.Replace(want, dev.tlc, dev.ours, 1)
				}
				got := tlcout.Normalize(out.String(), mode == "tool")
				if got != want {
					t.Errorf("output differs from TLC's:\n%s\nfull output:\n%s", firstDiff(want, got), out.String())
				}
				if !strings.Contains(got, "End of statistics.") {
					t.Error("no coverage report")
				}
			})
		}
	}
}
