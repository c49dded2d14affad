package main

import (
	"bytes"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"testing"
)

// -postCondition MODULE!OP (TLC rev cc6b616; its outputs in
// model/testdata/tlc/flags3): MODULE is parsed after the modules the root
// extends and processed before the root, its constant definitions are
// evaluated at startup before the root's (PostQ2's Hello prints first),
// and OP is evaluated once the search is over, in MODULE: PostOK prints
// the distinct states found, PostF is false ("Postcondition PostF at ...
// of module PostQ is false.", exit 10), and PostQ2's Post is true though
// the spec has no Post of its own to clash with. TLC looks OP up in MODULE
// and what it extends (PostExtended: PostQ3 only EXTENDS PostQ); an OP
// MODULE does not have is TLC's exception once the run is over, "Could
// not find operator: Nope in module: PostQ" (PostMissing: exit 255, as an
// unexpected RuntimeException; PostSimMissing: the simulator's plain
// error 1000, exit 255).
func TestTLCPostConditionFlagGolden(t *testing.T) {
	dir := filepath.Join("..", "..", "model", "testdata", "tlc", "flags3")
	for _, c := range []struct {
		out, flag string
		code      int
	}{{"PostOK", "PostQ!PostOK", 0}, {"PostF", "PostQ!PostF", 10}, {"PostQ2", "PostQ2!Post", 0},
		{"PostMissing", "PostQ!Nope", 255}, {"PostExtended", "PostQ3!PostF", 10}} {
		tlcGoldenRun(t, dir, "PostFlag", []string{"-postCondition", c.flag}, c.code, withOutput(c.out))
	}
	tlcGoldenRun(t, dir, "PostFlag", []string{"-simulate", "num=2", "-seed", "1", "-depth", "3", "-postCondition", "PostQ!Nope"}, 255, withOutput("PostSimMissing"))
	// MODULE declaring CONSTANTs (PostK, K through PostKB): TLC binds
	// none of them, the cfg's K = 3 binding nothing (PostKCfg), none
	// asked for (PostKT, PostKL); a definition reading one prints nothing
	// at startup (Hello), and a post condition that reads one fails
	// there, "In evaluation, the identifier K is either undefined or not
	// an operator." (2405, exit 10; PostKSim with -simulate).
	for _, c := range []struct {
		out, op string
		code    int
	}{{"PostKCfg", "P", 10}, {"PostKT", "PT", 0}, {"PostKL", "PL", 10}} {
		tlcGoldenRun(t, dir, c.out, []string{"-postCondition", "PostK!" + c.op}, c.code, withSpec("PostFlag"))
	}
	tlcGoldenRun(t, dir, "PostKSim", []string{"-simulate", "num=2", "-seed", "1", "-depth", "3", "-postCondition", "PostK!P"}, 10, withSpec("PostFlag"))
	// With the cfg's own POSTCONDITIONs (PostFlagCfg.tla): TLC evaluates
	// the -postCondition's first, then the cfg's in order, up to the
	// first false one (PostFlagCfg: PostQ!PostF false, the cfg's never
	// evaluated; PostFlagCfgOK: PostQ!PostOK, PostR, then PostRF false).
	tlcGoldenRun(t, dir, "PostFlagCfg", []string{"-postCondition", "PostQ!PostF"}, 10)
	tlcGoldenRun(t, dir, "PostFlagCfgOK", []string{"-postCondition", "PostQ!PostOK"}, 10, withSpec("PostFlagCfg"))
	// The spec does not see MODULE's names: PostLeak uses - without
	// extending Naturals, which PostQ extends; SANY's errors as without
	// the flag, under the lines of the modules it loaded, PostQ's too.
	tlcGoldenRun(t, dir, "PostLeak", []string{"-postCondition", "PostQ!PostF"}, 150)
	// Nothing is evaluated then: PostQ2's Hello, a constant definition
	// that prints, prints nothing (TLC's -userFile stays empty).
	user := filepath.Join(t.TempDir(), "u.txt")
	var o, errb bytes.Buffer
	if code := runIn(t, t.TempDir(), []string{"tlc", "-userFile", user, "-postCondition", "PostQ2!Post", "-config", mustAbs(t, filepath.Join(dir, "PostLeak.cfg")),
		mustAbs(t, filepath.Join(dir, "PostLeak.tla"))}, &o, &errb); code != 150 {
		t.Errorf("PostLeak with PostQ2: exit %d, want 150: %s", code, errb.String())
	}
	if got, err := os.ReadFile(user); err != nil || len(got) != 0 {
		t.Errorf("the -userFile holds %q (%v), TLC's is empty", got, err)
	}
}

// What -postCondition cannot honour here is refused with the reason
// (exit 2): a module that defines a name the spec defines too (no clash
// to TLC, which keeps the module apart).
func TestTLCPostConditionFlagRefusals(t *testing.T) {
	dir := t.TempDir()
	write := func(name, text string) {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("S.tla", "---- MODULE S ----\nVARIABLE x\nInit == x = 0\nNext == x' = x\nPost == TRUE\n====\n")
	write("S.cfg", "INIT Init\nNEXT Next\n")
	write("M.tla", "---- MODULE M ----\nPost == TRUE\nOther == TRUE\n====\n")
	// A module declaring a VARIABLE (here through one it extends), or a
	// CONSTANT the spec declares too.
	write("KB.tla", "---- MODULE KB ----\nVARIABLE K\n====\n")
	write("K1.tla", "---- MODULE K1 ----\nEXTENDS KB\nP == K = 3\n====\n")
	write("C1.tla", "---- MODULE C1 ----\nCONSTANT N\nP == N = 3\n====\n")
	write("SN.tla", "---- MODULE SN ----\nCONSTANT N\nVARIABLE x\nInit == x = N\nNext == x' = x\n====\n")
	write("SN.cfg", "INIT Init\nNEXT Next\nCONSTANT N = 3\n")
	// The spec's own declaration, through a module it extends too, is
	// the spec's: no refusal.
	write("KC.tla", "---- MODULE KC ----\nCONSTANT K\n====\n")
	write("K2.tla", "---- MODULE K2 ----\nEXTENDS KC\nP == K = 3\n====\n")
	write("SK.tla", "---- MODULE SK ----\nEXTENDS KC\nVARIABLE x\nInit == x = 0\nNext == x' = x\n====\n")
	write("SK.cfg", "INIT Init\nNEXT Next\nCONSTANT K = 3\n")
	for _, c := range []struct {
		args []string
		want string
	}{
		{[]string{"-postCondition", "M!Other", "S.tla"}, "M and the spec both define Post"},
		{[]string{"-postCondition", "K1!P", "S.tla"}, "K1 declares VARIABLE K"},
		{[]string{"-postCondition", "C1!P", "SN.tla"}, "C1 and the spec both declare N"},
	} {
		var out, errb bytes.Buffer
		if code := runIn(t, dir, append([]string{"tlc"}, c.args...), &out, &errb); code != 2 || !strings.Contains(errb.String(), c.want) {
			t.Errorf("%v: exit %d, stderr %q; want exit 2 saying %q", c.args, code, errb.String(), c.want)
		}
	}
	var out, errb bytes.Buffer
	if code := runIn(t, dir, []string{"tlc", "-postCondition", "K2!P", "SK.tla"}, &out, &errb); code != 0 {
		t.Errorf("SK with K2!P: exit %d, want 0; stderr %q\n%s", code, errb.String(), out.String())
	}
}

// -userFile FILE: what the spec prints goes to FILE and not to standard
// output, TLC's messages stay where they are (TLC rev cc6b616 on PostFlag:
// UserFile.MODE.out, and the file it wrote, UserFile.user.txt, the same
// plain and with -tool); the line a -dumpTrace file's post-condition
// prints goes to FILE too (TLC on InvFail with -dumpTrace json: stdout
// without it, the file holding only it).
func TestTLCUserFileGolden(t *testing.T) {
	dir := filepath.Join("..", "..", "model", "testdata", "tlc", "flags3")
	user := filepath.Join(t.TempDir(), "u.txt")
	want, err := os.ReadFile(filepath.Join(dir, "UserFile.user.txt"))
	if err != nil {
		t.Fatal(err)
	}
	// Plain, then with -tool: each run writes the file anew.
	tlcGoldenRun(t, dir, "PostFlag", []string{"-userFile", user}, 0, withOutput("UserFile"))
	if got, err := os.ReadFile(user); err != nil || string(got) != string(want) {
		t.Errorf("the -userFile holds %q (%v), TLC's %q", got, err, want)
	}

	td := t.TempDir()
	var out, errb bytes.Buffer
	spec := mustAbs(t, filepath.Join("..", "..", "model", "testdata", "InvFail.tla"))
	if code := runIn(t, td, []string{"tlc", "-userFile", "u.txt", "-dumpTrace", "json", "t.json", spec}, &out, &errb); code != 12 {
		t.Fatalf("exit %d: %s", code, errb.String())
	}
	if strings.Contains(out.String(), "CounterExample written") {
		t.Errorf("the -dumpTrace line is on stdout:\n%s", out.String())
	}
	if got, err := os.ReadFile(filepath.Join(td, "u.txt")); err != nil || string(got) != "\"CounterExample written: t.json\"\n" {
		t.Errorf("the -userFile holds %q (%v)", got, err)
	}
}

// -messagesAsErrors C makes SANY's warnings with code C errors (TLC rev
// cc6b616, outputs in model/testdata/tlc/flags3 of the specs in
// model/testdata/tlc/redefs): 4800, two modules extended that define Bar
// (MsgErrExtends: the elevated warning after the other, "Warning treated
// as error: ", no linting, exit 150); 4801, a declaration repeated
// (MsgErrDecl) and a definition an INSTANCE brings in (MsgErrInst); and
// 4800 on a spec whose only warnings are 4801's changes nothing
// (MsgErrDeclKept, exit 0); 4800 on a module that defines Naturals' +
// again, whose warning names Naturals' own file (MsgErrStdPair).
func TestTLCMessagesAsErrorsGolden(t *testing.T) {
	redefs := filepath.Join("..", "..", "model", "testdata", "tlc", "redefs")
	out := filepath.Join("..", "..", "model", "testdata", "tlc", "flags3")
	for _, c := range []struct {
		out, spec, code string
		exit            int
	}{{"MsgErrExtends", "RdWarnExtends", "4800", 150}, {"MsgErrDecl", "RdWarnDecl", "4801", 150},
		{"MsgErrDeclKept", "RdWarnDecl", "4800", 0}, {"MsgErrInst", "RdInstAfter", "4801", 150},
		{"MsgErrStdPair", "RdStdExtPair", "4800", 150}} {
		tlcGoldenRunIn(t, redefs, out, c.spec, []string{"-messagesAsErrors", c.code}, c.exit, withOutput(c.out))
	}
}

// reDotID is a state's name in TLC's DOT file: its fingerprint, a signed
// long (TLC's come from a polynomial it draws per run, ours from ours).
var reDotID = regexp.MustCompile(`(?m)(^|[ ;])(-?[0-9]{6,})\b`)

// normDot names the states of a DOT file in the order they first appear
// and sorts each rank line (TLC's order there is its hash set's).
func normDot(s string) string {
	ids := map[string]string{}
	s = reDotID.ReplaceAllStringFunc(s, func(m string) string {
		sub := reDotID.FindStringSubmatch(m)
		n, ok := ids[sub[2]]
		if !ok {
			n = "S" + strconv.Itoa(len(ids))
			ids[sub[2]] = n
		}
		return sub[1] + n
	})
	lines := strings.Split(s, "\n")
	for i, l := range lines {
		if in, ok := strings.CutPrefix(l, "{rank = same; "); ok {
			parts := strings.Split(strings.TrimSuffix(in, ";}"), ";")
			sort.Strings(parts)
			lines[i] = "{rank = same; " + strings.Join(parts, ";") + ";}"
		}
	}
	return strings.Join(lines, "\n")
}

// -dump dot[,colorize][,actionlabels][,snapshot] FILE writes the state
// graph as TLC's DotStateWriter does (TLC rev cc6b616's files in
// model/testdata/tlc/flags3, SPEC-OPTIONS.dot): the same lines in the
// same order but for the states' names (fingerprints) and the order
// within a rank line. DotTwo: two actions, states reached twice, a last
// level with no step out (not ranked); DotLoop: two initial states,
// self-loops, a step back to an initial state, three actions (colours 2,
// 3, 4 and the legend); InvFail: a run stopped by a violation (the states
// not explored are not ranked; the disjuncts of Next share its colour and
// there is no legend for one name). With constrained, the steps to the
// successors a constraint excludes too, labelled (after a line break) with
// the range of the constraint that excludes them, the first that fails
// (DotCon: CONSTRAINT Con2 Con, Con failing), or the ACTION_CONSTRAINT's
// (DotActCon), each such successor filled light yellow at every step to
// it.
func TestTLCDumpDotGolden(t *testing.T) {
	dir := filepath.Join("..", "..", "model", "testdata", "tlc", "flags3")
	td := filepath.Join("..", "..", "model", "testdata")
	for _, c := range []struct {
		spec, cfg, opts string
		code            int
	}{
		{filepath.Join(dir, "DotTwo"), "", "dot", 0}, {filepath.Join(dir, "DotTwo"), "", "dot,colorize", 0},
		{filepath.Join(dir, "DotTwo"), "", "dot,actionlabels", 0}, {filepath.Join(dir, "DotTwo"), "", "dot,colorize,actionlabels,snapshot", 0},
		{filepath.Join(dir, "DotLoop"), "", "dot", 0}, {filepath.Join(dir, "DotLoop"), "", "dot,colorize", 0},
		{filepath.Join(dir, "DotLoop"), "", "dot,actionlabels", 0}, {filepath.Join(dir, "DotLoop"), "", "dot,colorize,actionlabels,snapshot", 0},
		{filepath.Join(td, "InvFail"), "", "dot,colorize,actionlabels", 12},
		{filepath.Join(dir, "DotCon"), "", "dot,constrained", 0}, {filepath.Join(dir, "DotCon"), "", "dot,constrained,colorize,actionlabels", 0},
		{filepath.Join(dir, "DotActCon"), "", "dot,constrained", 0}, {filepath.Join(dir, "DotActCon"), "", "dot,constrained,colorize,actionlabels", 0},
	} {
		name := filepath.Base(c.spec) + "-" + strings.ReplaceAll(c.opts, ",", "-") + ".dot"
		t.Run(name, func(t *testing.T) {
			out := filepath.Join(t.TempDir(), "g.dot")
			var o, errb bytes.Buffer
			if code := runIn(t, t.TempDir(), []string{"tlc", "-workers", "1", "-dump", c.opts, out, "-config", mustAbs(t, c.spec+".cfg"), mustAbs(t, c.spec+".tla")}, &o, &errb); code != c.code {
				t.Fatalf("exit %d, want %d: %s", code, c.code, errb.String())
			}
			got, err := os.ReadFile(out)
			if err != nil {
				t.Fatal(err)
			}
			want, err := os.ReadFile(filepath.Join(dir, name))
			if err != nil {
				t.Fatal(err)
			}
			if g, w := normDot(string(got)), normDot(string(want)); g != w {
				t.Errorf("not TLC's file:\n%s\nours:\n%s", firstDiff(w, g), got)
			}
		})
	}
}

// reLiveDotNode is a state's line in TLC's liveness DOT file: its name,
// and its tooltip (a state written after a step) or its label (an
// initial state).
var reLiveDotNode = regexp.MustCompile(`^(-?[0-9]+) \[label="([^"]*)",(?:tooltip="([^"]*)"\];|style = filled\])$`)

// normLiveDot names each state of TLC's liveness DOT file by its text, and
// sorts the steps from one state (with the line of a state written after
// its step) and the states of each rank line: TLC's order there is that
// of hash sets of fingerprints, and TLC's fingerprints are its own.
func normLiveDot(s string) string {
	lines := strings.Split(s, "\n")
	names := map[string]string{}
	for _, l := range lines {
		if m := reLiveDotNode.FindStringSubmatch(l); m != nil && names[m[1]] == "" {
			names[m[1]] = "<" + m[2] + ">"
			if m[3] != "" {
				names[m[1]] = "<" + m[3] + ">"
			}
		}
	}
	for _, l := range lines {
		if m := reLiveDotNode.FindStringSubmatch(l); m != nil && m[3] != "" {
			names[m[1]] = "<" + m[3] + ">"
		}
	}
	rename := func(l string) string {
		return reDotID.ReplaceAllStringFunc(l, func(m string) string {
			sub := reDotID.FindStringSubmatch(m)
			return sub[1] + names[sub[2]]
		})
	}
	var out, unit, group []string
	from := ""
	flush := func() {
		if len(unit) > 0 {
			group = append(group, strings.Join(unit, "\n"))
			unit = nil
		}
	}
	endGroup := func() {
		flush()
		sort.Strings(group)
		out = append(out, group...)
		group = nil
	}
	for _, l := range lines {
		if src, _, ok := strings.Cut(l, " -> "); ok {
			if src != from {
				endGroup()
				from = src
			}
			flush()
			unit = append(unit, rename(l))
			continue
		}
		if len(unit) > 0 && reLiveDotNode.MatchString(l) {
			unit = append(unit, rename(l))
			continue
		}
		endGroup()
		from = ""
		l = rename(l)
		if in, ok := strings.CutPrefix(l, "{rank = same; "); ok {
			parts := strings.Split(strings.TrimSuffix(in, ";}"), ";")
			sort.Strings(parts)
			l = "{rank = same; " + strings.Join(parts, ";") + ";}"
		}
		out = append(out, l)
	}
	endGroup()
	return strings.Join(out, "\n")
}

// TestTLCDumpDotLiveness: with a temporal property checked without a
// tableau, -dump dot FILE.dot writes TLC's behaviour graph to
// FILE_liveness.dot too (TLC rev cc6b616's files in
// model/testdata/tlc/flags3, LiveDot-OPTIONS_liveness.dot): not strict, no
// colours or labels whatever the options; the initial states, then for
// each state expanded its steps to its successors and to itself, a state
// not yet expanded written after the step to it through the ALIAS at the
// step's level (a self-loop of C at the next level), the states steps are
// written from ranked at their levels. TLC's order of one state's steps
// follows its fingerprints; the rest is compared as written.
func TestTLCDumpDotLiveness(t *testing.T) {
	dir := filepath.Join("..", "..", "model", "testdata", "tlc", "flags3")
	for _, opts := range []string{"dot", "dot,colorize,actionlabels"} {
		name := "LiveDot-" + strings.ReplaceAll(opts, ",", "-")
		t.Run(name, func(t *testing.T) {
			tmp := t.TempDir()
			out := filepath.Join(tmp, "g.dot")
			var o, errb bytes.Buffer
			if code := runIn(t, tmp, []string{"tlc", "-workers", "1", "-dump", opts, out, "-config", mustAbs(t, filepath.Join(dir, "LiveDot.cfg")), mustAbs(t, filepath.Join(dir, "LiveDot.tla"))}, &o, &errb); code != 0 {
				t.Fatalf("exit %d, want 0: %s", code, errb.String())
			}
			for _, f := range []struct{ got, want string }{{"g.dot", name + ".dot"}, {"g_liveness.dot", name + "_liveness.dot"}} {
				got, err := os.ReadFile(filepath.Join(tmp, f.got))
				if err != nil {
					t.Fatal(err)
				}
				want, err := os.ReadFile(filepath.Join(dir, f.want))
				if err != nil {
					t.Fatal(err)
				}
				norm := normDot
				if strings.Contains(f.got, "_liveness") {
					norm = normLiveDot
				}
				if g, w := norm(string(got)), norm(string(want)); g != w {
					t.Errorf("%s: not TLC's file:\n%s\nours:\n%s", f.want, firstDiff(w, g), got)
				}
			}
		})
	}
}
