package main

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"testing"

	"github.com/wspcycle/wspcycle/model/tlcout"
)

// TestTLCActionNamesGolden holds TLC's names of actions (TLC rev cc6b616,
// outputs in model/testdata/tlc/actionnames): a disjunct of the next-state
// relation that applies no operator of its own is named by the relation's
// definition (Named: "MyNext", not "Next"), and in an inline [][A]_v by
// "Action" with its own range. Each spec is run with an invariant violated
// at x = 3 (the names in the trace) and, without it, with -coverage 1 (the
// names and heads in the coverage report), plain and -tool.
//
// Params and Opaque hold TLC's names of the steps of a trace by the
// actions of its split of Next (Tool.getActions, Action.getLocation): the
// definition an action was found in with the values of that definition's
// own formal parameters (Add(2,1), Two(1,0), A), an application whose
// arguments read the state one action at the application (Inc), and a \E
// over a set of the state one action named by its definition at the \E
// (Next).
func TestTLCActionNamesGolden(t *testing.T) {
	dir := filepath.Join("..", "..", "model", "testdata", "tlc", "actionnames")
	for _, c := range []struct {
		spec, cfg string
		code      int
	}{{"Named", "Named", 12}, {"Named", "NamedCov", 0}, {"Inline", "Inline", 12}, {"Inline", "InlineCov", 0},
		{"Params", "Params", 12}, {"Opaque", "Opaque", 12}} {
		for _, mode := range []string{"text", "tool"} {
			t.Run(c.cfg+"/"+mode, func(t *testing.T) {
				args := []string{"tlc", "-workers", "1"}
				if mode == "tool" {
					args = append(args, "-tool")
				}
				if c.code == 0 {
					args = append(args, "-coverage", "1")
				}
				args = append(args, "-config", filepath.Join(dir, c.cfg+".cfg"), filepath.Join(dir, c.spec+".tla"))
				var out, errb bytes.Buffer
				if code := run(context.Background(), args, &out, &errb); code != c.code {
					t.Errorf("exit %d, want TLC's %d; stderr: %s", code, c.code, errb.String())
				}
				data, err := os.ReadFile(filepath.Join(dir, c.cfg+"."+mode+".out"))
				if err != nil {
					t.Fatal(err)
				}
				want, got := tlcout.Normalize(string(data), mode == "tool"), tlcout.Normalize(out.String(), mode == "tool")
				if got != want {
					t.Errorf("output differs from TLC's:\n%s\nfull output:\n%s", firstDiff(want, got), out.String())
				}
			})
		}
	}
}
