package eval

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/wspcycle/wspcycle/tla/value"
)

// TestStringOrder checks TLC's order of strings, record fields and model
// values on testdata/strorder/StrOrder.tla, whose ASSUMEs print values:
// TLC (-workers 1) printed each line of want, which follows from when TLC
// interned each name (stringOrder):
//
//   - {"zeta", "alpha"}: two literals, interned as semantic analysis
//     meets them, "zeta" first; CHOOSE over them picks "zeta".
//   - [zb |-> 1, za |-> 2], however written: zb and za are identifiers,
//     interned by the lexer in the order of the text (Init's record).
//   - {p2, p3, p1}: the cfg's model values, interned before anything else,
//     in the cfg's order; likewise the cfg's string "gamma" before "beta".
//   - {"Init", "mine", "Nat", "a", "b", "Len"}: the root file's names
//     first (Init, then the field mine of a later line), then those of the
//     standard modules as SANY reads them (Nat, a, b from Naturals, Len
//     from Sequences).
//   - {"Procs", "used", "usedlit", "lit"}: a name of the root, a name of
//     the module it extends (lexed after the root), that module's literal
//     (analysed before the root), the root's literal.
//   - ToJson({"zz", "aa", "mm"}): the set in that order.
//   - {[Init |-> 2, mine |-> 1]}: [mine : {1}, Init : {2}]'s fields.
//
// The last line is not TLC's: TLC orders strings made at run time by when
// it made them, {"q2", "q1"}; here they follow every string of the spec in
// the order of their content.
func TestStringOrder(t *testing.T) {
	dir := filepath.Join("testdata", "strorder")
	var out bytes.Buffer
	sp, err := LoadFilesWith(Options{Print: &out}, filepath.Join(dir, "StrOrder.tla"), filepath.Join(dir, "StrOrder.cfg"))
	if err != nil {
		t.Fatal(err)
	}
	want := `{"zeta", "alpha"}
[zb |-> 1, za |-> 2]
[zb |-> 1, za |-> 2]
"zeta"
{p2, p3, p1}
<<"gamma", {"gamma", "beta"}>>
{"Init", "mine", "Nat", "a", "b", "Len"}
{"Procs", "used", "usedlit", "lit"}
"[\"zz\",\"aa\",\"mm\"]"
{[Init |-> 2, mine |-> 1]}
"zeta"
TRUE
{"q1", "q2"}
`
	if got := out.String(); got != want {
		t.Errorf("printed:\n%s\nwant (TLC's but for the last line):\n%s", got, want)
	}
	// The initial state's record is the one Inv writes in another order.
	var states []value.State
	if err := sp.Init(func(s value.State) error { states = append(states, s); return nil }); err != nil {
		t.Fatal(err)
	}
	if len(states) != 1 || states[0][0].String() != "[zb |-> 1, za |-> 2]" {
		t.Errorf("initial states %v, want x = [zb |-> 1, za |-> 2]", states)
	}
	if ok, err := sp.Invariants[0].Eval(states[0]); !ok || err != nil {
		t.Errorf("Inv: %v, %v", ok, err)
	}
}

// TestStringOrderPerSpec: specs loaded together (as tests load them, some
// in parallel) each have their own order: the same strings are ordered as
// each spec interns them, whichever loaded first.
func TestStringOrderPerSpec(t *testing.T) {
	dir := t.TempDir()
	write := func(name, text string) {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("A.tla", "---- MODULE A ----\nVARIABLE x\nInit == x = {\"yes\", \"no\"}\nNext == UNCHANGED x\n====\n")
	write("B.tla", "---- MODULE B ----\nVARIABLE x\nInit == x = {\"no\", \"yes\"}\nNext == UNCHANGED x\n====\n")
	write("M.cfg", "INIT Init\nNEXT Next\n")
	for i := 0; i < 2; i++ {
		for _, tc := range []struct{ spec, want string }{{"A", `{"yes", "no"}`}, {"B", `{"no", "yes"}`}} {
			t.Run(tc.spec, func(t *testing.T) {
				t.Parallel()
				sp, err := LoadFiles(filepath.Join(dir, tc.spec+".tla"), filepath.Join(dir, "M.cfg"))
				if err != nil {
					t.Fatal(err)
				}
				var got []string
				sp.Init(func(s value.State) error { got = append(got, s[0].String()); return nil })
				if strings.Join(got, " ") != tc.want {
					t.Errorf("%s: x = %v, want %s", tc.spec, got, tc.want)
				}
			})
		}
	}
}

// TestStringOrderNested: testdata/strorder/StrNest.tla, where TLC
// (-workers 1) prints {"lb", "la"} and {"Assertion failed", "zz"}: a
// module nested in the root file is analysed where it stands in the text,
// so its literal "la" comes after the root's earlier "lb"; a standard
// module's literals (TLCExt's "Assertion failed") come before the root's.
func TestStringOrderNested(t *testing.T) {
	dir := filepath.Join("testdata", "strorder")
	var out bytes.Buffer
	if _, err := LoadFilesWith(Options{Print: &out}, filepath.Join(dir, "StrNest.tla"), filepath.Join(dir, "StrNest.cfg")); err != nil {
		t.Fatal(err)
	}
	if got, want := out.String(), "{\"lb\", \"la\"}\n{\"Assertion failed\", \"zz\"}\n"; got != want {
		t.Errorf("printed:\n%s\nwant TLC's:\n%s", got, want)
	}
}

// TestStringOrderOperators: testdata/strorder/StrOps.tla prints a set of
// strings that spell operators and punctuation; TLC (-workers 1) printed
// want (TLC breaks a long value over lines), which follows from when TLC
// interns each (stringOrder):
//
//   - "=", "'", "\\in", "[]", "-", "+", "..", "~", "/\\", "\\/", "\\X",
//     "\\cup": SANY's table of operators, interned as SANY starts, in the
//     table's order (sanyStartNames), before any module;
//   - ",", "==", "{", "}", "(", ")", ":", "zz", "|->", "a", "]_", "WF_":
//     the root file's tokens as SANY's parser reads them, punctuation
//     included (":" from the CHOOSE, zz, |-> and a from the record, ]_
//     and WF_ from Spec);
//   - "<<": a token of Sequences (which TLC's module instantiates), parsed
//     after the root.
//
// CHOOSE picks the first, "="; the record's fields are in the order of
// the lexer, zz before a.
func TestStringOrderOperators(t *testing.T) {
	dir := filepath.Join("testdata", "strorder")
	var out bytes.Buffer
	if _, err := LoadFilesWith(Options{Print: &out}, filepath.Join(dir, "StrOps.tla"), filepath.Join(dir, "StrOps.cfg")); err != nil {
		t.Fatal(err)
	}
	want := `{ "=",
  "'",
  "\\in",
  "[]",
  "-",
  "+",
  "..",
  "~",
  "/\\",
  "\\/",
  "\\X",
  "\\cup",
  ",",
  "==",
  "{",
  "}",
  "(",
  ")",
  ":",
  "zz",
  "|->",
  "a",
  "]_",
  "WF_",
  "<<" }
"="
[zz |-> 1, a |-> 2]
`
	if got := out.String(); got != want {
		t.Errorf("printed:\n%s\nwant TLC's:\n%s", got, want)
	}
}

// TestStringOrderSelector: testdata/strorder/StrSel.tla names no standard
// module and its files have no token ">>", "<<" or ":". TLC (-workers 1)
// reports Inv violated by x = {"zz", "<<", ">>", ":", "yy"}: the literals
// of S first ("zz", "<<"), then SANY's first reference to a name (x, in
// Init) interns ">>", "<<" and ":" (sanySelectorNames), before Init's own
// literals, so ">>" and ":" rank before "yy" and not in the literals'
// order.
func TestStringOrderSelector(t *testing.T) {
	dir := filepath.Join("testdata", "strorder")
	sp, err := LoadFiles(filepath.Join(dir, "StrSel.tla"), filepath.Join(dir, "StrSel.cfg"))
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	sp.Init(func(s value.State) error { got = append(got, s[0].String()); return nil })
	if want := `{"zz", "<<", ">>", ":", "yy"}`; strings.Join(got, " ") != want {
		t.Errorf("x = %v, want TLC's %s", got, want)
	}
}

// TestStringOrderModules: testdata/strorder/StrMods.tla extends StrModsA
// (which extends StrModsC) and TLC, and instantiates StrModsB. TLC
// (-workers 1) prints {"aname", "cname", "bname"}: SANY parses the root,
// then every module left that an EXTENDS names (StrModsA, TLC, StrModsC),
// and only then one an INSTANCE names (StrModsB), so StrModsC's name
// cname is interned before StrModsB's bname, though the root names
// StrModsB first.
func TestStringOrderModules(t *testing.T) {
	dir := filepath.Join("testdata", "strorder")
	var out bytes.Buffer
	if _, err := LoadFilesWith(Options{Print: &out}, filepath.Join(dir, "StrMods.tla"), filepath.Join(dir, "StrMods.cfg")); err != nil {
		t.Fatal(err)
	}
	if got, want := out.String(), "{\"aname\", \"cname\", \"bname\"}\n"; got != want {
		t.Errorf("printed:\n%s\nwant TLC's:\n%s", got, want)
	}
}

// TestStringOrderShadow: testdata/strorder/shadow/StrShadow.tla extends
// Bags, and a Bags.tla beside it stands for the standard module in SANY
// (as the proof library's Bags.tla and FiniteSets.tla do on a library
// path). TLC (-workers 1) prints {"shadowname", "Nat"}: SANY parses that
// file, not its own Bags, right after the root, so its name shadowname is
// interned before Naturals' Nat, which would otherwise come first (with
// shadowname a mere literal).
func TestStringOrderShadow(t *testing.T) {
	dir := filepath.Join("testdata", "strorder", "shadow")
	var out bytes.Buffer
	if _, err := LoadFilesWith(Options{Print: &out}, filepath.Join(dir, "StrShadow.tla"), filepath.Join(dir, "StrShadow.cfg")); err != nil {
		t.Fatal(err)
	}
	if got, want := out.String(), "{\"shadowname\", \"Nat\"}\n"; got != want {
		t.Errorf("printed:\n%s\nwant TLC's:\n%s", got, want)
	}
}
