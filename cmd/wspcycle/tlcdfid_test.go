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

// tlcDFIDProbes are the runs of TLC's depth-first mode kept in
// model/testdata/tlc/dfid: OUT.MODE.K.out are the different outputs TLC
// printed over several runs of SPEC.tla with SPEC.cfg and the flags
// (model/testdata/tlc/dfid/README.md). TLC picks its successors at
// random: where its runs differ, ours must be one of them.
var tlcDFIDProbes = []struct {
	out, spec string
	flags     []string
	code      int
}{
	{"DGridAll", "DGrid", []string{"-deadlock", "-dfid", "10"}, 0},       // complete: TLC's success message
	{"DGridCut", "DGrid", []string{"-dfid", "3"}, 0},                     // cut by the depth: the counts only
	{"DGridExact", "DGrid", []string{"-deadlock", "-dfid", "7"}, 0},      // complete at the last level allowed: no success message
	{"DGridOne", "DGrid", []string{"-dfid", "1"}, 255},                   // no level at all: TLC's exit is its "general" error's
	{"DGridDead", "DGrid", []string{"-dfid", "10"}, 11},                  // a deadlock
	{"DWorkers", "DGrid", []string{"-workers", "2", "-dfid", "10"}, 255}, // refused by TLC
	{"DInv", "DInv", []string{"-dfid", "10"}, 12},
	{"DAssert", "DAssert", []string{"-dfid", "10"}, 255},
	{"DLive", "DLive", []string{"-dfid", "10"}, 255}, // temporal properties: refused by TLC
	{"DShare", "DShare", []string{"-deadlock", "-dfid", "10"}, 0},
	{"DTwoInit", "DTwoInit", []string{"-dfid", "5"}, 12},
	{"DInitInv", "DInitInv", []string{"-dfid", "10"}, 12},
	{"DAct", "DAct", []string{"-dfid", "10"}, 13},
	{"DCons", "DCons", []string{"-dfid", "10"}, 0},
	{"DInvErr", "DInvErr", []string{"-dfid", "10"}, 76},
	{"DActErr", "DActErr", []string{"-dfid", "10"}, 13},
	{"DPartial", "DPartial", []string{"-dfid", "10"}, 75},
	{"DInitDead", "DInitDead", []string{"-dfid", "10"}, 11},
	{"DInitProp", "DInitProp", []string{"-dfid", "10"}, 13},
	{"DView", "DView", []string{"-dfid", "10"}, 0},
	{"DConsErr", "DConsErr", []string{"-dfid", "10"}, 255},
	{"DAlias", "DAlias", []string{"-dfid", "10"}, 12},
	{"DViewInv", "DViewInv", []string{"-view", "-dfid", "10"}, 12},
	{"DInvDiff", "DInv", []string{"-difftrace", "-dfid", "10"}, 12},   // an invariant's trace: the changes alone
	{"DGridDiff", "DGrid", []string{"-difftrace", "-dfid", "10"}, 11}, // other traces: whole states
	{"DInitErr", "DInitErr", []string{"-dfid", "5"}, 75},
	{"DInitInvErr", "DInitInvErr", []string{"-dfid", "5"}, 0},
	{"DInitConsErr", "DInitConsErr", []string{"-dfid", "5"}, 75},
	{"DNoNext", "DNoNext", []string{"-dfid", "5"}, 0},
	{"DSymAll", "DSym", []string{"-deadlock", "-dfid", "10"}, 0},
	// TLCGet("level") is the level of the state evaluated (its depth on
	// the stack): a CONSTRAINT on it bounds the search; in Next, in
	// constraints, invariants and primed, as TLC prints it.
	{"DLevel", "DLevel", []string{"-dfid", "10"}, 0},
	{"DLevelPrint", "DLevelPrint", []string{"-dfid", "4"}, 0},
	{"DStats", "DStats", []string{"-dfid", "4"}, 0},                    // TLC's DFID statistics: -1
	{"DLevelView", "DLevelView", []string{"-view", "-dfid", "10"}, 12}, // the VIEW, each state at its level, ALIAS or not
	{"DLevelAlias", "DLevelView", []string{"-dfid", "10"}, 12},         // the ALIAS is not printed
	// -continue: each violated invariant or action property is printed as
	// found and the search goes on; TLC then says "No error has been
	// found" and exits with 0, unless a deadlock, an implied init or an
	// error ends the run.
	{"DContChain", "DContChain", []string{"-deadlock", "-continue", "-dfid", "10"}, 0},
	{"DContChainDead", "DContChain", []string{"-continue", "-dfid", "10"}, 11},
	{"DContInit", "DContInit", []string{"-deadlock", "-continue", "-dfid", "10"}, 0}, // every invariant an initial state violates
	{"DContProp", "DContProp", []string{"-continue", "-dfid", "10"}, 13},             // an implied init still stops
	{"DContInitInv", "DInitInv", []string{"-continue", "-dfid", "5"}, -1},
	{"DContTwoInit", "DTwoInit", []string{"-continue", "-dfid", "5"}, -1}, // a trace cut short: the invariant "failed"
	{"DContAct", "DAct", []string{"-continue", "-dfid", "5"}, 0},
	// POSTCONDITION, -postCondition and -dumpTrace (TLC's post conditions
	// too): TLC's depth-first mode never evaluates them, and writes no
	// file ($TMP/: a file in a temporary folder, which must stay absent).
	{"DPost", "DPost", []string{"-deadlock", "-dfid", "10"}, 0},
	{"DPostFlag", "DPostF", []string{"-deadlock", "-postCondition", "PM!PC", "-dfid", "10"}, 0},
	{"DPostMissing", "DPostF", []string{"-deadlock", "-postCondition", "PM!Nope", "-dfid", "10"}, 0},
	// Trace (TLCExt): an initial state's behaviour, elsewhere TLC's
	// NullPointerException (its depth-first mode writes no trace file).
	{"DTrace", "DTrace", []string{"-deadlock", "-dfid", "5"}, 76},
	{"DTrNext", "DTrNext", []string{"-deadlock", "-dfid", "5"}, 255},
	{"DTrCons", "DTrCons", []string{"-deadlock", "-dfid", "5"}, 255},
	{"DTrAct", "DTrAct", []string{"-deadlock", "-dfid", "5"}, 13},
	// -coverage: the report before the counts, each action's generated
	// states and no distinct ones ("0:N"), TLC's evaluation counts.
	{"DCovGrid", "DGrid", []string{"-deadlock", "-coverage", "1", "-dfid", "10"}, 0},
	{"DCovChain", "DContChain", []string{"-coverage", "1", "-dfid", "10"}, 12},
	{"DCovCont", "DContChain", []string{"-deadlock", "-continue", "-coverage", "1", "-dfid", "10"}, 0},
	{"DCovCons", "DCons", []string{"-deadlock", "-coverage", "1", "-dfid", "8"}, 0},
	{"DCovInitInv", "DInitInv", []string{"-coverage", "1", "-dfid", "5"}, 12}, // no summary: no report
	{"DCovCut", "DGrid", []string{"-coverage", "1", "-dfid", "3"}, 0},
	// An error TLC replays: its replay's evaluations counted too.
	{"DCovInvErr", "DInvErr", []string{"-coverage", "1", "-dfid", "10"}, 76},
	{"DCovNext", "DTrNext", []string{"-deadlock", "-coverage", "1", "-dfid", "5"}, 255},
	{"DCovActErr", "DActErr", []string{"-coverage", "1", "-dfid", "10"}, 13},
	{"DCovConsErr", "DConsErr", []string{"-coverage", "1", "-dfid", "10"}, 255},
	{"DDumpBin", "DContChain", []string{"-dumpTrace", "tlc", "$TMP/t.bin", "-dfid", "10"}, 12},
}

// `wspcycle tlc -dfid N` prints one of TLC's outputs and exits with its
// code, plain and with -tool.
func TestTLCDFIDGolden(t *testing.T) {
	dir := filepath.Join("..", "..", "model", "testdata", "tlc", "dfid")
	for _, p := range tlcDFIDProbes {
		for _, mode := range []string{"text", "tool"} {
			t.Run(p.out+"/"+mode, func(t *testing.T) {
				args := []string{"tlc", "-workers", "1", "-noGenerateSpecTE"}
				var files []string // $TMP/ files, which TLC does not write
				for _, a := range p.flags {
					if rest, ok := strings.CutPrefix(a, "$TMP/"); ok {
						a = filepath.Join(t.TempDir(), rest)
						files = append(files, a)
					}
					args = append(args, a)
				}
				defer func() {
					for _, f := range files {
						if _, err := os.Stat(f); err == nil {
							t.Errorf("%s was written; TLC's depth-first mode writes no such file", f)
						}
					}
				}()
				if mode == "tool" {
					args = append(args, "-tool")
				}
				args = append(args, "-config", filepath.Join(dir, p.spec+".cfg"), filepath.Join(dir, p.spec+".tla"))
				var out, errb bytes.Buffer
				code := run(context.Background(), args, &out, &errb)
				want := p.code
				if want == -1 {
					// TLC's exit follows its random choice: 76 when the
					// invariant "failed" (a trace cut short), else 0.
					want = 0
					if strings.Contains(out.String(), "Evaluating invariant") {
						want = tlcExitInvariantEval
					}
				}
				if code != want {
					t.Errorf("exit %d, want TLC's %d; stderr: %s", code, want, errb.String())
				}
				got := tlcout.Normalize(out.String(), mode == "tool")
				outs, err := filepath.Glob(filepath.Join(dir, p.out+"."+mode+".*.out"))
				if err != nil || len(outs) == 0 {
					t.Fatalf("no output of TLC's for %s (%v)", p.out, err)
				}
				var diffs []string
				for _, f := range outs {
					data, err := os.ReadFile(f)
					if err != nil {
						t.Fatal(err)
					}
					want := tlcout.Normalize(string(data), mode == "tool")
					if got == want {
						return
					}
					diffs = append(diffs, filepath.Base(f)+": "+firstDiff(want, got))
				}
				t.Errorf("output is none of TLC's:\n%s\nfull output:\n%s", strings.Join(diffs, "\n"), out.String())
			})
		}
	}
}

// TLC's depth-first mode writes a trace exploration spec after an
// invariant's trace only (its recorder hears printInvariantTrace's
// states alone): DInv's spec is TLC's (DInvTE.ttrace, from a run whose
// trace is ours), a deadlock's run writes none (DGridDeadTE).
func TestTLCDFIDTraceExplorationSpec(t *testing.T) {
	td := filepath.Join("..", "..", "model", "testdata", "tlc", "dfid")
	for _, c := range []struct {
		out, spec string
		code      int
		spec2     bool
	}{{"DInvTE", "DInv", 12, true}, {"DGridDeadTE", "DGrid", 11, false}} {
		t.Run(c.out, func(t *testing.T) {
			dir := t.TempDir()
			copySpecs(t, td, dir)
			var out, errb bytes.Buffer
			args := []string{"tlc", "-workers", "1", "-generateSpecTE", "-dfid", "10", "-config", c.spec + ".cfg", c.spec + ".tla"}
			if code := runIn(t, dir, args, &out, &errb); code != c.code {
				t.Fatalf("exit %d, want TLC's %d; stderr: %s", code, c.code, errb.String())
			}
			compareGolden(t, filepath.Join(td, c.out+".text.out"), out.String(), false)
			files, _ := filepath.Glob(filepath.Join(dir, "*_TTrace_*.tla"))
			if !c.spec2 {
				if len(files) > 0 {
					t.Errorf("a trace exploration spec was written: %v", files)
				}
				return
			}
			if len(files) != 1 {
				t.Fatalf("trace exploration specs written: %v", files)
			}
			compareTTrace(t, files[0], filepath.Join(td, c.out+".ttrace"))
		})
	}
}

// TLC's -dump FILE in its depth-first mode: the states in the order its
// search adds them to its set (DDumpChain, DDumpCont with -continue), and
// an empty file after an initial state violates an invariant, where TLC
// returns without closing its state writer (DDumpInitInv). Each .dump is
// TLC's (deterministic here: one successor per state, or the initial
// states alone); a state of one variable is "x = v", as TLC prints it.
func TestTLCDFIDDump(t *testing.T) {
	td := filepath.Join("..", "..", "model", "testdata", "tlc", "dfid")
	for _, c := range []struct {
		out, spec string
		flags     []string
		code      int
	}{
		{"DDumpChain", "DContChain", []string{"-dfid", "6"}, 12},
		{"DDumpInitInv", "DInitInv", []string{"-dfid", "6"}, 12},
		{"DDumpCont", "DContChain", []string{"-deadlock", "-continue", "-dfid", "10"}, 0},
	} {
		t.Run(c.out, func(t *testing.T) {
			file := filepath.Join(t.TempDir(), "states")
			args := append([]string{"tlc", "-workers", "1", "-noGenerateSpecTE", "-dump", file}, c.flags...)
			args = append(args, "-config", filepath.Join(td, c.spec+".cfg"), filepath.Join(td, c.spec+".tla"))
			var out, errb bytes.Buffer
			if code := run(context.Background(), args, &out, &errb); code != c.code {
				t.Fatalf("exit %d, want TLC's %d; stderr: %s", code, c.code, errb.String())
			}
			got, err := os.ReadFile(file + ".dump")
			if err != nil {
				t.Fatal(err)
			}
			want, err := os.ReadFile(filepath.Join(td, c.out+".dump"))
			if err != nil {
				t.Fatal(err)
			}
			if string(got) != string(want) {
				t.Errorf("dump differs from TLC's: %s\ngot:\n%s", firstDiff(string(want), string(got)), got)
			}
		})
	}
}

// TLC's -dump dot FILE in its depth-first mode (DDot*.dot, TLC's files):
// an edge each time an iteration meets a step, without label or colour
// (its steps carry no action), a node when its state is new, the states
// expanded ranked at their level; only the header after an initial
// state's violation. Compared as the breadth-first search's files are
// (normDot: fingerprints named by first appearance, ranks as sets).
func TestTLCDFIDDumpDot(t *testing.T) {
	td := filepath.Join("..", "..", "model", "testdata", "tlc", "dfid")
	for _, c := range []struct {
		out, spec, opts string
		flags           []string
		code            int
	}{
		{"DDotChain", "DContChain", "dot", []string{"-dfid", "6"}, 12},
		{"DDotInitInv", "DInitInv", "dot", []string{"-dfid", "6"}, 12},
		{"DDotCont", "DContChain", "dot", []string{"-deadlock", "-continue", "-dfid", "10"}, 0},
		{"DDotColor", "DContChain", "dot,colorize,actionlabels", []string{"-dfid", "6"}, 12},
	} {
		t.Run(c.out, func(t *testing.T) {
			file := filepath.Join(t.TempDir(), "g.dot")
			args := append([]string{"tlc", "-workers", "1", "-noGenerateSpecTE", "-dump", c.opts, file}, c.flags...)
			args = append(args, "-config", filepath.Join(td, c.spec+".cfg"), filepath.Join(td, c.spec+".tla"))
			var out, errb bytes.Buffer
			if code := run(context.Background(), args, &out, &errb); code != c.code {
				t.Fatalf("exit %d, want TLC's %d; stderr: %s", code, c.code, errb.String())
			}
			got, err := os.ReadFile(file)
			if err != nil {
				t.Fatal(err)
			}
			want, err := os.ReadFile(filepath.Join(td, c.out+".dot"))
			if err != nil {
				t.Fatal(err)
			}
			if g, w := normDot(string(got)), normDot(string(want)); g != w {
				t.Errorf("not TLC's file: %s\nours:\n%s", firstDiff(w, g), got)
			}
		})
	}
}
