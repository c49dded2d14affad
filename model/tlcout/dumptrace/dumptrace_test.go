package dumptrace

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/wspcycle/wspcycle/model"
	"github.com/wspcycle/wspcycle/tla/eval"
	"github.com/wspcycle/wspcycle/tla/token"
	"github.com/wspcycle/wspcycle/tla/value"
)

// The files TLC rev cc6b616 wrote with "-dumpTrace tla NAMETrace.tla
// -dumpTrace tlcplain NAMEPlain.tla -dumpTrace json NAME.json" (the
// specs are beside them; `wspcycle tlc`'s own tests run the whole
// command on them).
var tlcFiles = filepath.Join("..", "..", "testdata", "tlc", "dumptrace")

// The reports below are built by hand as the checker reports those runs,
// so that the writers are tested without a search:
//
//   - Stay: <>(x = 1) fails in the only state, x = 0, which stutters
//     forever (LoopBack is the last state): TLC's one step is its
//     "UnnamedAction" of "--TLA+ BUILTINS--" with a zero location;
//   - InvInit: the initial state violates the invariant: no steps;
//   - J: one step by Next (TLC's range 6:9-6:52 of J) between states with
//     every kind of value, the variables printed in TLC's order of them
//     (str, mv, f, q, r, s, t; VarOrder), not their declaration order,
//     which "vars" keeps.
func testReports() map[string]struct {
	sp  *eval.Spec
	rep *model.Report
} {
	jState := func(s value.Value) value.State {
		return value.State{s, value.Tuple(value.Int(1), value.Alphabetical.Str("a")), value.Alphabetical.Record("a", value.Int(1), "b", value.Bool(true)),
			value.Alphabetical.Str("hi"), value.FcnFromPairs([]value.Value{value.Int(1), value.Int(3)}, []value.Value{value.Int(1), value.Int(3)}),
			value.Alphabetical.Model("m"), value.Tuple()}
	}
	jNext := model.SourceRange{Module: "J", Start: token.Pos{Line: 6, Col: 9}, End: token.Pos{Line: 6, Col: 52}}
	return map[string]struct {
		sp  *eval.Spec
		rep *model.Report
	}{
		"Stay": {&eval.Spec{}, &model.Report{
			Vars:     []string{"x"},
			Trace:    []model.TraceState{{Action: "Initial predicate", State: value.State{value.Int(0)}}},
			LoopBack: 1,
		}},
		"InvInit": {&eval.Spec{}, &model.Report{
			Vars:  []string{"x", "y"},
			Trace: []model.TraceState{{Action: "Initial predicate", State: value.State{value.Int(0), value.Int(1)}}},
		}},
		"J": {&eval.Spec{Actions: []eval.ActionInfo{{Name: "Next"}}}, &model.Report{
			Vars:     []string{"s", "q", "r", "str", "f", "mv", "t"},
			VarOrder: []int{3, 5, 4, 1, 2, 0, 6},
			Ranges:   []model.SourceRange{jNext},
			Trace: []model.TraceState{
				{Action: "Initial predicate", State: jState(value.Set(value.Int(1), value.Int(2)))},
				{Action: "Next", Act: 1, State: jState(value.Set())},
			},
		}},
	}
}

// JSON and Module write TLC's files byte for byte.
func TestFilesAreTLCs(t *testing.T) {
	for name, c := range testReports() {
		t.Run(name, func(t *testing.T) {
			js, err := JSON(c.sp, c.rep)
			if err != nil {
				t.Fatal(err)
			}
			for _, f := range []struct {
				file string
				got  []byte
			}{
				{name + ".json", js},
				{name + "Trace.tla", Module("tla", name+"Trace.tla", c.sp, c.rep)},
				{name + "Plain.tla", Module("tlcplain", name+"Plain.tla", c.sp, c.rep)},
			} {
				want, err := os.ReadFile(filepath.Join(tlcFiles, f.file))
				if err != nil {
					t.Fatal(err)
				}
				if !bytes.Equal(f.got, want) {
					t.Errorf("%s:\n%s\nTLC's:\n%s", f.file, f.got, want)
				}
			}
		})
	}
}

// The module is named after FILE with its first ".tla" removed, as TLC
// names it, even when that is no TLA+ name.
func TestModuleName(t *testing.T) {
	c := testReports()["Stay"]
	got := Module("tla", "sub/t.tla.tla", c.sp, c.rep)
	if want := "---- MODULE sub/t.tla ----\n"; !strings.HasPrefix(string(got), want) {
		t.Errorf("module starts %q, want %q", got[:min(len(got), len(want))], want)
	}
}

// Parse takes TLC's formats ignoring case (those not written here too:
// Unwritten says why), and refuses the others with a usage error.
func TestParse(t *testing.T) {
	for _, c := range []struct {
		format string
		want   Dump
		err    string
	}{
		{"json", Dump{"json", "f"}, ""},
		{"TLA", Dump{"tla", "f"}, ""},
		{"TlcPlain", Dump{"tlcplain", "f"}, ""},
		{"tlcTESpec", Dump{"tlctespec", "f"}, ""},
		{"dot", Dump{"dot", "f"}, ""},
		{"tlcaction", Dump{"tlcaction", "f"}, ""},
		{"xml", Dump{}, "-dumpTrace: unknown format xml (TLC's are json, tla, tlcplain, tlc, tlcaction, tlcTESpec and dot)"},
	} {
		got, err := Parse(c.format, "f")
		switch {
		case c.err == "" && err != nil:
			t.Errorf("Parse(%q): %v", c.format, err)
		case c.err != "" && (err == nil || !strings.HasPrefix(err.Error(), c.err)):
			t.Errorf("Parse(%q): error %v, want %q", c.format, err, c.err)
		case got != c.want:
			t.Errorf("Parse(%q) = %+v, want %+v", c.format, got, c.want)
		}
	}
	for _, f := range []string{"tlctespec", "dot", "tlcaction"} {
		if Unwritten(f) == "" || ModuleOf(f) == "" {
			t.Errorf("%s: Unwritten %q, ModuleOf %q", f, Unwritten(f), ModuleOf(f))
		}
	}
	for _, f := range []string{"json", "tla", "tlcplain", "tlc"} {
		if Unwritten(f) != "" {
			t.Errorf("%s: Unwritten %q, want it written", f, Unwritten(f))
		}
	}
}

type lines []string

func (l *lines) Line(s string) { *l = append(*l, s) }

// A later -dumpTrace of the same group sets the file again, as TLC's
// post-conditions do: with json a.json, tla x.tla, json b.json TLC writes
// b.json twice (and says so twice), x.tla once, and never creates a.json.
func TestLastFileOfAGroupWins(t *testing.T) {
	dir := t.TempDir()
	a, x, b := filepath.Join(dir, "a.json"), filepath.Join(dir, "x.tla"), filepath.Join(dir, "b.json")
	c := testReports()["Stay"]
	d, err := Open([]Dump{{"json", a}, {"tla", x}, {"json", b}})
	if err != nil {
		t.Fatal(err)
	}
	var w lines
	if err := d.Write(&w, c.sp, c.rep); err != nil {
		t.Fatal(err)
	}
	d.Finish()
	want := lines{`"CounterExample written: ` + b + `"`, `"CounterExample written: ` + x + `"`, `"CounterExample written: ` + b + `"`}
	if strings.Join(w, "\n") != strings.Join(want, "\n") {
		t.Errorf("lines:\n%s\nwant:\n%s", strings.Join(w, "\n"), strings.Join(want, "\n"))
	}
	if _, err := os.Stat(a); !os.IsNotExist(err) {
		t.Errorf("a.json: %v, want it not created", err)
	}
	js, _ := JSON(c.sp, c.rep)
	if got, err := os.ReadFile(b); err != nil || !bytes.Equal(got, js) {
		t.Errorf("b.json = %q, %v; want %q", got, err, js)
	}
	if got, err := os.ReadFile(x); err != nil || !bytes.Equal(got, Module("tla", x, c.sp, c.rep)) {
		t.Errorf("x.tla = %q, %v", got, err)
	}
}

// Open creates the files before the search, so a bad path fails at once;
// a run without a counterexample leaves none of them behind.
func TestOpenFailsEarlyAndFinishRemovesUnwritten(t *testing.T) {
	dir := t.TempDir()
	if _, err := Open([]Dump{{"json", filepath.Join(dir, "ok.json")}, {"tla", filepath.Join(dir, "no", "such", "x.tla")}}); err == nil {
		t.Error("Open: no error for a file in a missing directory")
	}
	if _, err := os.Stat(filepath.Join(dir, "ok.json")); !os.IsNotExist(err) {
		t.Errorf("ok.json left behind by a failed Open: %v", err)
	}
	f := filepath.Join(dir, "t.json")
	d, err := Open([]Dump{{"json", f}})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(f); err != nil {
		t.Errorf("Open did not create %s: %v", f, err)
	}
	d.Finish()
	if _, err := os.Stat(f); !os.IsNotExist(err) {
		t.Errorf("t.json left behind without a counterexample: %v", err)
	}
}

// A file the user already had is neither emptied by Open nor removed by
// Finish when the run has no counterexample (TLC does not touch it).
func TestExistingFileKeptWithoutCounterexample(t *testing.T) {
	f := filepath.Join(t.TempDir(), "old.json")
	if err := os.WriteFile(f, []byte("keep\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	d, err := Open([]Dump{{"json", f}})
	if err != nil {
		t.Fatal(err)
	}
	if got, err := os.ReadFile(f); err != nil || string(got) != "keep\n" {
		t.Errorf("after Open, old.json = %q, %v; want it unchanged", got, err)
	}
	d.Finish()
	if got, err := os.ReadFile(f); err != nil || string(got) != "keep\n" {
		t.Errorf("after Finish, old.json = %q, %v; want it unchanged", got, err)
	}
}
