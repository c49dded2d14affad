package parser

import (
	"strings"
	"testing"

	"github.com/wspcycle/wspcycle/tla/ast"
)

const moduleSrc = `Text before the header is ignored: "unbalanced ( [ quotes.
------------------------------ MODULE Units ------------------------------
EXTENDS Naturals, Sequences, TLC
\* @fsm state=phase
CONSTANTS N, Vals
CONSTANT Max
VARIABLE x
VARIABLES y, z
(* a block comment (* with a nested one *) *)
ASSUME N > 0
ASSUME Pos == Max >= 1
----
LOCAL Helper(a) == a + 1
fact[n \in 0..N] == IF n = 0 THEN 1 ELSE n * fact[n - 1]
LOCAL sq[n \in Nat] == n * n
Init == x = 0 /\ y = 0 /\ z = <<>>
=============================================================================
Text after the footer is ignored too: (* unterminated
`

func TestModuleUnits(t *testing.T) {
	m, err := ParseFile("Units.tla", []byte(moduleSrc))
	if err != nil {
		t.Fatal(err)
	}
	want := `(module Units (constants N Vals) (constants Max) (variables x) (variables y z) (assume (> N 0)) (assume Pos (>= Max 1)) ` +
		`(def local Helper(a) (+ a 1)) (fdef fact [(n \in (.. 0 N))] (if (= n 0) 1 (* n (app fact (- n 1))))) ` +
		`(fdef local sq [(n \in Nat)] (* n n)) (def Init (/\ (/\ (= x 0) (= y 0)) (= z (tuple)))))`
	if got := ast.Sprint(m); got != want {
		t.Errorf("got  %s\nwant %s", got, want)
	}
	var ext []string
	for _, e := range m.Extends {
		ext = append(ext, e.Name)
	}
	if strings.Join(ext, ",") != "Naturals,Sequences,TLC" {
		t.Errorf("extends %v", ext)
	}
	if m.Start.Line != 2 || m.Start.Col != 1 || m.End.Line != 17 || m.Name.NamePos.Col != 39 {
		t.Errorf("module at %v..%v, name at %v", m.Start, m.End, m.Name.NamePos)
	}
	if len(m.Comments) != 2 {
		t.Fatalf("comments %d, want 2", len(m.Comments))
	}
	if c := m.Comments[0]; c.Text != `\* @fsm state=phase` || c.Start.Line != 4 || c.Start.Col != 1 {
		t.Errorf("first comment %q at %v", c.Text, c.Start)
	}
	if c := m.Comments[1]; c.Text != "(* a block comment (* with a nested one *) *)" || c.Start.Line != 9 {
		t.Errorf("second comment %q at %v", c.Text, c.Start)
	}
	for _, u := range m.Units {
		if !u.Pos().IsValid() || u.Pos().Filename != "Units.tla" {
			t.Errorf("unit %s at %v", ast.Sprint(u), u.Pos())
		}
	}
	if d := m.Units[len(m.Units)-1].(*ast.OpDef); d.Start.Line != 16 || len(d.Params) != 0 {
		t.Errorf("Init at %v with %d params", d.Start, len(d.Params))
	}
}

// TestUnitBoundaries checks that a definition's body ends where the next
// definition begins, even without a blank line, including after a
// junction list and inside LET.
func TestUnitBoundaries(t *testing.T) {
	src := mod("A == /\\ x\n     /\\ y\nB(p) == p\nC == LET u == 1\n         v == 2\n     IN u + v\nD == B(1)")
	m, err := ParseFile("M.tla", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	want := `(module M (def A (/\* x y)) (def B(p) p) (def C (let [(def u 1) (def v 2)] (+ u v))) (def D (call B 1)))`
	if got := ast.Sprint(m); got != want {
		t.Errorf("got  %s\nwant %s", got, want)
	}
}

func TestInspectVisitsEverything(t *testing.T) {
	x, err := ParseExpr("t", []byte(`[f EXCEPT ![a].b = {y \in S : \E z \in T : CASE p -> q [] OTHER -> r}]`))
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	ast.Inspect(x, func(n ast.Node) bool {
		if id, ok := n.(*ast.Ident); ok {
			names = append(names, id.Name)
		}
		return true
	})
	if got := strings.Join(names, " "); got != "f a y S z T p q r" {
		t.Errorf("visited %q", got)
	}
}

// TestModuleNameMatchesFile: SANY requires Foo.tla to hold MODULE Foo; the
// error points at the module's name.
func TestModuleNameMatchesFile(t *testing.T) {
	src := []byte("---- MODULE Bar ----\nA == 1\n====")
	_, err := ParseFile("specs/Foo.tla", src)
	if err == nil || !strings.HasPrefix(err.Error(), "specs/Foo.tla:1:13: file name Foo.tla does not match the name Bar") {
		t.Errorf("got %v, want the mismatch at 1:13", err)
	}
	for _, name := range []string{"specs/Bar.tla", `C:\specs\Bar.tla`, "<stdin>", "Bar"} {
		if _, err := ParseFile(name, src); err != nil {
			t.Errorf("%s: %v", name, err)
		}
	}
}
