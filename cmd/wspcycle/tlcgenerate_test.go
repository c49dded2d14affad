package main

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/wspcycle/wspcycle/model/tlcout"
)

// TestTLCGenerateGolden compares `wspcycle tlc -generate` with TLC's own
// runs (rev cc6b616, -workers 1) kept in model/testdata/tlc/generate,
// plain and -tool. TLC's generation mode is its simulator with one
// successor per action tried: a disjunction draws its first disjunct and
// a prime stride from the worker's generator, as the action choice does,
// so on specs without a \E in an action the behaviours are TLC's draw for
// draw:
//   - GenOr, num=5 -depth 10 -seed 1: Next is one action (a conjunction)
//     whose three disjuncts add 1, 2 or 3; its ASSUME checks that
//     TLCGet("config").mode is "generate". Inv (x < 7) is violated at x =
//     8 after 3, 6: TLC's draws. 18 states generated: one per step (under
//     -simulate every disjunct's successor is counted), exit 12;
//   - GenDead, num=5 -depth 10 -seed 1: every behaviour deadlocks at
//     x = 3; TLC's worker finishes its 5 behaviours (16 states), exit 11.
func TestTLCGenerateGolden(t *testing.T) {
	td := filepath.Join("..", "..", "model", "testdata", "tlc", "generate")
	for _, c := range []struct {
		name string
		args []string
		code int
	}{
		{"GenOr", []string{"num=5", "-depth", "10", "-seed", "1"}, 12},
		{"GenDead", []string{"num=5", "-depth", "10", "-seed", "1"}, 11},
	} {
		spec := filepath.Join(td, c.name)
		for _, mode := range []string{"text", "tool"} {
			t.Run(c.name+"/"+mode, func(t *testing.T) {
				args := append([]string{"tlc", "-workers", "1", "-generate"}, c.args...)
				if mode == "tool" {
					args = append(args, "-tool")
				}
				args = append(args, "-config", spec+".cfg", spec+".tla")
				code, out, errs := runCLI(t, t.Context(), args...)
				if code != c.code {
					t.Errorf("exit %d, want TLC's %d; stderr: %s", code, c.code, errs)
				}
				data, err := os.ReadFile(filepath.Join(td, c.name+"."+mode+".out"))
				if err != nil {
					t.Fatal(err)
				}
				want, got := tlcout.Normalize(string(data), mode == "tool"), tlcout.Normalize(out, mode == "tool")
				if got != want {
					t.Errorf("output differs from TLC's:\n%s\nfull output:\n%s", firstDiff(want, got), out)
				}
			})
		}
	}
}
