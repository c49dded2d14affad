package main

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/wspcycle/wspcycle/model/tlcout"
)

// TestTLCSymLiveGolden: two liveness verdicts that hang on the states
// TLC evaluates its predicates on (model/testdata/tlc/symlive, TLC's runs
// with -workers 1, plain and -tool):
//
//   - SymLeads: SYMMETRY with P ~> Q and WF; TLC judges a step's tableau
//     node by the actual successor, not by its orbit's first state, and
//     finds no violation (wspcycle reported one), warning about symmetry
//     as it starts;
//   - SimLate (-simulate num=1 -depth 10 -seed 1): a behaviour of three
//     states that stops; TLC's simulator takes the last state's []<>~P
//     from the state before it and reports <>[]P violated, naming no
//     property (wspcycle reported none).
func TestTLCSymLiveGolden(t *testing.T) {
	dir := filepath.Join("..", "..", "model", "testdata", "tlc", "symlive")
	tlcGoldenRun(t, dir, "SymLeads", nil, 0)
	for _, mode := range []string{"text", "tool"} {
		t.Run("SimLate/"+mode, func(t *testing.T) {
			args := []string{"tlc", "-workers", "1", "-simulate", "num=1", "-depth", "10", "-seed", "1"}
			if mode == "tool" {
				args = append(args, "-tool")
			}
			args = append(args, "-config", filepath.Join(dir, "SimLate.cfg"), filepath.Join(dir, "SimLate.tla"))
			code, out, errs := runCLI(t, t.Context(), args...)
			if code != 13 {
				t.Errorf("exit %d, want TLC's 13; stderr: %s", code, errs)
			}
			data, err := os.ReadFile(filepath.Join(dir, "SimLate."+mode+".out"))
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
