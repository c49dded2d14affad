package sema

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/wspcycle/wspcycle/tla/ast"
	"github.com/wspcycle/wspcycle/tla/cfg"
	"github.com/wspcycle/wspcycle/tla/parser"
	"github.com/wspcycle/wspcycle/tla/token"
)

func parseMod(t *testing.T, ext, units string) *ast.Module {
	t.Helper()
	src := "---- MODULE M ----\n"
	if ext != "" {
		src += "EXTENDS " + ext + "\n"
	} else {
		src += "\n"
	}
	src += units + "\n===="
	m, err := parser.ParseFile("M.tla", []byte(src))
	if err != nil {
		t.Fatalf("parse: %v", err)
	}
	return m
}

func parseCfg(t *testing.T, src string) *cfg.Config {
	t.Helper()
	c, err := cfg.Parse("M.cfg", []byte(src))
	if err != nil {
		t.Fatalf("cfg: %v", err)
	}
	return c
}

// The reference specs (copied by the parser and cfg packages) pass.
func TestReferenceSpecs(t *testing.T) {
	cfgs, _ := filepath.Glob("../cfg/testdata/*.cfg")
	if len(cfgs) == 0 {
		t.Fatal("no reference configs in ../cfg/testdata")
	}
	specFor := map[string]string{"LiveStrong": "LiveFail", "PoolBig": "Pool"}
	for _, f := range cfgs {
		base := strings.TrimSuffix(filepath.Base(f), ".cfg")
		spec := base
		if s, ok := specFor[base]; ok {
			spec = s
		}
		csrc, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		tsrc, err := os.ReadFile(filepath.Join("../parser/testdata", spec+".tla"))
		if err != nil {
			t.Fatal(err)
		}
		m, err := parser.ParseFile(spec+".tla", tsrc)
		if err != nil {
			t.Fatal(err)
		}
		c, err := cfg.Parse(base+".cfg", csrc)
		if err != nil {
			t.Fatal(err)
		}
		if err := Check(m, c); err != nil {
			t.Errorf("%s with %s: %v", spec, base, err)
		}
	}
}

// validModules must pass Check: scoping that is legal TLA+.
var validModules = []struct{ ext, units string }{
	// [] and <> of actions of the right form, and of state predicates
	// (SANY accepts them; TLC rev cc6b616).
	{"", "VARIABLE x\nA == [][x' = 1]_x /\\ <><<x' = 1>>_x /\\ []<>(x = 1) /\\ []([x' = x]_x) /\\ [](ENABLED (x' = 1))"},
	{"", `A == (TRUE /\ FALSE) \/ ~TRUE`},
	{"", `S == {"a"}
A == \E x \in S : \A y \in S : x = y
B == \E x \in S : x = "a"`}, // x reused in a separate scope
	{"", `F(a, b) == a = b
G == F("x", "y")`},
	{"Naturals", `f[n \in Nat] == IF n = 0 THEN 1 ELSE n * f[n - 1]
A == f[3]`},
	{"Naturals", `A == LET g[n \in Nat] == IF n = 0 THEN 0 ELSE g[n - 1] IN g[2]`},
	{"Naturals", `A == LET a == 1
          b == a + 1
      IN a + b`},
	{"Integers", `A == -1 + 2 - 3 * 4`},
	{"Integers, FiniteSets", `A == -1 + Cardinality({})`},
	{"Sequences", `A == Len(<<1>>) = 1 /\ Append(<<>>, 1) = <<1>> /\ <<1>> \o <<2>> = <<1, 2>> /\ Seq({1}) = {}`},
	{"TLC", `A == Print(1, TRUE) /\ Assert(TRUE, "m") /\ (1 :> 2 @@ 3 :> 4) = (1 :> 2)`},
	{"", `VARIABLES x, y
vars == <<x, y>>
inner == <<x>>
Next == UNCHANGED vars /\ UNCHANGED <<x, y>> /\ UNCHANGED x /\ UNCHANGED <<inner, y>>
Spec == [][Next]_vars /\ WF_vars(Next) /\ SF_<<x, y>>(Next)`},
	{"", `A == {x \in {1} : x = 1} = {x : x \in {1}} /\ [x \in {1} |-> x] = [y \in {1} |-> y]`},
	{"", `A == {<<x, y>> : <<x, y>> \in {<<1, 2>>}} /\ \E <<a, b>> \in {<<1, 2>>} : a = b`},
	{"", `VARIABLE x
F(Step) == Step' = 1
Step == x' = 1`}, // a parameter named like a later action is not that action
	{"", `f == [x \in {1} |-> x]
A == [f EXCEPT ![1] = @ /\ TRUE]`},
	// SANY refuses [] or <> of an action only when it is an operator
	// application: a LET or a label is not (TLC rev cc6b616 checks each of
	// these, no error).
	{"", `VARIABLE x
S1 == [](LET A == x' = 1 IN A)
S2 == [](LET y == 1 IN x' = y)
S3 == <>(LET A == x' = 1 IN A)
S4 == [](lab:: x' = 1)`},
}

func TestValid(t *testing.T) {
	for _, tt := range validModules {
		m := parseMod(t, tt.ext, tt.units)
		if err := Check(m, nil); err != nil {
			t.Errorf("%s\n%s\n-> %v", tt.ext, tt.units, err)
		}
	}
}

// errorTests: each module (with optional cfg) must fail with an error at
// pos whose message contains msg.
var errorTests = []struct {
	name, ext, units, cfg, pos, msg string
}{
	{"undefined", "", "A == y", "", "M.tla:3:6", "undefined name y"},
	{"Len needs Sequences", "Naturals", "A == Len(<<>>)", "", "M.tla:3:6", "undefined name Len (it is defined in the standard module Sequences"},
	{"Cardinality needs FiniteSets", "", "A == Cardinality({})", "", "M.tla:3:6", "standard module FiniteSets"},
	{"Int needs Integers", "Naturals", "A == 1 \\in Int", "", "M.tla:3:12", "standard module Integers"},
	{"Nat needs Naturals", "", "A == {} \\subseteq Nat", "", "M.tla:3:19", "standard module Naturals"},
	{"Print needs TLC", "", `A == Print(1, 2)`, "", "M.tla:3:6", "standard module TLC"},
	{"plus needs Naturals", "", "A == 1 + 2", "", "M.tla:3:8", "undefined operator + (it is defined in the standard module Naturals (or Integers)"},
	{"unary minus needs Integers", "Naturals", "A == -1", "", "M.tla:3:6", "undefined operator unary -"},
	{"concat needs Sequences", "", `A == <<>> \o <<>>`, "", "M.tla:3:11", "Sequences"},
	{"colongt needs TLC", "", "A == 1 :> 2", "", "M.tla:3:8", "TLC"},
	{"atat needs TLC", "", "A == {} @@ {}", "", "M.tla:3:9", "TLC"},
	{"Sequences does not export Nat", "Sequences", "A == 1 + Len(<<>>)", "", "M.tla:3:8", "undefined operator +"},
	{"defined later", "", "A == B\nB == TRUE", "", "M.tla:3:6", "defined later, at 4:1"},
	{"no recursion without RECURSIVE", "Naturals", "F(n) == F(n - 1)", "", "M.tla:3:9", "undefined name F"},
	{"LET scope", "", "A == LET a == 1 IN a\nB == a", "", "M.tla:4:6", "undefined name a"},
	{"bound scope", "", "A == \\E x \\in {1} : x\nB == x", "", "M.tla:4:6", "undefined name x"},
	{"filter scope", "", "A == {x \\in {1} : TRUE} = x", "", "M.tla:3:27", "undefined name x"},
	{"map scope", "", "A == {x : x \\in {1}} = x", "", "M.tla:3:24", "undefined name x"},
	{"function scope", "", "A == [x \\in {1} |-> x][x]", "", "M.tla:3:24", "undefined name x"},
	{"bound set outside scope", "", "A == \\E x \\in {1}, y \\in x : TRUE", "", "M.tla:3:26", "undefined name x"},
	{"choose scope", "", "A == (CHOOSE x \\in {1} : TRUE) = x", "", "M.tla:3:34", "undefined name x"},
	{"param scope", "", "F(p) == p\nA == p", "", "M.tla:4:6", "undefined name p"},

	{"too many args", "", "F(a) == a\nA == F(1, 2)", "", "M.tla:4:6", "F takes 1 argument, found 2"},
	{"missing args", "", "F(a, b) == a\nA == F", "", "M.tla:4:6", "F takes 2 arguments: write F(...)"},
	{"builtin arity", "Sequences", "A == Append(<<>>)", "", "M.tla:3:6", "Append takes 2 arguments, found 1"},
	{"builtin without args", "Sequences", "A == Len", "", "M.tla:3:6", "Len takes 1 argument"},
	{"variable applied", "", "VARIABLE x\nA == x(1)", "", "M.tla:4:6", "x is a variable, not an operator"},
	{"function applied like operator", "Naturals", "f[n \\in Nat] == n\nA == f(1)", "", "M.tla:4:6", "f is a function definition, not an operator"},

	{"duplicate definition", "", "A == 1\nA == 2", "", "M.tla:4:1", "multiply-defined symbol A: it is already the definition declared at M.tla:3:1"},
	{"definition clashes with variable", "", "VARIABLE x\nx == 1", "", "M.tla:4:1", "multiply-defined symbol x: it is already the variable"},
	{"variable clashes with constant", "", "CONSTANT N\nVARIABLE N", "", "M.tla:4:10", "already the constant"},
	{"redefine builtin", "Sequences", "Len(s) == 0", "", "M.tla:3:1", "multiply-defined symbol Len: it is already defined by the standard module Sequences"},
	{"redefine Reals slash", "Integers, Reals", `a / b == a \div b`, "", "M.tla:3:3", "multiply-defined symbol /: it is already defined by the standard module Reals"},
	{"parameter named by a standard symbol", "Naturals", "P(_ + _, a, b) == a + b", "", "M.tla:3:5", "multiply-defined symbol +: the parameter is already an operator of the standard module Naturals"},
	{"bound shadows variable", "", "VARIABLE x\nA == \\E x \\in {1} : TRUE", "", "M.tla:4:9", "multiply-defined symbol x"},
	{"param shadows variable", "", "VARIABLE x\nF(x) == x", "", "M.tla:4:3", "multiply-defined symbol x"},
	// SANY reads x' == e as a definition of the postfix operator ', which
	// it refuses (TLC rev cc6b616: "Symbol ' is a built-in operator, and
	// cannot be redefined."), the parameter's clash first.
	{"prime definition", "", "VARIABLE y\nx' == 1", "", "M.tla:4:1", "multiply-defined symbol ': it is built into TLA+"},
	{"prime definition of a variable", "", "VARIABLE x\nx' == 1", "", "M.tla:4:1", "multiply-defined symbol x: it is already the variable"},
	// SANY refuses [] and <> of an action not of the form [A]_v, <<A>>_v
	// (TLC rev cc6b616: "[] followed by action not of form [A]_v.").
	{"box of an action", "", "VARIABLE x\nA == [](x' = 1)", "", "M.tla:4:6", "level error: [] followed by action not of form [A]_v"},
	{"diamond of an action", "", "VARIABLE x\nA == []<>(x' = 1)", "", "M.tla:4:8", "level error: <> followed by action not of form <<A>>_v"},
	{"box of an angle action", "", "VARIABLE x\nA == [](<<x' = 1>>_x)", "", "M.tla:4:6", "level error: [] followed by action"},
	{"box of a defined action", "", "VARIABLE x\nB == x' = 1\nA == [](B)", "", "M.tla:5:6", "level error: [] followed by action"},
	{"prime definition in LET", "", "A == LET y' == 1 IN 2", "", "M.tla:3:10", "multiply-defined symbol '"},
	{"nested bound shadows", "", "A == \\E y \\in {1} : \\A y \\in {2} : TRUE", "", "M.tla:3:24", "multiply-defined symbol y"},
	{"bound twice", "", "A == \\E y, y \\in {1} : TRUE", "", "M.tla:3:12", "multiply-defined symbol y: it is already the bound variable declared at M.tla:3:9"},
	{"param twice", "", "F(a, a) == a", "", "M.tla:3:6", "multiply-defined symbol a: it is already the parameter declared at M.tla:3:3"},
	{"at outside except", "", "A == @", "", "M.tla:3:6", "@ used where its meaning is not defined."},
	{"lambda arity", "", "F(G(_)) == G(1)\nA == F(LAMBDA a, b : a)", "", "M.tla:4:6", "Lambda expression with arity 2 used as argument 1 of operator `F'"},
	{"expression for an operator", "", "F(G(_)) == G(1)\nA == F(1)", "", "M.tla:4:8", "An expression appears as argument number 1"},
	{"operator of another arity", "", "F(G(_)) == G(1)\nH(a, b) == a\nA == F(H)", "", "M.tla:5:8", "Expected arity 1 but found operator of arity 2."},
	{"recursive function clashes once", "", "f == 1\nf[n \\in {1}] == f[n]", "", "M.tla:4:1", "multiply-defined symbol f"},
	{"LET def shadows", "", "A == 1\nB == LET A == 2 IN A", "", "M.tla:4:10", "multiply-defined symbol A"},

	{"UNCHANGED primed", "", "VARIABLE x\nA == UNCHANGED <<x, (x + 1)'>>", "", "M.tla:4:16", "UNCHANGED needs an expression without primes"},

	{"double prime", "", "VARIABLE x\nA == x'' = x", "", "M.tla:4:8", "level error: prime applied to an expression that already contains a primed expression"},
	{"prime of action definition", "", "VARIABLE x\nStep == x' = 1\nA == Step'", "", "M.tla:5:10", "level error"},

	// Configuration against module.
	{"INIT undefined", "", "VARIABLE x\nI == x = 1\nN == x' = x", "INIT Init\nNEXT N", "M.cfg:1:6", "INIT Init: the module defines no operator Init"},
	{"INVARIANT undefined", "", "VARIABLE x\nI == x = 1\nN == x' = x", "INIT I\nNEXT N\nINVARIANT Inv", "M.cfg:3:11", "INVARIANT Inv: the module defines no operator Inv"},
	{"INVARIANT with params", "", "VARIABLE x\nI == x = 1\nN == x' = x\nP(a) == a", "INIT I\nNEXT N\nINVARIANT P", "M.cfg:3:11", "P takes 1 argument"},
	{"primed INVARIANT", "", "VARIABLE x\nI == x = 1\nN == x' = x\nInv == x' = x", "INIT I\nNEXT N\nINVARIANT Inv", "M.cfg:3:11", "INVARIANT Inv must be a state predicate, but it contains a primed expression at 6:9"},
	// A prime in an INIT, CONSTRAINT or VIEW, [] or <> in them or in a
	// NEXT, is TLC's run-time error (tla/eval/primerun.go); in an
	// INVARIANT it is refused (TLC's 2146).
	{"temporal INVARIANT through call", "", "VARIABLE x\nStep == [](x = 1)\nI == x = 1\nN == x' = x\nInv == Step", "INIT I\nNEXT N\nINVARIANT Inv", "M.cfg:3:11", "INVARIANT Inv must be a state predicate, but it contains a temporal operator ([]) at 4:9"},
	{"constant without value", "", "CONSTANT K, L\nVARIABLE x\nI == x = K\nN == x' = x", "INIT I\nNEXT N\nCONSTANT K = 1", "M.tla:3:13", "constant L has no value in the .cfg"},
	{"substitution undefined", "", "CONSTANT K\nVARIABLE x\nI == x = K\nN == x' = x", "INIT I\nNEXT N\nCONSTANT K <- Nope", "M.cfg:3:15", "the module defines no operator Nope"},
	{"substitution arity", "", "CONSTANT K\nVARIABLE x\nI == x = K\nN == x' = x\nD(a) == a", "INIT I\nNEXT N\nCONSTANT K <- D", "M.cfg:3:15", "D takes 1 argument but K takes 0"},
	{"spec and init", "", "VARIABLE x\nI == x = 1\nS == I", "SPECIFICATION S\nINIT I", "M.cfg:1:15", "both SPECIFICATION and INIT/NEXT"},
	// INIT K with a CONSTANT K is TLC's "cannot be a constant", from
	// package eval (constcfg.go); SPECIFICATION K stays refused here.
	{"SPECIFICATION names a constant", "", "CONSTANT K\nVARIABLE x\nN == x' = x", "SPECIFICATION K\nCONSTANT K = 1", "M.cfg:1:15", "SPECIFICATION K names a constant"},
}

func TestErrors(t *testing.T) {
	for _, tt := range errorTests {
		t.Run(tt.name, func(t *testing.T) {
			m := parseMod(t, tt.ext, tt.units)
			var conf *cfg.Config
			if tt.cfg != "" {
				conf = parseCfg(t, tt.cfg)
			}
			err := Check(m, conf)
			var list token.ErrorList
			if !errors.As(err, &list) || len(list) == 0 {
				t.Fatalf("got %v, want an error", err)
			}
			var found bool
			for _, e := range list {
				pos := fmt.Sprintf("%s:%d:%d", e.Pos.Filename, e.Pos.Line, e.Pos.Col)
				if pos == tt.pos && strings.Contains(e.Msg, tt.msg) {
					found = true
				}
			}
			if !found {
				t.Errorf("got %v\nwant %s: ...%s...", err, tt.pos, tt.msg)
			}
		})
	}
}

func TestBuiltinsTable(t *testing.T) {
	vis := Visible([]string{"Integers"})
	if _, ok := vis["Nat"]; !ok {
		t.Error("Integers must make Nat visible")
	}
	if _, ok := vis["Len"]; ok {
		t.Error("Integers must not make Len visible")
	}
	seen := map[string]bool{}
	for _, b := range Builtins {
		if seen[b.Name] {
			t.Errorf("duplicate builtin %s", b.Name)
		}
		seen[b.Name] = true
		if _, ok := parser.StandardModules[b.Module]; !ok {
			t.Errorf("%s: unknown module %s", b.Name, b.Module)
		}
	}
	if vis := Visible([]string{"Sequences"}); vis["Append"].Arity != 2 || vis["SubSeq"].Arity != 3 {
		t.Error("arities of Append and SubSeq")
	}
}

// TestUnchangedChainIsLinear: definitions that double at each level must
// not make the UNCHANGED check exponential.
func TestUnchangedChainIsLinear(t *testing.T) {
	units := "VARIABLE x\nv0 == <<x, x>>\n"
	for i := 1; i <= 60; i++ {
		units += fmt.Sprintf("v%d == <<v%d, v%d>>\n", i, i-1, i-1)
	}
	units += "A == UNCHANGED v60"
	if err := Check(parseMod(t, "", units), nil); err != nil {
		t.Fatal(err)
	}
}
