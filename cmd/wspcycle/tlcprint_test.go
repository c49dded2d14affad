package main

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

// Print and PrintT under `wspcycle tlc` print what TLC prints, where TLC
// prints it (TLC's run on Prints.tla is in model/testdata/tlc/print): raw
// on standard output, in -tool mode too; the ASSUME's value after
// "Starting..." and before "Computing initial states...", broken over
// lines as TLC breaks it; each initial state's Init print followed by the
// invariant's print for that state; for each state expanded, action A's
// print, the invariant's print of A's new successor, then B's print (B's
// successor is not new); Print("A", x) as "A", two spaces, x.
func TestTLCPrintGolden(t *testing.T) {
	tlcGoldenRun(t, filepath.Join("..", "..", "model", "testdata", "tlc", "print"), "Prints", nil, 0)
}

// A quantifier or set map with several binders binds them in TLC's order,
// the first turning fastest, which what its body prints shows
// (QuantOrder, TLC's run in model/testdata/tlc/print; eval's
// quantorder.go).
func TestTLCQuantOrderGolden(t *testing.T) {
	tlcGoldenRun(t, filepath.Join("..", "..", "model", "testdata", "tlc", "print"), "QuantOrder", nil, 0)
}

// `wspcycle check` prints on standard output too, as TLC does, the ASSUME's
// value before the report; with --json, stdout is the JSON alone and the
// printed values go to stderr.
func TestCheckPrintStdout(t *testing.T) {
	spec := filepath.Join("..", "..", "model", "testdata", "tlc", "print", "Prints.tla")
	var out, errb bytes.Buffer
	if code := run(context.Background(), []string{"check", "--workers", "1", "--progress", "0", spec}, &out, &errb); code != 0 {
		t.Fatalf("exit %d: %s", code, errb.String())
	}
	if !strings.HasPrefix(out.String(), "<< \"assume\",\n   << 1000,\n") || !strings.Contains(out.String(), "\"A\"  2\n[inv |-> 4]\n<<\"B\", 2>>\n") {
		t.Errorf("stdout does not hold the printed values as TLC prints them:\n%s", out.String())
	}
	if strings.Contains(errb.String(), "inv") {
		t.Errorf("printed values on stderr:\n%s", errb.String())
	}
	out.Reset()
	errb.Reset()
	if code := run(context.Background(), []string{"check", "--json", "--workers", "1", spec}, &out, &errb); code != 0 {
		t.Fatalf("--json: exit %d: %s", code, errb.String())
	}
	var v map[string]any
	if err := json.Unmarshal(out.Bytes(), &v); err != nil {
		t.Errorf("--json: stdout is not the JSON alone: %v\n%s", err, out.String())
	}
	if !strings.Contains(errb.String(), "[inv |-> 4]") {
		t.Errorf("--json: printed values not on stderr:\n%s", errb.String())
	}
}

// Several workers print at once: each printed value, however many lines
// it takes, comes out whole (never mixed with another's lines), with
// `wspcycle check` and `wspcycle tlc`.
func TestPrintWorkersWhole(t *testing.T) {
	dir := t.TempDir()
	spec := filepath.Join(dir, "Many.tla")
	src := "---- MODULE Many ----\nEXTENDS TLC, Naturals\nVARIABLE x\nInit == x = 0\n" +
		"Next == x < 400 /\\ \\E d \\in 1..2 : x' = x + d /\\ PrintT([i \\in 1..12 |-> <<x, i * 1000000>>])\n====\n"
	if err := os.WriteFile(spec, []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "Many.cfg"), []byte("INIT Init\nNEXT Next\nCHECK_DEADLOCK FALSE\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, args := range [][]string{{"check", "--workers", "4", "--progress", "0", spec}, {"tlc", "-workers", "4", spec}} {
		var out, errb bytes.Buffer
		if code := run(context.Background(), args, &out, &errb); code != 0 {
			t.Fatalf("%v: exit %d: %s", args, code, errb.String())
		}
		// Each value is 12 lines: "<< <<x, 1000000>>," then 10 lines
		// "   <<x, k000000>>," and "   <<x, 12000000>> >>", all of one x.
		lines := strings.Split(out.String(), "\n")
		blocks := 0
		for i := 0; i < len(lines); i++ {
			if !strings.HasPrefix(lines[i], "<< <<") {
				continue
			}
			blocks++
			x := strings.TrimSuffix(strings.TrimPrefix(lines[i], "<< <<"), ", 1000000>>,")
			for k := 2; k <= 12; k++ {
				want := "   <<" + x + ", " + strconv.Itoa(k) + "000000>>,"
				if k == 12 {
					want = "   <<" + x + ", 12000000>> >>"
				}
				if i+k-1 >= len(lines) || lines[i+k-1] != want {
					t.Fatalf("%v: value for x = %s broken at its line %d:\n%s", args, x, k, strings.Join(lines[i:min(len(lines), i+13)], "\n"))
				}
			}
		}
		// x from 0 to 399 is expanded, each by two steps.
		if blocks != 800 {
			t.Errorf("%v: %d values printed, want 800", args, blocks)
		}
	}
}

// A step's source range ends at the last name of a label reached through
// an instance: for Next == x' = N(x)!Op!lab (tla/eval/testdata/lang/
// LabInst.tla), TLC names the step <Next line 22, col 9 to line 22, col
// 24 of module LabInst>, the whole of Next's body.
func TestTLCLabelThroughInstanceRange(t *testing.T) {
	spec := filepath.Join("..", "..", "tla", "eval", "testdata", "lang", "LabInst.tla")
	var out, errb bytes.Buffer
	if code := run(context.Background(), []string{"tlc", "-workers", "1", spec}, &out, &errb); code != 12 {
		t.Fatalf("exit %d, want TLC's 12: %s", code, errb.String())
	}
	if !strings.Contains(out.String(), "State 2: <Next line 22, col 9 to line 22, col 24 of module LabInst>") {
		t.Errorf("the step's range is not TLC's:\n%s", out.String())
	}
}

// A state prints as TLC's TLCStateMut prints it: a value wider than 80
// columns broken over lines by TLC's pretty-printer (Wide), and a spec of
// one variable without the "/\ " before it (OneVar). TLC's outputs are in
// model/testdata/tlc/states; both fail if the values are printed on one
// line or every variable gets its "/\ ".
func TestTLCStateLinesGolden(t *testing.T) {
	dir := filepath.Join("..", "..", "model", "testdata", "tlc", "states")
	tlcGoldenRun(t, dir, "Wide", nil, 12)
	tlcGoldenRun(t, dir, "OneVar", nil, 12)
}

// A constant-level INVARIANT that prints is evaluated once, at load
// (printing once), then warned about and not checked in each state, as
// TLC does (ConstInvPrint, TLC's run in model/testdata/tlc/print; eval's
// constcfg.go): it printed once more per state.
func TestTLCConstInvPrintGolden(t *testing.T) {
	tlcGoldenRun(t, filepath.Join("..", "..", "model", "testdata", "tlc", "print"), "ConstInvPrint", nil, 0)
}
