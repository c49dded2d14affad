package sema

import (
	"errors"
	"strings"
	"testing"

	"github.com/wspcycle/wspcycle/tla/ast"
	"github.com/wspcycle/wspcycle/tla/parser"
	"github.com/wspcycle/wspcycle/tla/token"
)

// program parses files (name -> source, the root first in order) into
// modules by name, as package module would load them, with the root.
func program(t *testing.T, root string, files map[string]string) (*ast.Module, map[string]*ast.Module) {
	t.Helper()
	mods := map[string]*ast.Module{}
	for name, src := range files {
		ms, err := parser.ParseModules(name+".tla", []byte(src))
		if err != nil {
			t.Fatalf("parse %s: %v", name, err)
		}
		for _, m := range ms {
			mods[m.Name.Name] = m
			for _, u := range m.Units {
				if in, ok := u.(*ast.InnerModule); ok {
					mods[in.Module.Name.Name] = in.Module
				}
			}
		}
	}
	return mods[root], mods
}

// programTests: CheckProgram reports SANY's errors in every module the
// root uses, and only there; want lists the errors (file:line:col: msg),
// none for a program SANY accepts. TLC's verdicts: tla/eval's
// TestUnusedDefinitionErrors and TestUnusedDefinitionsAccepted.
var programTests = []struct {
	name  string
	files map[string]string
	want  []string
}{
	{"unused definition of an extended module", map[string]string{
		"R": "---- MODULE R ----\nEXTENDS L\nA == Good\n====",
		"L": "---- MODULE L ----\nGood == 1\nBad == Undef\n====",
	}, []string{"L.tla:3:8: undefined name Undef"}},
	{"through EXTENDS of an extended module", map[string]string{
		"R":  "---- MODULE R ----\nEXTENDS L\n====",
		"L":  "---- MODULE L ----\nEXTENDS L2\n====",
		"L2": "---- MODULE L2 ----\nBad(a) == a \\prec a\n====",
	}, []string{`L2.tla:2:13: undefined operator \prec`}},
	{"instantiated twice, reported once", map[string]string{
		"R": "---- MODULE R ----\nVARIABLE x\nI == INSTANCE L WITH y <- x\nJ == INSTANCE L WITH y <- x\n====",
		"L": "---- MODULE L ----\nVARIABLE y\nBad == y' = Missing\n====",
	}, []string{"L.tla:3:13: undefined name Missing"}},
	{"an INSTANCE in a LET", map[string]string{
		"R": "---- MODULE R ----\nA == LET I == INSTANCE L IN I!Good\n====",
		"L": "---- MODULE L ----\nGood == 1\nBad == Len(1)\n====",
	}, []string{"L.tla:3:8: undefined name Len (it is defined in the standard module Sequences: add EXTENDS Sequences)"}},
	{"a module after the root's ==== that nothing uses is not checked", map[string]string{
		"R": "---- MODULE R ----\nA == 1\n====\n---- MODULE T ----\nBad == Undef\n====",
	}, nil},
	{"nested module: the enclosing definitions before it only", map[string]string{
		"R": "---- MODULE R ----\nEXTENDS Naturals\nBefore == 1\n---- MODULE N ----\nOk == Before + 1\nBad == After\n====\nAfter == 2\n====",
	}, []string{"R.tla:6:8: undefined name After"}},
	{"nested module of an extended module", map[string]string{
		"R": "---- MODULE R ----\nEXTENDS L\n====",
		"L": "---- MODULE L ----\n---- MODULE N ----\nBad == Nowhere\n====\n====",
	}, []string{"L.tla:3:8: undefined name Nowhere"}},
	{"unsupported constructs of other modules are SANY's business only", map[string]string{
		"R": "---- MODULE R ----\nEXTENDS L\n====",
		"L": "---- MODULE L ----\nEXTENDS Reals\nHalf(a) == a / 2\nAll(P(_)) == \\AA v : P(v)\n====",
	}, nil},
	{"but \\subset is defined by no standard module", map[string]string{
		"R": "---- MODULE R ----\nEXTENDS L\n====",
		"L": "---- MODULE L ----\nEXTENDS Naturals\nProper(S, T) == S \\subset T\n====",
	}, []string{`L.tla:3:19: undefined operator \subset`}},
	{"and / needs Reals", map[string]string{
		"R": "---- MODULE R ----\nEXTENDS L\n====",
		"L": "---- MODULE L ----\nEXTENDS Integers\nHalf(a) == a / 2\n====",
	}, []string{`L.tla:3:14: undefined operator / (it is defined in the standard module Reals: add EXTENDS Reals)`}},
	{"Bags: BagOfAll and the infix operators", map[string]string{
		"R": "---- MODULE R ----\nEXTENDS Bags\nF(e) == e\nA == BagOfAll(F, EmptyBag)\nB == (EmptyBag (+) EmptyBag) (-) EmptyBag\nC == EmptyBag \\sqsubseteq EmptyBag\n====",
	}, nil},
	{"(+) without Bags", map[string]string{
		"R": "---- MODULE R ----\nA(b) == b (+) b\n====",
	}, []string{`R.tla:2:11: undefined operator \oplus`}},
	{"(+) defined by the spec, without Bags", map[string]string{
		"R": "---- MODULE R ----\nA (+) B == A \\cup B\nC == {1} (+) {2}\n====",
	}, nil},
	{"an operator parameter _+_ needs no Naturals", map[string]string{
		"R": "---- MODULE R ----\nIsGroup(G, _+_) == \\A a, b \\in G : a + b \\in G\nS(_*_) == LET F(a) == a * a IN F(2)\n====",
	}, nil},
	{"a variable or constant declared twice is SANY's warning only", map[string]string{
		"R": "---- MODULE R ----\nEXTENDS L\nCONSTANT N, N, C\nVARIABLE x, x\nVARIABLE x\n====",
		"L": "---- MODULE L ----\nCONSTANT C\n====",
	}, nil},
	{"a constant and a variable of one name clash", map[string]string{
		"R": "---- MODULE R ----\nCONSTANT N\nVARIABLE N\n====",
	}, []string{"R.tla:3:10: multiply-defined symbol N: it is already the constant declared at R.tla:2:10"}},
}

func TestCheckProgramEveryModule(t *testing.T) {
	for _, tt := range programTests {
		t.Run(tt.name, func(t *testing.T) {
			root, mods := program(t, "R", tt.files)
			err := CheckProgram(root, mods, nil)
			var got []string
			var list token.ErrorList
			if errors.As(err, &list) {
				for _, e := range list {
					got = append(got, e.Error())
				}
			} else if err != nil {
				t.Fatalf("got %v, not an ErrorList", err)
			}
			if strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
				t.Errorf("got\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(tt.want, "\n"))
			}
		})
	}
}

// A module that uses a standard module shadowed by a file on the search
// path is not checked against the built-in names (SANY reads the file);
// the root still is.
func TestCheckProgramShadowed(t *testing.T) {
	root, mods := program(t, "R", map[string]string{
		"R": "---- MODULE R ----\nEXTENDS L\n====",
		"L": "---- MODULE L ----\nEXTENDS Bags\nCopiesIn(e, B) == 0\nX == Extra\n====",
	})
	if err := CheckProgramShadowed(root, mods, nil, map[string]bool{"Bags": true}); err != nil {
		t.Errorf("Bags shadowed: got %v, want no error", err)
	}
	if err := CheckProgramShadowed(root, mods, nil, nil); err == nil || !strings.Contains(err.Error(), "L.tla:3:1: multiply-defined symbol CopiesIn") {
		t.Errorf("Bags built in: got %v, want CopiesIn's clash with Bags", err)
	}
	root, mods = program(t, "R", map[string]string{"R": "---- MODULE R ----\nEXTENDS Bags\nX == Extra\n===="})
	if err := CheckProgramShadowed(root, mods, nil, map[string]bool{"Bags": true}); err == nil {
		t.Error("the root is checked even with Bags shadowed: want Extra undefined")
	}
}

// A constant declared twice is one constant: a .cfg without its value is
// one error, at the first declaration.
func TestRedeclaredConstantNeedsOneValue(t *testing.T) {
	m := parseMod(t, "", "CONSTANT N, N")
	err := Check(m, parseCfg(t, "INIT Init\n"))
	var list token.ErrorList
	if !errors.As(err, &list) {
		t.Fatalf("got %v, want an error", err)
	}
	n := 0
	for _, e := range list {
		if strings.Contains(e.Msg, "constant N has no value") {
			n++
			if e.Pos.Col != 10 {
				t.Errorf("at %s, want the first declaration (M.tla:3:10)", e.Pos)
			}
		}
	}
	if n != 1 {
		t.Errorf("got %v, want one error for N", err)
	}
}
