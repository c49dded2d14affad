package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/wspcycle/wspcycle/tla/eval"
	"github.com/wspcycle/wspcycle/tla/parser"
)

// -dumpTrace tla FILE and -dumpTrace tlcplain FILE write the
// counterexample as TLC's TLA+ module, byte for byte: TLC's files are in
// model/testdata/tlc/dumptrace (NAMETrace.tla and NAMEPlain.tla, written by
// TLC rev cc6b616 run with "-dumpTrace tla NAMETrace.tla -dumpTrace
// tlcplain NAMEPlain.tla -dumpTrace json NAME.json" on InvFail (an
// invariant), LiveFail (a lasso back to state 2, the closing step among
// the actions), Deadlock, Stay (a lasso that stutters in its initial
// state: TLC's step "UnnamedAction" of "--TLA+ BUILTINS--" with a zero
// location), InvInit (an invariant its initial state violates: no steps)
// and J (every kind of value)). The JSON of the same run must
// be TLC's too, byte for byte (J's variables in TLC's order of them, str,
// mv, f, q, r, s, t: model.TLCVarOrder). Each module written
// must load with our own front end, and its CounterExample must agree
// with its Trace and have one step per state change (plus the closing
// step of a lasso).
func TestTLCDumpTraceTLA(t *testing.T) {
	td, err := filepath.Abs(filepath.Join("..", "..", "model", "testdata"))
	if err != nil {
		t.Fatal(err)
	}
	dt := filepath.Join(td, "tlc", "dumptrace")
	for _, c := range []struct {
		name, spec string
		code       int
		states     int // states in the trace
		steps      int // steps in CounterExample.action
		load       bool
	}{
		{"InvFail", filepath.Join(td, "InvFail.tla"), 12, 4, 3, true},
		{"LiveFail", filepath.Join(td, "LiveFail.tla"), 13, 3, 3, true},
		{"Deadlock", filepath.Join(td, "Deadlock.tla"), 11, 3, 2, true},
		{"Stay", filepath.Join(dt, "Stay.tla"), 13, 1, 1, true},
		{"InvInit", filepath.Join(dt, "InvInit.tla"), 12, 1, 0, true},
		// J's trace has a model value, m, that its module does not declare
		// (as TLC writes it too): it parses, and SANY would not resolve it.
		{"J", filepath.Join(dt, "J.tla"), 12, 2, 1, false},
	} {
		t.Run(c.name, func(t *testing.T) {
			dir := t.TempDir()
			var out, errb bytes.Buffer
			args := []string{"tlc", "-workers", "1", "-dumpTrace", "tla", c.name + "Trace.tla", "-dumpTrace", "tlcplain", c.name + "Plain.tla",
				"-dumpTrace", "json", c.name + ".json", c.spec}
			if code := runIn(t, dir, args, &out, &errb); code != c.code {
				t.Fatalf("exit %d, want %d: %s", code, c.code, errb.String())
			}
			want := fmt.Sprintf("\"CounterExample written: %[1]sTrace.tla\"\n\"CounterExample written: %[1]sPlain.tla\"\n\"CounterExample written: %[1]s.json\"\n", c.name)
			if !strings.Contains(out.String(), want) {
				t.Errorf("the lines saying the files were written are not %q:\n%s", want, out.String())
			}
			for _, f := range []string{c.name + "Trace.tla", c.name + "Plain.tla", c.name + ".json"} {
				got := sameAsTLCFile(t, dir, dt, f)
				if strings.HasSuffix(f, ".json") {
					continue
				}
				if _, err := parser.ParseFile(f, got); err != nil {
					t.Errorf("%s is not TLA+ to our parser: %v", f, err)
				}
			}
			var got, tlc any
			for _, p := range []struct {
				path string
				dst  *any
			}{{filepath.Join(dir, c.name+".json"), &got}, {filepath.Join(dt, c.name+".json"), &tlc}} {
				data, err := os.ReadFile(p.path)
				if err != nil {
					t.Fatal(err)
				}
				if err := json.Unmarshal(data, p.dst); err != nil {
					t.Fatalf("%s: %v", p.path, err)
				}
			}
			if !reflect.DeepEqual(got, tlc) {
				g, _ := json.Marshal(got)
				w, _ := json.Marshal(tlc)
				t.Errorf("JSON differs from TLC's:\n%s\nTLC's:\n%s", g, w)
			}
			if !c.load {
				return
			}
			// Load both modules with our front end, and check them against
			// each other: a module of assumptions that extends both.
			check := fmt.Sprintf(`---- MODULE Check ----
EXTENDS %[1]sTrace, %[1]sPlain, FiniteSets, Sequences, Naturals
ASSUME Len(Trace) = %[2]d
ASSUME CounterExample.state = {<<i, Trace[i]>> : i \in 1..Len(Trace)}
ASSUME Cardinality(CounterExample.action) = %[3]d
ASSUME \A e \in CounterExample.action : e[1] \in CounterExample.state /\ e[3] \in CounterExample.state
ASSUME \A i \in 1..Len(Trace) - 1 : \E e \in CounterExample.action : e[1][1] = i /\ e[3][1] = i + 1
====
`, c.name, c.states, c.steps)
			if err := os.WriteFile(filepath.Join(dir, "Check.tla"), []byte(check), 0o644); err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(filepath.Join(dir, "Check.cfg"), nil, 0o644); err != nil {
				t.Fatal(err)
			}
			if _, err := eval.LoadFiles(filepath.Join(dir, "Check.tla"), filepath.Join(dir, "Check.cfg")); err != nil {
				t.Errorf("the modules written do not load or do not agree: %v", err)
			}
		})
	}
}

// TLC's -dumpTrace sets the file of its format's module each time: with
// two files of one format it writes the last one, twice, and never
// creates the first; formats it has that are not written here are refused
// with the reason, and an unknown one is a usage error.
func TestTLCDumpTraceLastFileWins(t *testing.T) {
	td, err := filepath.Abs(filepath.Join("..", "..", "model", "testdata"))
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	var out, errb bytes.Buffer
	args := []string{"tlc", "-dumpTrace", "json", "a.json", "-dumpTrace", "tla", "x.tla", "-dumpTrace", "json", "b.json", filepath.Join(td, "InvFail.tla")}
	if code := runIn(t, dir, args, &out, &errb); code != 12 {
		t.Fatalf("exit %d: %s", code, errb.String())
	}
	if want := "\"CounterExample written: b.json\"\n\"CounterExample written: x.tla\"\n\"CounterExample written: b.json\"\n"; !strings.Contains(out.String(), want) {
		t.Errorf("not TLC's lines %q:\n%s", want, out.String())
	}
	if _, err := os.Stat(filepath.Join(dir, "a.json")); err == nil {
		t.Error("a.json was written; TLC writes only the last file of a format")
	}
}

// -dumpTrace tlcaction, tlcTESpec and dot: TLC's modules for them
// (_TLCActionTrace, _TLCTESpec, _DotTrace) instantiate the
// CommunityModules' IOUtils (GraphViz), which TLC rev cc6b616 run as it is
// cannot find: SANY stops there, exit 150 (DumpAction, DumpTESpec,
// DumpDot on DumpCM.tla in model/testdata/tlc/dumptrace). TLC makes the
// root module extend each format's module in command-line order, then
// _TLCTrace (DumpDotJson: _DotTrace, _JsonTrace, _TLCTrace), and with
// one of these formats the modules of tla and tlcplain show too
// (DumpTlaDot: SANY stops at _TLAPlusCounterExample's IOUtils). Nothing
// is written. With IOUtils on TLA_PATH TLC would go on: refused (exit 2).
func TestTLCDumpTraceCommunity(t *testing.T) {
	dir := filepath.Join("..", "..", "model", "testdata", "tlc", "dumptrace")
	for _, c := range []struct {
		name  string
		flags []string
	}{
		{"DumpAction", []string{"-noGenerateSpecTE", "-dumpTrace", "tlcaction", "a.tla"}},
		{"DumpTESpec", []string{"-noGenerateSpecTE", "-dumpTrace", "tlcTESpec", "te.tla"}},
		{"DumpDot", []string{"-noGenerateSpecTE", "-dumpTrace", "dot", "d.dot"}},
		{"DumpTlaDot", []string{"-noGenerateSpecTE", "-dumpTrace", "tla", "t.tla", "-dumpTrace", "dot", "d.dot"}},
		{"DumpDotJson", []string{"-generateSpecTE", "-dumpTrace", "dot", "d.dot", "-dumpTrace", "json", "j.json"}},
	} {
		tlcGoldenRun(t, dir, c.name, c.flags, 150, inSpecDir(), withSpec("DumpCM"))
	}
	for _, f := range []string{"a.tla", "te.tla", "d.dot", "t.tla", "j.json"} {
		if _, err := os.Stat(filepath.Join(dir, f)); err == nil {
			os.Remove(filepath.Join(dir, f))
			t.Errorf("%s was written; TLC writes nothing", f)
		}
	}
	lib := t.TempDir()
	if err := os.WriteFile(filepath.Join(lib, "IOUtils.tla"), []byte("---- MODULE IOUtils ----\n====\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	t.Setenv("TLA_PATH", lib)
	var out, errb bytes.Buffer
	spec := mustAbs(t, filepath.Join(dir, "DumpCM.tla"))
	if code := runIn(t, t.TempDir(), []string{"tlc", "-dumpTrace", "tlcAction", "f", "-config", mustAbs(t, filepath.Join(dir, "DumpAction.cfg")), spec}, &out, &errb); code != 2 || !strings.Contains(errb.String(), "is not supported with the CommunityModules' IOUtils on TLA_PATH") {
		t.Errorf("with IOUtils on TLA_PATH: exit %d, %s", code, errb.String())
	}
}

// With -simulate TLC writes the -dumpTrace files at the end of the run,
// after the statistics and before the last progress line (TLC rev
// cc6b616 with "-simulate num=5 -depth 10 -seed 1 -dumpTrace tla
// SimDetTrace.tla -dumpTrace json SimDet.json" on SimDet, whose only
// behaviour fails at x = 3; its files are in model/testdata/tlc/dumptrace).
func TestTLCDumpTraceSimulate(t *testing.T) {
	dt, err := filepath.Abs(filepath.Join("..", "..", "model", "testdata", "tlc", "dumptrace"))
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	var out, errb bytes.Buffer
	args := []string{"tlc", "-workers", "1", "-simulate", "num=5", "-depth", "10", "-seed", "1", "-dumpTrace", "tla", "SimDetTrace.tla",
		"-dumpTrace", "json", "SimDet.json", filepath.Join(dt, "SimDet.tla")}
	if code := runIn(t, dir, args, &out, &errb); code != 12 {
		t.Fatalf("exit %d: %s", code, errb.String())
	}
	if want := "Simulation using seed 1 and aril 0\n\"CounterExample written: SimDetTrace.tla\"\n\"CounterExample written: SimDet.json\"\nProgress: "; !strings.Contains(out.String(), want) {
		t.Errorf("not TLC's order %q:\n%s", want, out.String())
	}
	for _, f := range []string{"SimDetTrace.tla", "SimDet.json"} {
		sameAsTLCFile(t, dir, dt, f)
	}
}

// sameAsTLCFile requires the file f that the run wrote in dir to be byte
// for byte TLC's, kept in dt, and returns it.
func sameAsTLCFile(t *testing.T, dir, dt, f string) []byte {
	t.Helper()
	got, err := os.ReadFile(filepath.Join(dir, f))
	if err != nil {
		t.Fatal(err)
	}
	tlc, err := os.ReadFile(filepath.Join(dt, f))
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, tlc) {
		t.Errorf("%s differs from TLC's:\n%s\nTLC's:\n%s", f, got, tlc)
	}
	return got
}

// An invariant violated by an initial state: TLC's message ends with a
// blank line, and TLC stops without its statistics (TLC rev cc6b616 on
// InvInit, plain and -tool, in model/testdata/tlc/dumptrace).
func TestTLCInitViolationGolden(t *testing.T) {
	tlcGoldenRun(t, filepath.Join("..", "..", "model", "testdata", "tlc", "dumptrace"), "InvInit", nil, 12)
}

// The simulator too stops at an initial state that violates an
// invariant without its statistics (TLC rev cc6b616 with "-simulate
// num=2 -seed 1" on InvInit, in model/testdata/tlc/dumptrace/sim).
func TestTLCSimulateInitViolationGolden(t *testing.T) {
	dt := filepath.Join("..", "..", "model", "testdata", "tlc", "dumptrace")
	tlcGoldenRunIn(t, dt, filepath.Join(dt, "sim"), "InvInit", []string{"-simulate", "num=2", "-seed", "1"}, 12)
}
