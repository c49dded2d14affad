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

// TestTLCErrorClasses runs `wspcycle tlc` on a spec or model configuration
// with one error each and compares the output and exit code with TLC's own
// run kept in model/testdata/tlc/errors (NAME.text.out, NAME.tool.out).
// TLC's classes, from those runs:
//   - a .cfg it cannot read (Missing) or parse (BadKw: "FOOBAR x" read as a
//     constant without = or <-): exit 255, message 1000 wrapping 5001 or
//     5006, printed before SANY runs;
//   - a .cfg that does not fit the spec, after SANY and "Starting...",
//     exit 151: 2222 a constant without a value (NoConst), 2229 a name the
//     spec does not define, worded by its role (BadInv "invariant", BadInit
//     "initial predicate", BadProp "property", BadSpec "name"), 2231 no
//     initial predicate (Empty);
//   - a spec without variables and a .cfg without INIT checks only the
//     assumptions, exit 0 (NoVars);
//   - 2227 both SPECIFICATION and INIT/NEXT (Both), 2228 an INVARIANT
//     naming an operator with a parameter (Args), exit 151; 2146 an
//     INVARIANT that is not a state predicate (InvAction: Next), exit 76;
//   - 2281 a constant replaced by a definition that reads the variables
//     (NonConst: C <- Def, Def == x + 1 + y), exit 151: "The configuration
//     file substitutes constant C with non-constant Def - specifically: "
//     and the error of TLC's evaluation of Def as a constant (the first
//     variable it meets, x, with its range), which -tool nests as a
//     message 2280 of its own;
//   - a semantic error in the spec: SANY's report, 3002, exit 150 (Sem).
//
// A parse error (Parse) gets TLC's exit code 150 and message 3002, but
// SANY's own words and position for the error are not reproduced.
func TestTLCErrorClasses(t *testing.T) {
	dir := filepath.Join("..", "..", "model", "testdata", "tlc", "errors")
	cases := []struct{ name, spec, cfg string }{
		{"NoConst", "Good", "NoConst"},
		{"BadInv", "Good", "BadInv"},
		{"BadInit", "Good", "BadInit"},
		{"BadProp", "Good", "BadProp"},
		{"BadSpec", "Good", "BadSpec"},
		{"BadKw", "Good", "BadKw"},
		{"Missing", "Good", "Missing"},
		{"Empty", "Good", "Empty"},
		{"NoVars", "NoVars", "Empty"},
		{"Sem", "Sem", "Ok"},
		{"Parse", "Parse", "Ok"},
		{"Both", "Good", "Both"},
		{"Args", "Args", "Args"},
		{"InvAction", "Good", "InvAction"},
		{"NonConst", "NonConst", "NonConst"},
	}
	wantCode := map[string]int{"NoConst": 151, "BadInv": 151, "BadInit": 151, "BadProp": 151, "BadSpec": 151,
		"BadKw": 255, "Missing": 255, "Empty": 151, "NoVars": 0, "Sem": 150, "Parse": 150,
		"Both": 151, "Args": 151, "InvAction": 76, "NonConst": 151}
	for _, c := range cases {
		for _, mode := range []string{"text", "tool"} {
			t.Run(c.name+"/"+mode, func(t *testing.T) {
				// TLC names the missing .cfg as given: run from its folder.
				args := []string{"tlc", "-workers", "1", "-config", c.cfg + ".cfg"}
				if mode == "tool" {
					args = append(args, "-tool")
				}
				var out, errb bytes.Buffer
				code := runIn(t, dir, append(args, c.spec+".tla"), &out, &errb)
				if code != wantCode[c.name] {
					t.Errorf("exit %d, want TLC's %d; stderr:\n%s", code, wantCode[c.name], errb.String())
				}
				got := tlcout.Normalize(out.String(), mode == "tool")
				if c.name == "Parse" {
					if !strings.Contains(got, "Parsing or semantic analysis failed.") || !strings.Contains(got, "***Parse Error***") {
						t.Errorf("no SANY parse error report:\n%s", got)
					}
					return
				}
				data, err := os.ReadFile(filepath.Join(dir, c.name+"."+mode+".out"))
				if err != nil {
					t.Fatal(err)
				}
				if want := tlcout.Normalize(string(data), mode == "tool"); got != want {
					t.Errorf("output differs from TLC's:\n%s\nfull output:\n%s", firstDiff(want, got), out.String())
				}
			})
		}
	}
}

// runIn runs the command line args in dir and returns its exit code.
func runIn(t *testing.T, dir string, args []string, stdout, stderr *bytes.Buffer) int {
	t.Helper()
	wd, err := os.Getwd()
	if err != nil {
		t.Fatal(err)
	}
	if err := os.Chdir(dir); err != nil {
		t.Fatal(err)
	}
	defer os.Chdir(wd)
	return run(context.Background(), args, stdout, stderr)
}

// A spec file that does not exist: SANY's report that it cannot find the
// module, between SANY's start and end, then 3002 and exit 150, as TLC
// (rev cc6b616) printed for a missing Nope.tla (its paths aside).
func TestTLCMissingSpec(t *testing.T) {
	dir := t.TempDir()
	var out, errb bytes.Buffer
	code := runIn(t, dir, []string{"tlc", "-tool", "Nope.tla"}, &out, &errb)
	got := out.String()
	if code != 150 {
		t.Errorf("exit %d, want 150", code)
	}
	for _, want := range []string{"@!@!@ENDMSG 2220 @!@!@\nFile does not exist: ", "/./Nope.tla while looking in these directories: ",
		"\n\nFatal errors while parsing TLA+ spec in file Nope\n\nUnknown location\n\nCannot find source file for module Nope\n*** Errors: 1\n",
		"@!@!@STARTMSG 2219:0 @!@!@", "@!@!@STARTMSG 3002:1 @!@!@\nParsing or semantic analysis failed."} {
		if !strings.Contains(got, want) {
			t.Errorf("output lacks %q:\n%s", want, got)
		}
	}
}
