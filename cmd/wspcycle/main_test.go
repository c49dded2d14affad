package main

import (
	"bytes"
	"context"
	"encoding/json"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/wspcycle/wspcycle/model"
)

const testdata = "../../model/testdata"

// runCLI runs wspcycle's main logic in-process.
func runCLI(t *testing.T, ctx context.Context, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	var out, errb bytes.Buffer
	code = run(ctx, args, &out, &errb)
	return code, out.String(), errb.String()
}

// cliCase is a command line and what it must give: its exit code and a
// piece of its output, on stdout or stderr.
type cliCase struct {
	args []string
	code int
	msg  string
}

// runCLICases runs each case in-process and reports every one whose exit
// code or output is off, so that one table can hold a command's failures.
func runCLICases(t *testing.T, cases []cliCase) {
	t.Helper()
	for _, tc := range cases {
		code, out, errs := runCLI(t, context.Background(), tc.args...)
		if code != tc.code || !strings.Contains(out+errs, tc.msg) {
			t.Errorf("wspcycle %s: exit %d (want %d), output lacks %q?\nstdout: %s\nstderr: %s",
				strings.Join(tc.args, " "), code, tc.code, tc.msg, out, errs)
		}
	}
}

func td(name string) string { return filepath.Join(testdata, name) }

func TestCheckInvariantViolation(t *testing.T) {
	code, out, _ := runCLI(t, context.Background(), "check", td("InvFail.tla"), "--workers", "1")
	if code != model.ExitSafety {
		t.Errorf("exit %d, want %d\n%s", code, model.ExitSafety, out)
	}
	for _, want := range []string{"Error: Invariant Safe is violated.", "State 4: <", `\* changed`, "The depth of the state graph search reached is 4."} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q:\n%s", want, out)
		}
	}
}

func TestCheckOKWithConfigFlagAfterSpec(t *testing.T) {
	// Flags after the spec, and an explicit --config.
	code, out, _ := runCLI(t, context.Background(), "check", td("Pool.tla"), "--config", td("Pool.cfg"), "--progress", "0")
	if code != model.ExitOK {
		t.Fatalf("exit %d:\n%s", code, out)
	}
	for _, want := range []string{"No error has been found", "6441 states generated, 1408 distinct states found", "depth of the complete state graph search is 16", "Grant"} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q:\n%s", want, out)
		}
	}
}

func TestCheckJSONAndITF(t *testing.T) {
	itf := filepath.Join(t.TempDir(), "trace.itf.json")
	code, out, errs := runCLI(t, context.Background(), "check", "--json", "--itf", itf, td("LiveFail.tla"))
	if code != model.ExitLiveness {
		t.Fatalf("exit %d, want %d: %s", code, model.ExitLiveness, errs)
	}
	var rep struct {
		Result      string           `json:"result"`
		Property    string           `json:"property"`
		Distinct    int64            `json:"distinct"`
		Generated   int64            `json:"generated"`
		Depth       int              `json:"depth"`
		Trace       []map[string]any `json:"trace"`
		LoopsBackTo int              `json:"loops_back_to"`
		ExitCode    int              `json:"exit_code"`
	}
	if err := json.Unmarshal([]byte(out), &rep); err != nil {
		t.Fatalf("--json output is not JSON: %v\n%s", err, out)
	}
	if rep.Result != "property violated" || rep.Property != "Served" || rep.Distinct != 6 || rep.Generated != 12 ||
		rep.Depth != 4 || len(rep.Trace) != 3 || rep.LoopsBackTo != 2 || rep.ExitCode != 13 {
		t.Errorf("JSON report %+v", rep)
	}
	data, err := os.ReadFile(itf)
	if err != nil {
		t.Fatal(err)
	}
	var doc struct {
		Meta   map[string]any   `json:"#meta"`
		Vars   []string         `json:"vars"`
		States []map[string]any `json:"states"`
		Loop   *int             `json:"loop"`
	}
	if err := json.Unmarshal(data, &doc); err != nil {
		t.Fatalf("ITF is not JSON: %v", err)
	}
	if len(doc.Vars) != 3 || len(doc.States) != 3 || doc.Loop == nil || *doc.Loop != 1 {
		t.Fatalf("ITF vars %v, %d states, loop %v", doc.Vars, len(doc.States), doc.Loop)
	}
	if req, ok := doc.States[1]["req"].(bool); !ok || !req {
		t.Errorf("ITF state 1 req = %v, want true", doc.States[1]["req"])
	}
}

func TestCheckDOT(t *testing.T) {
	dot := filepath.Join(t.TempDir(), "g.dot")
	code, out, _ := runCLI(t, context.Background(), "check", td("Counter.tla"), "--dot", dot)
	if code != model.ExitOK {
		t.Fatalf("exit %d:\n%s", code, out)
	}
	data, err := os.ReadFile(dot)
	if err != nil {
		t.Fatal(err)
	}
	g := string(data)
	if !strings.HasPrefix(g, "digraph") || strings.Count(g, "[label=\"x = ") != 6 || strings.Count(g, "->") != 6 {
		t.Errorf("DOT graph of Counter (6 states, 6 steps):\n%s", g)
	}
}

func TestCheckErrorExitCodes(t *testing.T) {
	cases := []cliCase{
		{[]string{"check", td("Deadlock.tla")}, model.ExitDeadlock, "Deadlock reached"},
		{[]string{"check", td("FifoSwallow.tla")}, model.ExitEval, "The following variable is not defined: q."},
		{[]string{"check", td("bad/ParseError.tla")}, model.ExitBadInput, "ParseError.tla:"},
		{[]string{"check", td("bad/Undefined.tla")}, model.ExitBadInput, "NoSuchOp"},
		{[]string{"check", td("bad/NotStatePred.tla")}, model.ExitBadInput, "state predicate"},
		{[]string{"check", td("bad/Unsupported.tla")}, model.ExitBadInput, "unsupported"},
		{[]string{"check", td("NoSuchSpec.tla")}, model.ExitBadInput, "NoSuchSpec.tla"},
		{[]string{"check", td("Counter.tla"), "--max-states", "3"}, model.ExitStateLimit, "--max-states"},
		{[]string{"check", td("Counter.tla"), "--bogus"}, model.ExitUsage, "--help"},
		{[]string{"check", td("Counter.tla"), td("Pool.tla")}, model.ExitUsage, "one spec"},
		{[]string{"frobnicate"}, model.ExitUsage, "unknown command"},
		{nil, model.ExitUsage, "Commands:"},
	}
	runCLICases(t, cases)
}

func TestCheckInterrupted(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	code, out, _ := runCLI(t, ctx, "check", td("Mailboxes.tla"))
	if code != model.ExitInterrupted || !strings.Contains(out, "interrupted") {
		t.Errorf("exit %d, want %d:\n%s", code, model.ExitInterrupted, out)
	}
}

func TestHelp(t *testing.T) {
	for _, args := range [][]string{{"--help"}, {"help"}, {"check", "--help"}, {"help", "check"}} {
		code, out, _ := runCLI(t, context.Background(), args...)
		if code != 0 || !strings.Contains(out, "check") {
			t.Errorf("wspcycle %v: exit %d\n%s", args, code, out)
		}
	}
	_, out, _ := runCLI(t, context.Background(), "check", "--help")
	for _, flag := range []string{"-config", "-json", "-itf", "-dot", "-max-states", "-workers", "150 bad input"} {
		if !strings.Contains(out, flag) {
			t.Errorf("check --help lacks %q", flag)
		}
	}
}

func TestDefaultSpec(t *testing.T) {
	old := defaultSpec
	defer func() { defaultSpec = old }()
	defaultSpec = func() (fs.FS, string, string, error) { return os.DirFS(testdata), "Counter.tla", "Counter.cfg", nil }
	code, out, errs := runCLI(t, context.Background(), "check", "--json")
	if code != 0 || !strings.Contains(out, `"distinct": 6`) {
		t.Errorf("exit %d:\n%s%s", code, out, errs)
	}
}

// TestBuiltinSpec checks the lifecycle spec that `wspcycle check` checks by
// default (package spec): it must pass.
func TestBuiltinSpec(t *testing.T) {
	if testing.Short() {
		t.Skip("short")
	}
	code, out, errs := runCLI(t, context.Background(), "check", "--progress", "0")
	if code != 0 || !strings.Contains(out, "No error has been found") {
		t.Errorf("exit %d:\n%s%s", code, out, errs)
	}
}

func TestCheckJSONBadInput(t *testing.T) {
	code, out, _ := runCLI(t, context.Background(), "check", "--json", td("bad/Undefined.tla"))
	var rep struct {
		Result   string   `json:"result"`
		Errors   []string `json:"errors"`
		ExitCode int      `json:"exit_code"`
	}
	if err := json.Unmarshal([]byte(out), &rep); err != nil {
		t.Fatalf("not JSON: %v\n%s", err, out)
	}
	if code != model.ExitBadInput || rep.Result != "bad input" || rep.ExitCode != 150 ||
		len(rep.Errors) != 1 || !strings.Contains(rep.Errors[0], "Undefined.cfg:3:11") {
		t.Errorf("exit %d, report %+v", code, rep)
	}
}

// ITF as Apalache's ADR-015 writes it: "-itf -" prints it on stdout, a
// sequence is a JSON array, "source" is the spec's file name. FifoSwallow's
// trace (TLC's: q goes <<>>, <<1>>, then undefined) shows the sequences.
func TestCheckITFStdout(t *testing.T) {
	code, out, errs := runCLI(t, context.Background(), "check", "-itf", "-", td("FifoSwallow.tla"))
	if code != model.ExitEval {
		t.Fatalf("exit %d, want 75\n%s%s", code, out, errs)
	}
	var doc struct {
		Meta   map[string]any   `json:"#meta"`
		States []map[string]any `json:"states"`
	}
	if err := json.Unmarshal([]byte(out), &doc); err != nil {
		t.Fatalf("stdout is not the ITF alone: %v\n%s", err, out)
	}
	if doc.Meta["source"] != "FifoSwallow.tla" || len(doc.States) != 3 {
		t.Fatalf("source %v, %d states; want FifoSwallow.tla and 3", doc.Meta["source"], len(doc.States))
	}
	if q, ok := doc.States[1]["q"].([]any); !ok || len(q) != 1 {
		t.Errorf("state 2's q = %#v, want the JSON array [1]", doc.States[1]["q"])
	}
	if _, ok := doc.States[2]["q"]; ok {
		t.Errorf("state 3's q is undefined and must be left out: %v", doc.States[2])
	}
}

// Output files are opened before the search (a bad path costs nothing and
// fails), and a graph too large to draw fails instead of passing silently.
func TestCheckOutputFiles(t *testing.T) {
	bad := filepath.Join(t.TempDir(), "missing", "x.json")
	for _, flag := range []string{"-itf", "-dot"} {
		code, out, errs := runCLI(t, context.Background(), "check", flag, bad, td("Counter.tla"))
		if code != model.ExitInternal || out != "" || !strings.Contains(errs, "missing") {
			t.Errorf("%s into a missing directory: exit %d, stdout %q, stderr %q; want exit 1 before any output", flag, code, out, errs)
		}
	}
	dot := filepath.Join(t.TempDir(), "g.dot")
	code, _, errs := runCLI(t, context.Background(), "check", "-dot", dot, td("Mailboxes.tla")) // 7,076 states
	if code != model.ExitOK {
		t.Errorf("Mailboxes -dot: exit %d, want 0 (under the limit)\n%s", code, errs)
	}
	code, _, errs = runCLI(t, context.Background(), "check", "-dot", dot, td("Pool.tla"), "-config", td("PoolBig.cfg"), "-max-states", "20000")
	if code != model.ExitInternal || !strings.Contains(errs, "not written") {
		t.Errorf("a graph past 10000 states: exit %d, stderr %q; want exit 1 saying the file is not written", code, errs)
	}
}

// Issue 13, item 9: small usage errors each get a clear message and the
// usage exit code, and a missing cfg names the configurations that exist.
func TestSmallUsageErrors(t *testing.T) {
	missing := filepath.Join(t.TempDir(), "none", "x.go")
	runCLICases(t, []cliCase{
		{[]string{"gen", "-package", "bad name"}, model.ExitUsage, `-package "bad name" is not a Go package name`},
		{[]string{"gen", "-check", "-o", missing}, 1, "x.go does not exist"},
		{[]string{"trace", "validate", "--max-states", "-1", "a.tla", "b.ndjson"}, model.ExitUsage, "--max-states must not be negative"},
		{[]string{"check", td("Grab.tla")}, model.ExitBadInput, "GrabStrong.cfg, " + td("GrabWeak.cfg") + "; choose one with --config"},
		// wspcycle tlc answers a command line TLC rejects as TLC does (exit 1, message 1102 on stdout).
		{[]string{"tlc", "-workers", "0", td("Counter.tla")}, 1, "Error: at least one worker required."},
		{[]string{"tlc", td("Counter.tla"), td("Tokens.tla")}, 1, "Error: more than one input files: "},
	})
}

// A flag of TLC's that changes nothing here (-terse; -noGenerateSpecTE is
// honoured now) is accepted and said so once
// on stderr (once, however often given); the verdict is TLC's. -deadlock turns deadlock checking off
// (TLC's meaning), so Deadlock.tla passes with it.
func TestTLCFlagsAccepted(t *testing.T) {
	code, out, errs := runCLI(t, context.Background(), "tlc", "-metadir", t.TempDir(), "-terse", "-terse", "-deadlock", td("Deadlock.tla"))
	if code != model.ExitOK || strings.Count(errs, "changes nothing here") != 2 || !strings.Contains(out, "Model checking completed. No error has been found.") {
		t.Errorf("exit %d\nstdout: %s\nstderr: %s", code, out, errs)
	}
	code, out, _ = runCLI(t, context.Background(), "tlc", "-difftrace", td("InvFail.tla"))
	// InvFail's state 2 changes a only; state 3, the violating state's
	// predecessor, is compared with state 1 by TLC's TLCTrace.printTrace
	// (TLC rev cc6b616 prints a and b), state 4 is printed whole
	// (model/tlcout.DiffSuccessor).
	if code != model.ExitSafety || !strings.Contains(out, "State 2: <Next line 6, col 12 to line 6, col 45 of module InvFail>\n/\\ a = 1\n\n"+
		"State 3: <Next line 7, col 12 to line 7, col 45 of module InvFail>\n/\\ a = 1\n/\\ b = 2\n\n"+
		"State 4: <Next line 7, col 12 to line 7, col 45 of module InvFail>\n/\\ a = 1\n/\\ b = 4\n\n") {
		t.Errorf("-difftrace: exit %d\n%s", code, out)
	}
	dump := filepath.Join(t.TempDir(), "states")
	code, _, errs = runCLI(t, context.Background(), "tlc", "-dump", "dot,colorize", dump, td("Counter.tla"))
	data, err := os.ReadFile(dump + ".dot")
	if code != model.ExitOK || err != nil || !strings.HasPrefix(string(data), "strict digraph DiskGraph {") { // TLC's DotStateWriter
		t.Errorf("-dump dot: exit %d, %v, stderr %s", code, err, errs)
	}
}

// TLC's exit codes and messages for input it cannot check: 150 for the
// spec, whether SANY fails to parse it or finds a semantic error, 151 for
// the model configuration. The message codes are those TLC (rev cc6b616)
// printed with -tool on these very files: SANY's start and end around its
// report, then "Starting...", then 3002 "Parsing or semantic analysis
// failed." for the spec; for the cfg TLC names the kind of error (2229 for
// an undefined NEXT), as we do (TestTLCErrorClasses has the other classes).
func TestTLCBadInputExitCodes(t *testing.T) {
	broken := writeSpec(t, "Broken", "---- MODULE Broken ----\nVARIABLE x\nInit == x = \n====\n", "INIT Init\nNEXT Init\n")
	sem := writeSpec(t, "Sem", "---- MODULE Sem ----\nVARIABLE x\nInit == x = 0\nNext == x' = Foo\n====\n", "INIT Init\nNEXT Next\n")
	badCfg := writeSpec(t, "Cfg", "---- MODULE Cfg ----\nVARIABLE x\nInit == x = 0\nNext == x' = x\n====\n", "INIT Init\nNEXT Nope\n")
	codes := regexp.MustCompile(`@!@!@STARTMSG (\d+):`)
	for _, tc := range []struct {
		path, codes, sany string
		code              int
	}{
		{broken, "2262 2187 2220 2219 2185 3002 2186", "***Parse Error***", 150},
		{sem, "2262 2187 2220 2219 2185 3002 2186", "*** Errors: 1\n\nline 4, col 14 to line 4, col 16 of module Sem", 150}, // the name Foo's extent, as TLC
		{badCfg, "2262 2187 2220 2219 2185 2229 2186", "The next state action Nope specified in the configuration file\nis not defined in the specification.", 151},
	} {
		code, out, errs := runCLI(t, context.Background(), "tlc", "-tool", tc.path)
		var got []string
		for _, m := range codes.FindAllStringSubmatch(out, -1) {
			got = append(got, m[1])
		}
		if code != tc.code || strings.Join(got, " ") != tc.codes || !strings.Contains(out, tc.sany) {
			t.Errorf("%s: exit %d (want %d), codes %v (want %s), SANY part %q\nstdout: %s\nstderr: %s", tc.path, code, tc.code, got, tc.codes, tc.sany, out, errs)
		}
	}
}

// version and --version print the module's version from the build info.
func TestVersion(t *testing.T) {
	for _, args := range [][]string{{"version"}, {"--version"}} {
		code, out, _ := runCLI(t, context.Background(), args...)
		if code != 0 || !strings.HasPrefix(out, "wspcycle ") || !strings.Contains(out, "go1.") {
			t.Errorf("%v: exit %d, %q", args, code, out)
		}
	}
}

// tlc -simulate runs the library's simulator and reports in TLC's words:
// on LiveFail, TLC's simulator reports Served violated with exit 13.
func TestTLCSimulate(t *testing.T) {
	code, out, errs := runCLI(t, context.Background(), "tlc", "-simulate", "num=20", "-depth", "50", "-seed", "5", "-tool", td("LiveFail.tla"))
	for _, want := range []string{"@!@!@STARTMSG 2188:0 @!@!@\nRunning Random Simulation with", "@!@!@STARTMSG 2116:1 @!@!@\nTemporal property Served was violated.",
		"@!@!@STARTMSG 2122:4 @!@!@", "@!@!@STARTMSG 2210:0 @!@!@\nThe number of states generated: "} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q", want)
		}
	}
	if code != model.ExitLiveness {
		t.Errorf("exit %d, want 13\n%s%s", code, out, errs)
	}
}
