package main

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"

	"github.com/wspcycle/wspcycle/model/tlcout"
)

// TestTLCPostConditionFlagConstant: TLC looks the operator of
// -postCondition MODULE!OP up in MODULE and evaluates its body once the
// run is over, whatever its level (TLC rev cc6b616; outputs in
// model/testdata/tlc/fix6): PCp == PrintT("pm") /\ FALSE prints "pm" at
// startup, with MODULE's constant definitions, and again after the
// search, then "Postcondition PCp ... is false" (exit 10); PCt == TRUE
// holds; PCf == FALSE and PCr == RandomElement({1}) = 2 are false.
// wspcycle refused each as a constant ("The post condition PCp cannot be
// a constant.", exit 255), which is TLC's answer only for the cfg's own
// POSTCONDITION naming such a definition (PostCfg).
func TestTLCPostConditionFlagConstant(t *testing.T) {
	dir := filepath.Join("..", "..", "model", "testdata", "tlc", "fix6")
	for _, c := range []struct {
		op   string
		code int
	}{{"p", 10}, {"t", 0}, {"f", 10}, {"r", 10}} {
		tlcGoldenRun(t, dir, "S", []string{"-noGenerateSpecTE", "-postCondition", "Post!PC" + c.op}, c.code, withOutput("PostFlag_"+c.op))
	}
	tlcGoldenRun(t, dir, "PostCfg", []string{"-noGenerateSpecTE"}, 255, withSpec("SX"))
}

// TestTLCPropertyConstantNoWarning: TLC's warning that a PROPERTY is a
// state-level formula (2255) is for a formula of state level only; a
// constant-level one TLC could not compute at startup (Wc: CHOOSE over
// Nat; Wg: TLCGet("level"); Wa: an Assert that fails) is checked in the
// initial states without it (TLC rev cc6b616; Wv, which reads x, gets
// it). wspcycle warned for all four.
func TestTLCPropertyConstantNoWarning(t *testing.T) {
	dir := filepath.Join("..", "..", "model", "testdata", "tlc", "fix6")
	for _, c := range []struct {
		name string
		code int
	}{{"c", 75}, {"g", 13}, {"a", 75}, {"v", 13}} {
		tlcGoldenRun(t, dir, "PropW"+c.name, []string{"-noGenerateSpecTE"}, c.code, withSpec("W"))
	}
}

// TestTLCAssumeStopsAtFirst: TLC evaluates the ASSUMEs in order and stops
// at the first one that fails (AsmA: @@ of functions whose domains mix
// numbers and strings, then compared; AsmB: the same under \in; AsmC: a
// false Assert) or is false (AsmD): a later one is not evaluated, so what
// it prints or sets is not done (TLC rev cc6b616). wspcycle evaluated
// every ASSUME, printing the later ones' PrintT before the first one's
// error.
func TestTLCAssumeStopsAtFirst(t *testing.T) {
	dir := filepath.Join("..", "..", "model", "testdata", "tlc", "fix6")
	for _, name := range []string{"AsmA", "AsmB", "AsmC", "AsmD"} {
		tlcGoldenRun(t, dir, name, []string{"-noGenerateSpecTE"}, 10)
	}
}

// TestTLCDumpTraceJSONAlias: with an ALIAS, TLC's -dumpTrace json writes
// some counterexamples as the spec's variables and others as the ALIAS,
// as printed (TLC rev cc6b616; the files it wrote are in
// model/testdata/tlc/fix6): a temporal property's lasso (DumpAm_ML) or
// stuttering (DumpAl_LL), and an invariant or a state-level PROPERTY
// violated by the initial state (DumpAm_MI, DumpAm_MP), as the variables;
// an invariant violated later (DumpAl_LI) and a deadlock, even of the
// initial state (DumpAl_LD, DumpAm_MD), as the ALIAS. wspcycle wrote the
// ALIAS for all.
func TestTLCDumpTraceJSONAlias(t *testing.T) {
	dir := filepath.Join("..", "..", "model", "testdata", "tlc", "fix6")
	for _, c := range []struct {
		spec, cfg string
		code      int
	}{{"DumpAl", "LL", 13}, {"DumpAl", "LI", 12}, {"DumpAl", "LD", 11},
		{"DumpAm", "ML", 13}, {"DumpAm", "MP", 13}, {"DumpAm", "MI", 12}, {"DumpAm", "MD", 11}} {
		name := c.spec + "_" + c.cfg
		want, err := os.ReadFile(filepath.Join(dir, name+".json"))
		if err != nil {
			t.Fatal(err)
		}
		td := t.TempDir()
		var out, errb bytes.Buffer
		args := []string{"tlc", "-workers", "1", "-noGenerateSpecTE", "-dumpTrace", "json", "t.json",
			"-config", mustAbs(t, filepath.Join(dir, name+".cfg")), mustAbs(t, filepath.Join(dir, c.spec+".tla"))}
		if code := runIn(t, td, args, &out, &errb); code != c.code {
			t.Errorf("%s: exit %d, want TLC's %d: %s", name, code, c.code, errb.String())
		}
		if got, err := os.ReadFile(filepath.Join(td, "t.json")); err != nil || !bytes.Equal(got, want) {
			t.Errorf("%s: wrote %s (%v), TLC wrote %s", name, got, err, want)
		}
	}
}

// TestTLCDumpTraceJSONSany: for -dumpTrace json, TLC makes the root
// module extend its _JsonTrace (whose post-condition writes the file), so
// SANY's lines show it and what it instantiates (TLCExt, Json, Integers,
// ...), plain and with -tool (TLC rev cc6b616, run in a folder holding the
// spec: DumpSany_NAME.MODE.out). wspcycle showed only the spec's modules.
func TestTLCDumpTraceJSONSany(t *testing.T) {
	dir := filepath.Join("..", "..", "model", "testdata", "tlc", "fix6")
	for _, c := range []struct {
		cfg  string
		code int
	}{{"LI", 12}, {"LL", 13}} {
		for _, mode := range []string{"text", "tool"} {
			td := t.TempDir()
			for _, f := range []string{"DumpAl.tla", "DumpAl_" + c.cfg + ".cfg"} {
				data, err := os.ReadFile(filepath.Join(dir, f))
				if err != nil {
					t.Fatal(err)
				}
				if err := os.WriteFile(filepath.Join(td, f), data, 0o644); err != nil {
					t.Fatal(err)
				}
			}
			args := []string{"tlc", "-workers", "1", "-noGenerateSpecTE", "-dumpTrace", "json", "t.json"}
			if mode == "tool" {
				args = append(args, "-tool")
			}
			args = append(args, "-config", "DumpAl_"+c.cfg+".cfg", "DumpAl.tla")
			var out, errb bytes.Buffer
			if code := runIn(t, td, args, &out, &errb); code != c.code {
				t.Errorf("%s %s: exit %d, want TLC's %d: %s", c.cfg, mode, code, c.code, errb.String())
			}
			want, err := os.ReadFile(filepath.Join(dir, "DumpSany_"+c.cfg+"."+mode+".out"))
			if err != nil {
				t.Fatal(err)
			}
			if got, w := tlcout.Normalize(out.String(), mode == "tool"), tlcout.Normalize(string(want), mode == "tool"); got != w {
				t.Errorf("%s %s: output differs from TLC's:\n%s", c.cfg, mode, firstDiff(w, got))
			}
		}
	}
}
