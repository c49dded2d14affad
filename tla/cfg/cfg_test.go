package cfg

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/wspcycle/wspcycle/tla/ast"
	"github.com/wspcycle/wspcycle/tla/token"
)

func names(ids []*ast.Ident) string {
	var s []string
	for _, id := range ids {
		s = append(s, id.Name)
	}
	return strings.Join(s, " ")
}

func TestParseAll(t *testing.T) {
	src := `\* A comment
(* a block
   comment *)
INIT Init NEXT Next
CONSTANTS
  N = 3
  Two = 2
  Vals = {1, 2}
  Nodes = {a, b, c}
  Nested = {{}, {a, "s"}, {TRUE, FALSE}}
  Str = "hello"
  Flag = TRUE
  c = c
  Op <- Impl
CONSTANT Max = 5
INVARIANT TypeOK
INVARIANTS Safe Other
PROPERTY Live
PROPERTIES Live2 Live3
CONSTRAINT Bound
CONSTRAINTS Bound2
ACTION_CONSTRAINT AC
ACTION_CONSTRAINTS AC2 AC3
SYMMETRY Sym
VIEW View
CHECK_DEADLOCK FALSE
`
	c, err := Parse("m.cfg", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	if c.Init.Name != "Init" || c.Next.Name != "Next" || c.Spec != nil {
		t.Errorf("init/next/spec: %v %v %v", c.Init, c.Next, c.Spec)
	}
	if p := c.Init.NamePos; p.Filename != "m.cfg" || p.Line != 4 || p.Col != 6 {
		t.Errorf("Init at %v", p)
	}
	var consts []string
	for _, k := range c.Constants {
		if k.Subst != nil {
			consts = append(consts, k.Name.Name+"<-"+k.Subst.Name)
			continue
		}
		consts = append(consts, k.Name.Name+"="+ast.Sprint(k.Value))
	}
	want := `N=3 Two=2 Vals=(set 1 2) Nodes=(set a b c) Nested=(set (set) (set a "s") (set TRUE FALSE)) Str="hello" Flag=TRUE c=c Op<-Impl Max=5`
	if got := strings.Join(consts, " "); got != want {
		t.Errorf("constants\n got %s\nwant %s", got, want)
	}
	if !c.Lookup("c").IsModelValue() || c.Lookup("N").IsModelValue() || c.Lookup("nope") != nil {
		t.Error("IsModelValue/Lookup")
	}
	checks := map[string][2]string{
		"invariants":  {names(c.Invariants), "TypeOK Safe Other"},
		"properties":  {names(c.Properties), "Live Live2 Live3"},
		"constraints": {names(c.Constraints), "Bound Bound2"},
		"action":      {names(c.ActionConstraints), "AC AC2 AC3"},
		"symmetry":    {c.Symmetry.Name, "Sym"},
		"view":        {c.View.Name, "View"},
	}
	for what, gw := range checks {
		if gw[0] != gw[1] {
			t.Errorf("%s: got %q, want %q", what, gw[0], gw[1])
		}
	}
	if c.CheckDeadlock || c.CheckDeadlockPos.Line != 26 {
		t.Errorf("CHECK_DEADLOCK %v at %v", c.CheckDeadlock, c.CheckDeadlockPos)
	}
	if v := c.Lookup("Nodes").Value.(*ast.SetEnum).Elems[2]; v.Pos().Line != 9 || v.Pos().Col != 18 {
		t.Errorf("model value c at %v", v.Pos())
	}
}

func TestDefaults(t *testing.T) {
	c, err := Parse("m.cfg", []byte("SPECIFICATION Spec"))
	if err != nil {
		t.Fatal(err)
	}
	if !c.CheckDeadlock || c.CheckDeadlockPos.IsValid() || c.Spec.Name != "Spec" || c.Init != nil {
		t.Errorf("defaults: %+v", c)
	}
}

func TestReferenceConfigs(t *testing.T) {
	files, _ := filepath.Glob("testdata/*.cfg")
	if len(files) < 15 {
		t.Fatalf("found %d reference configs, want 15", len(files))
	}
	for _, f := range files {
		src, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		c, err := Parse(f, src)
		if err != nil {
			t.Errorf("%s: %v", f, err)
			continue
		}
		if c.Spec == nil && (c.Init == nil || c.Next == nil) {
			t.Errorf("%s: neither SPECIFICATION nor INIT/NEXT", f)
		}
	}
}

func TestErrors(t *testing.T) {
	tests := []struct{ src, pos, msg string }{
		{"INIT", "1:1", "INIT needs a name"},
		{"INIT A B", "1:8", "INIT takes one name"},
		{"INIT A\nINIT B", "2:1", "INIT given twice"},
		{"FOO Bar", "1:1", "expected a .cfg keyword"},
		{"INIT Init\n42", "2:1", "expected a name after INIT, found number 42"},
		{"CONSTANT N", "1:11", "expected '=' or '<-' after constant N, found end of file"},
		{"CONSTANT N = ", "1:14", "expected a value"},
		{"CONSTANT N = {1, 2", "1:19", "expected ',' or '}'"},
		{"CONSTANT N = -x", "1:15", "a negative number is not a constant value"},
		{"CONSTANT N = -x\nINIT I", "2:1", "then expected = or <- here"},
		{"CONSTANT N = -\nINIT I", "1:14", "a negative number is not a constant value of a .cfg file (TLC accepts"},
		{"CONSTANT N = -1\nINIT I", "2:1", "a negative number is not a constant value of a .cfg file (define it in the module): TLC reads '-' at m.cfg:1:14 as a model value, then expected = or <- here"},
		{"CONSTANT N = -1 = 2", "1:14", "a negative number is not a constant value of a .cfg file (TLC accepts"},
		{"CONSTANT N = {1, -1}", "1:19", "then expected } here"},
		{"CONSTANT N = 1 N <- Op", "1:16", "constant N given twice"},
		// N <- 3 parses (TLC reports it after SANY: golden HCfgSubstVal); N <- {1} does not.
		{"CONSTANT N <- {1}", "1:17", "expected '=' or '<-' after constant 1, found '}'"}, // TLC: { is the name, then 1 (golden CfgSubstSet)
		{"CONSTANT F(_) = 1", "1:11", "unsupported: operator constant"},
		{"CONSTANT N = <<1>>", "1:17", "a tuple value is not a constant value of a .cfg file (define it in the module): TLC reads '<<' at m.cfg:1:14 as a model value, then expected = or <- here"},
		{"CONSTANT N = <<1, 2>>", "1:17", "then expected = or <- here"},
		{"CONSTANT N = [a |-> 1]", "1:17", "a record value is not a constant value of a .cfg file (define it in the module): TLC reads '[' at m.cfg:1:14 as a model value, then expected ] here"},
		{"CONSTANT N = {[a |-> 1]}", "1:16", "then expected } here"},
		{"CONSTANT N = {-}", "1:15", "a negative number is not a constant value of a .cfg file (TLC accepts"},
		{"CONSTANTS", "1:1", "CONSTANTS needs at least one entry"},
		{"CHECK_DEADLOCK maybe", "1:16", "CHECK_DEADLOCK needs TRUE or FALSE"},
		{"CHECK_DEADLOCK TRUE CHECK_DEADLOCK FALSE", "1:21", "CHECK_DEADLOCK given twice"},
		{"INVARIANT 3", "1:11", "expected a name after INVARIANT"},
		// TYPE and TYPE_CONSTRAINT are no keywords of TLC rev cc6b616
		// (its ModelConfig: "It was expecting a keyword").
		{"TYPE T", "1:1", "expected a .cfg keyword"},
		{"TYPE_CONSTRAINT T", "1:1", "expected a .cfg keyword"},
		{"_RL_REWARD R _RL_REWARD S", "1:14", "_RL_REWARD given twice"},
		{"_PERIODIC", "1:1", "_PERIODIC needs a name"},
		{"INIT Init (* open", "1:11", "comment not terminated"},
		{"CONSTANT S = \"abc", "1:14", "string literal not terminated"},
		{"CONSTANT N = " + strings.Repeat("9", 400), "1:14", "number too large"},
		{"CONSTANT N = " + strings.Repeat("{", 100000), "1:", "nested too deeply"},
		{"INIT \xff", "1:6", "invalid UTF-8"},
	}
	for _, tt := range tests {
		_, err := Parse("m.cfg", []byte(tt.src))
		var list token.ErrorList
		if !errors.As(err, &list) || len(list) == 0 {
			t.Errorf("%q: got %v, want an error list", tt.src, err)
			continue
		}
		e := list[0]
		pos := fmt.Sprintf("%d:%d", e.Pos.Line, e.Pos.Col)
		if !strings.HasPrefix(pos, tt.pos) || e.Pos.Filename != "m.cfg" || !strings.Contains(e.Msg, tt.msg) {
			t.Errorf("%q: got %v, want %s %q", tt.src, e, tt.pos, tt.msg)
		}
	}
}

// TestModuleSubstitution reads C <- [M] Op, TLC's substitution of a
// definition of one module, with or without spaces around [M].
// TestConstantTwice: a value given twice, TLC keeps the last (TLC rev
// cc6b616 printed 2 for ASSUME PrintT(K) with CONSTANT K = 1 K = 2).
func TestConstantTwice(t *testing.T) {
	c, err := Parse("m.cfg", []byte("CONSTANT K = 1 N = 3 K = 2"))
	if err != nil {
		t.Fatal(err)
	}
	k := c.Lookup("K")
	if n, ok := k.Value.(*ast.Number); len(c.Constants) != 2 || !ok || n.Lit != "2" {
		t.Errorf("K = %v, %d entries; want the last value, 2, in one entry", k.Value, len(c.Constants))
	}
}

func TestModuleSubstitution(t *testing.T) {
	c, err := Parse("m.cfg", []byte("CONSTANTS\n  Ballot <-[Voting] MCBallot\n  Nat <- [ZSequences]ZSeqNat\n  N <- Op\n"))
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, k := range c.Constants {
		m := "-"
		if k.Module != nil {
			m = k.Module.Name
		}
		got = append(got, k.Name.Name+" "+m+" "+k.Subst.Name)
	}
	if want := "Ballot Voting MCBallot|Nat ZSequences ZSeqNat|N - Op"; strings.Join(got, "|") != want {
		t.Errorf("got %q, want %q", strings.Join(got, "|"), want)
	}
}

// TestSectionsEndLists: a section keyword ends the list before it (ALIAS
// after PROPERTIES is not one more property), and a list section may be
// empty, as TLC reads them.
func TestSectionsEndLists(t *testing.T) {
	c, err := Parse("m.cfg", []byte("SPECIFICATION Spec\nPROPERTIES\n\nINVARIANT Inv\nPROPERTY Stab\nALIAS\n  Alias\n"))
	if err != nil {
		t.Fatal(err)
	}
	if len(c.Properties) != 1 || c.Properties[0].Name != "Stab" || c.Alias == nil || c.Alias.Name != "Alias" || len(c.Invariants) != 1 {
		t.Errorf("properties %v, alias %v, invariants %v", c.Properties, c.Alias, c.Invariants)
	}
	if c, err := Parse("m.cfg", []byte("INVARIANT Inv\nPOSTCONDITION P\n")); err != nil || len(c.Postconditions) != 1 || c.Postconditions[0].Name != "P" || len(c.Invariants) != 1 {
		t.Errorf("POSTCONDITION: %v", err)
	}
	// TLC reads a list of names, each section's added in order.
	c, err = Parse("m.cfg", []byte("POSTCONDITION P Q\nPOSTCONDITIONS R\nPOSTCONDITION P\n"))
	var got []string
	if err == nil {
		for _, id := range c.Postconditions {
			got = append(got, id.Name)
		}
	}
	if err != nil || strings.Join(got, " ") != "P Q R P" {
		t.Errorf("POSTCONDITION lists: %v %v, want P Q R P", got, err)
	}
}

// TestTLCOnlyKeywords: every keyword of TLC rev cc6b616's cfg grammar
// parses; _RL_REWARD was read as a name of the section before it (an
// INVARIANT _RL_REWARD that "is not defined").
func TestTLCOnlyKeywords(t *testing.T) {
	src := "INIT Init NEXT Next INVARIANT Inv _RL_REWARD R _PERIODIC P POSTCONDITIONS PC CHECK_DEADLOCK FALSE"
	c, err := Parse("m.cfg", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	if len(c.Invariants) != 1 || c.RLReward == nil || c.RLReward.Name != "R" || c.Periodic == nil || c.Periodic.Name != "P" ||
		len(c.Postconditions) != 1 || c.Postconditions[0].Name != "PC" || c.CheckDeadlock {
		t.Errorf("parsed %+v", c)
	}
}
