package main

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/wspcycle/wspcycle/model/tlcout"
)

// reDebuggerExpr is the number TLC gives the invariant of an -inv, one of
// its own; ours is the -inv's rank.
var reDebuggerExpr = regexp.MustCompile(`__DebuggerExpr__[0-9]+`)

// -inv EXPR checks EXPR as one more invariant, after the cfg's; an EXPR
// that does not parse or resolve is TLC's message 2171 after
// "Starting...", exit 150. TLC's output (rev cc6b616, on InvFail with its
// cfg) is in model/testdata/tlc/inv: Fails ("a < 2", violated at a = 2,
// before the cfg's Safe is), Undef ("zz < 2") and Syntax ("a < "); and
// with -invlevel 3 on Lvl (InvFail extending TLC), the first trace of 3
// states. TLC names the invariant __DebuggerExpr__ and a number of its
// own, which is the one difference (normalised here).
func TestTLCInvGolden(t *testing.T) {
	td := filepath.Join("..", "..", "model", "testdata")
	for _, c := range []struct {
		name, flag, expr, spec string
		code                   int
	}{{"Fails", "-inv", "a < 2", "InvFail", 12}, {"Undef", "-inv", "zz < 2", "InvFail", 150}, {"Syntax", "-inv", "a < ", "InvFail", 150},
		{"Lvl", "-invlevel", "3", filepath.Join("tlc", "inv", "Lvl"), 12}} {
		for _, mode := range []string{"text", "tool"} {
			t.Run(c.name+"/"+mode, func(t *testing.T) {
				args := []string{"tlc", "-workers", "1", c.flag, c.expr}
				if mode == "tool" {
					args = append(args, "-tool")
				}
				args = append(args, "-config", filepath.Join(td, c.spec+".cfg"), filepath.Join(td, c.spec+".tla"))
				var out, errb bytes.Buffer
				if code := run(context.Background(), args, &out, &errb); code != c.code {
					t.Errorf("exit %d, want TLC's %d; stderr: %s", code, c.code, errb.String())
				}
				data, err := os.ReadFile(filepath.Join(td, "tlc", "inv", c.name+"."+mode+".out"))
				if err != nil {
					t.Fatal(err)
				}
				norm := func(s string) string {
					return reDebuggerExpr.ReplaceAllString(tlcout.Normalize(s, mode == "tool"), "__DebuggerExpr__<n>")
				}
				if want, got := norm(string(data)), norm(out.String()); got != want {
					t.Errorf("output differs from TLC's:\n%s\nfull output:\n%s", firstDiff(want, got), out.String())
				}
			})
		}
	}
}

// TLC's flags found in its source beyond -help's list, and its checks of
// the command line (TLC rev cc6b616): -modelcheck (the default mode)
// changes nothing (-noTE, read in any case, turns the trace exploration
// spec off: TestTLCTraceExplorationSpecNone; -noTEBin its .bin: TestTLCTEBin);
// -simulate's (and -generate's) stats=basic and stats=full are honoured,
// any other stats= value ignored as TLC ignores it; sched=rl and
// sched=rlaction are honoured, any other sched= value ignored as TLC
// ignores it; -simulate (-generate) file=
// without num=, -nowarning
// with -suppressMessages, -coverage -1 and -invlevel x are TLC's errors,
// in its words (exit 1, on stdout: TestTLCCommandLineGolden); -dumpTrace is
// read in any case; -coverage 0 is allowed (a report at the end only).
func TestTLCFlagChecks(t *testing.T) {
	spec := filepath.Join("..", "..", "model", "testdata", "Counter.tla")
	for _, c := range []struct {
		flags  []string
		code   int
		stderr string
	}{
		{[]string{"-modelcheck"}, 0, "-modelcheck changes nothing here"},
		{[]string{"-generate", "num=2,stats=full"}, 0, ""},
		{[]string{"-generate", "num=2,stats=basic"}, 0, ""},
		{[]string{"-simulate", "num=2,stats=basic,stats=full"}, 0, ""},
		{[]string{"-simulate", "num=2,stats=BASIC"}, 0, ""}, // TLC ignores it
		{[]string{"-generate", "file=tr"}, 1, "You need to specify a 'num' argument when using the 'file' argument"},
		{[]string{"-dump", "dot,bogus", "g.dot"}, 2, "-dump dot: unknown option bogus"},
		{[]string{"-simulate", "num=2,stats=full,stats=bogus"}, 0, ""},
		{[]string{"-simulate", "num=3,sched=rl"}, 0, ""},
		{[]string{"-simulate", "num=3,sched=rlaction"}, 0, ""},
		{[]string{"-simulate", "num=3,sched=RL"}, 0, ""}, // TLC ignores it
		{[]string{"-simulate", "file=tr"}, 1, "You need to specify a 'num' argument when using the 'file' argument"},
		{[]string{"-nowarning", "-suppressMessages", "2193"}, 1, "-nowarning already suppresses all warnings"},
		{[]string{"-coverage", "-1"}, 1, "Error: expect a nonnegative integer for -coverage option."},
		{[]string{"-invlevel", "3"}, 2, "-invlevel is not supported for a spec that does not EXTENDS TLC"},
		{[]string{"-invlevel", "x"}, 1, "Error: An integer for -invlevel required. But encountered x"},
	} {
		var out, errb bytes.Buffer
		code := runIn(t, t.TempDir(), append(append([]string{"tlc"}, c.flags...), mustAbs(t, spec)), &out, &errb)
		if code != c.code || !strings.Contains(errb.String()+out.String(), c.stderr) { // TLC's errors (exit 1) are on stdout
			t.Errorf("%v: exit %d (want %d), stderr %q (want %q)", c.flags, code, c.code, errb.String(), c.stderr)
		}
	}
	var out, errb bytes.Buffer
	dir := t.TempDir()
	if code := runIn(t, dir, []string{"tlc", "-coverage", "0", "-DUMPTRACE", "json", "t.json", mustAbs(t, spec)}, &out, &errb); code != 0 ||
		!strings.Contains(out.String(), "The coverage statistics at ") {
		t.Errorf("-coverage 0 -DUMPTRACE json: exit %d, no coverage report:\n%s\n%s", code, out.String(), errb.String())
	}
	// -coverage 0's final report is -coverage 1's: the expression lines too.
	var one, errOne bytes.Buffer
	if code := runIn(t, t.TempDir(), []string{"tlc", "-coverage", "1", mustAbs(t, spec)}, &one, &errOne); code != 0 {
		t.Fatalf("-coverage 1: exit %d: %s", code, errOne.String())
	}
	if got, want := coverageLines(out.String()), coverageLines(one.String()); got != want || !strings.Contains(want, "|line ") {
		t.Errorf("-coverage 0's report is not -coverage 1's:\n%s\nwant:\n%s", got, want)
	}
}

// coverageLines is the coverage report in TLC's output, without its
// first line (which holds the time).
func coverageLines(out string) string {
	var b strings.Builder
	in := false
	for _, l := range strings.Split(out, "\n") {
		switch {
		case strings.HasPrefix(l, "The coverage statistics at "):
			in = true
		case in && (strings.HasPrefix(l, "End of statistics") || l == ""):
			return b.String()
		case in:
			b.WriteString(l + "\n")
		}
	}
	return b.String()
}

func mustAbs(t *testing.T, p string) string {
	t.Helper()
	a, err := filepath.Abs(p)
	if err != nil {
		t.Fatal(err)
	}
	return a
}
