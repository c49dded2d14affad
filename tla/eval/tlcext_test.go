package eval_test

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/wspcycle/wspcycle/model"
	"github.com/wspcycle/wspcycle/tla/eval"
)

// TestTLCSetPause: TLCSet("pause", TRUE) prints TLC's prompt "Press
// enter to resume model checking." with what the spec prints, and waits
// for a byte of input before going on (TLC's TLCGetSet reads one byte of
// standard input), in the breadth-first search and in its ASSUMEs (TLC
// rev cc6b616 prompts twice on this spec: for the ASSUME, and when it
// expands x = 1). The verdict and counts are those of the model without
// the pauses: x runs 0..2, 3 distinct, 3 generated.
func TestTLCSetPause(t *testing.T) {
	dir := t.TempDir()
	src := "---- MODULE Pause ----\nEXTENDS TLC, Naturals\nVARIABLE x\nASSUME TLCSet(\"pause\", TRUE)\nInit == x = 0\n" +
		"Next == x < 2 /\\ x' = x + 1 /\\ (x = 1 => TLCSet(\"pause\", TRUE))\n====\n"
	if err := os.WriteFile(filepath.Join(dir, "Pause.tla"), []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "Pause.cfg"), []byte("INIT Init\nNEXT Next\nCHECK_DEADLOCK FALSE\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	// The ASSUME pauses while the spec loads, before SetInput can be
	// called: it reads standard input, here a file of one newline.
	stdin := filepath.Join(dir, "stdin")
	if err := os.WriteFile(stdin, []byte("\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	f, err := os.Open(stdin)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	saved := os.Stdin
	os.Stdin = f
	defer func() { os.Stdin = saved }()
	var out bytes.Buffer
	sp, err := eval.LoadFilesWith(eval.Options{Print: &out}, filepath.Join(dir, "Pause.tla"), filepath.Join(dir, "Pause.cfg"))
	if err != nil {
		t.Fatal(err)
	}
	if got := out.String(); got != "Press enter to resume model checking.\n" {
		t.Errorf("the ASSUME printed %q, want TLC's prompt", got)
	}
	if n, _ := f.Read(make([]byte, 1)); n != 0 {
		t.Errorf("the ASSUME's pause did not read standard input")
	}
	out.Reset()
	in := strings.NewReader("\nleft over\n")
	sp.Run.SetInput(in)
	rep, err := model.Check(context.Background(), sp, model.Options{Workers: 1})
	if err != nil || rep.Result != model.ResultOK || rep.Distinct != 3 || rep.Generated != 3 {
		t.Fatalf("got %v %+v, want ok with 3 distinct, 3 generated", err, rep)
	}
	if got := out.String(); got != "Press enter to resume model checking.\n" {
		t.Errorf("printed %q, want TLC's prompt once", got)
	}
	if in.Len() != len("left over\n") {
		t.Errorf("the pause read %d bytes, want one (TLC's System.in.read())", len("\nleft over\n")-in.Len())
	}
}

// TestTLCExtRefused: what wspcycle cannot answer as TLC does is a
// positioned error, never a guess: PickSuccessor(FALSE) on a complete
// step (TLC asks its user on standard input), AssertError whose message
// is not a string literal (TLC refuses it), TLCCache (TLC's caching rule
// is not pinned down), TLCGetOrDefault of a negative register (a Java
// exception in TLC), TLCGet("spec") of a spec whose record holds what is
// not given here.
func TestTLCExtRefused(t *testing.T) {
	for _, tc := range []struct{ next, want string }{
		{"x' = x + 1 /\\ PickSuccessor(x' > 5)", "Pick.tla:5:23: unsupported: PickSuccessor"},
		{"x' = x + 1 /\\ AssertError(\"m\" \\o \"n\", x = 1)", "Pick.tla:5:23: unsupported: AssertError"},
		{"x' = TLCCache(x + 1, {})", "Pick.tla:5:14: unsupported: operator TLCCache"},
		{"x' = TLCGetOrDefault(-1, x + 1)", "Pick.tla:5:14: unsupported: TLCGetOrDefault(-1"},
		// TLC lists an action with parameters once per value, with
		// context and parameters fields: not given here.
		{"\\E i \\in {1} : x' = x + i /\\ TLCGet(\"spec\") # {}", "unsupported: TLCGet(\"spec\") of an action with parameters"},
	} {
		dir := t.TempDir()
		src := "---- MODULE Pick ----\nEXTENDS TLC, TLCExt, Integers, Sequences\nVARIABLE x\nInit == x = 0\nNext == " + tc.next + "\n====\n"
		if err := os.WriteFile(filepath.Join(dir, "Pick.tla"), []byte(src), 0o644); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, "Pick.cfg"), []byte("INIT Init\nNEXT Next\n"), 0o644); err != nil {
			t.Fatal(err)
		}
		sp, err := eval.LoadFiles(filepath.Join(dir, "Pick.tla"), filepath.Join(dir, "Pick.cfg"))
		if err == nil {
			var rep *model.Report
			rep, err = model.Check(context.Background(), sp, model.Options{Workers: 1})
			if err == nil && rep.Result == model.ResultError {
				err = &eval.Error{Pos: rep.Pos, Msg: rep.Message}
			}
		}
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%s: got %v, want %s", tc.next, err, tc.want)
		}
	}
}
