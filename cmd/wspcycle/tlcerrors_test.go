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
//   - a semantic error in the spec: SANY's report, 3002, exit 150: an
//     undefined name (Sem, Prime: y' with y undefined; NoSeqs: Len
//     without EXTENDS Sequences, the name's extent whatever our hint; SANY
//     resolves none of its arguments), an operator symbol nothing defines
//     (NoMinus: - - y without Integers, x ^+: SANY's two errors, "Could not
//     find declaration or definition of symbol '-.'" at the symbol and
//     "Couldn't resolve prefix operator symbol" at the application, for
//     the outer one only), an assumption that is not a constant formula
//     (AssumeVar: ASSUME then Init == x = 0 is a named assumption, of level
//     1, and TLC says nothing of the .cfg's NEXT Next, which it never
//     reads; AxiomAction: AXIOM of an action, level 2: "Level error:
//     assumptions must be level 0 (Constant), but this one has level N"
//     over the whole assumption), a selector after a name that is not a
//     definition (SelVar: x!1, "Cannot take subexpression of `x'") or
//     after an instance's (SelInst: I!: and I!2, which SANY looks up as
//     definitions of I, "Unknown operator: `:'" and "`argument selector
//     2'" at the selector), two of them (TwoUndef), an operator given the wrong number of arguments (Arity,
//     Arity0: none), a definition that repeats one (Dup: with SANY's
//     warning) or a variable (VarOp: two errors), an undefined name in a
//     module the spec extends (UseLib2 extends Lib: SANY reports it after
//     processing Lib, and again after UseLib2; UseLib too, which uses
//     nothing of Lib's definition: SANY resolves every definition);
//   - a spec SANY cannot parse, 3002, exit 150: a lexical error (Lex: an
//     illegal character; Str: a string not closed on its line), no module
//     header (NoHeader, and EmptyFile, an empty file: javacc's <EOF> at
//     line 0, column 0), no ==== (NoEnd; EndBlank, blank lines after the
//     last token, and TailTab, a tab and "\r\n" before the end: javacc's
//     <EOF> stands at the last character with javacc's columns), a module it extends that does
//     not exist (NoMod), a file whose module has another name (Named), a
//     comment not closed (Comment), modules that extend each other
//     (CycleA extends CycleB, which extends CycleA: SANY's fatal
//     "Circular dependency among .tla files" once both are parsed);
//   - an INSTANCE that leaves a CONSTANT or VARIABLE of the module it
//     instantiates (or of one that module extends) without a substitution
//     and with no name of the instantiating module to stand for it: SANY's
//     "Substitution missing for symbol N declared at ...", at the whole
//     statement, exit 150, for a LOCAL INSTANCE too (SubstLocal: SubstB
//     extends SubstC, whose N nothing substitutes, while its Max is
//     SubstLocal's Max), and one error per symbol, named M(K) == INSTANCE
//     or not (SubstMany, in SANY's order: that of the Java hash table of
//     the instantiated module's context);
//   - a proof step's name used where it is not known: SANY resolves it
//     like an operator's name, known in its step's proof and in the later
//     steps of the proof holding the step, so a substep's name after its
//     proof (StepScope), a step's name before the step or in another
//     theorem's proof (StepAhead) is "Unknown operator", exit 150; a
//     selector after a step's name picks an operand of its formula, and
//     one it does not have is "Nonexistent operand specified by
//     `argument selector 1'" at the selector (StepSel: <1>2!1 of TRUE,
//     while <1>1!2 of TRUE /\ x = x is fine).
//
// Other parse errors (Parse: "x = = 0", NoEq: "Init x = 0", Paren and
// Bracket: not closed, BadExpr: IF without ELSE, EmptyBody: "Init ==" with
// nothing after, SingleEq: "Init = x = 0", Backslash: "\inn", NoThen: IF
// without THEN, LibParseUse: a parse error in the module LibP it
// extends, after the files SANY parsed up to it) are SANY's text too:
// what it expected, where it failed and its parser's stack, which
// model/tlcout/sany finds by replaying SANY's grammar.
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
	for _, n := range []string{"Dup", "VarOp", "Arity", "Arity0", "TwoUndef", "Prime", "Lex", "Str", "NoHeader", "NoEnd", "NoMod", "Named",
		"NoEq", "Paren", "Bracket", "BadExpr", "EmptyBody", "UseLib2", "UseLib", "Comment", "LibParseUse", "SingleEq", "Backslash", "NoThen", "CycleA", "SubstLocal", "SubstMany", "StepScope", "StepAhead", "StepSel", "NoSeqs", "NoConcat", "NoMinus", "AssumeVar", "AxiomAction", "SelVar", "SelInst", "EmptyFile", "EndBlank", "TailTab",
		"LexFF", "LexEsc", "LexUni", "LexAstral", "LexStrUni"} {
		cases = append(cases, struct{ name, spec, cfg string }{n, n, "Ok"})
	}
	wantCode := map[string]int{"NoConst": 151, "BadInv": 151, "BadInit": 151, "BadProp": 151, "BadSpec": 151,
		"BadKw": 255, "Missing": 255, "Empty": 151, "NoVars": 0, "Sem": 150, "Parse": 150,
		"Both": 151, "Args": 151, "InvAction": 76, "NonConst": 151}
	for _, c := range cases {
		if _, ok := wantCode[c.name]; !ok {
			wantCode[c.name] = 150
		}
	}
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
				data, err := os.ReadFile(filepath.Join(dir, c.name+"."+mode+".out"))
				if err != nil {
					t.Fatal(err)
				}
				want := tlcout.Normalize(string(data), mode == "tool")
				if got != want {
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

// SANY names the spec as it was given: a relative path with its folder
// ("Fatal errors while parsing TLA+ spec in file errors/Lex", "Could not
// parse module Lex from file errors/Lex.tla"), an absolute one by
// its base name (TLC rev cc6b616, run from the folder above the spec's and
// from elsewhere).
func TestTLCSanySpecName(t *testing.T) {
	dir, err := filepath.Abs(filepath.Join("..", "..", "model", "testdata", "tlc"))
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct{ spec, in, from string }{
		{"errors/Lex.tla", "errors/Lex", "errors/Lex.tla"},
		{filepath.Join(dir, "errors", "Lex.tla"), "Lex", "Lex.tla"},
		{"errors/NoMod.tla", "errors/NoMod", ""},
	} {
		var out, errb bytes.Buffer
		if code := runIn(t, dir, []string{"tlc", "-config", filepath.Join("errors", "Ok.cfg"), c.spec}, &out, &errb); code != 150 {
			t.Errorf("%s: exit %d", c.spec, code)
		}
		want := "Fatal errors while parsing TLA+ spec in file " + c.in + "\n"
		if c.from != "" {
			want += "\nIn module Lex\n\nCould not parse module Lex from file " + c.from + "\n"
		}
		if !strings.Contains(out.String(), want) {
			t.Errorf("%s: output lacks %q:\n%s", c.spec, want, out.String())
		}
	}
}
