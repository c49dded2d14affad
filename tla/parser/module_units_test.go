package parser

import (
	"strings"
	"testing"

	"github.com/wspcycle/wspcycle/tla/ast"
)

// TestModuleComposition parses the units of module composition: EXTENDS of
// any module, INSTANCE (plain, LOCAL, named, parameterised, with WITH
// substitutions), M!Op references, nested modules and operator constants.
func TestModuleComposition(t *testing.T) {
	src := `---- MODULE Outer ----
EXTENDS Naturals, Foo
CONSTANT F(_, _), N
VARIABLE x
---- MODULE Inner ----
CONSTANT K
Op(a) == a + K
====
INSTANCE Inner WITH K <- 1
LOCAL INSTANCE Bar
I == INSTANCE Inner WITH K <- N
P(k) == INSTANCE Inner WITH K <- k
Use == I!Op(2) + P(3)!Op(4) + I!J!Deep
====
`
	m, err := ParseFile("Outer.tla", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	if len(m.Extends) != 2 || m.Extends[1].Name != "Foo" {
		t.Errorf("extends %v", m.Extends)
	}
	var got []string
	for _, u := range m.Units {
		switch u := u.(type) {
		case *ast.Constants:
			for _, d := range u.Names {
				got = append(got, "const "+d.Name.Name+"/"+string(rune('0'+d.Arity)))
			}
		case *ast.InnerModule:
			got = append(got, "module "+u.Module.Name.Name+" units "+string(rune('0'+len(u.Module.Units))))
		case *ast.Instance:
			s := "instance " + u.Module.Name
			if u.Local {
				s = "local " + s
			}
			for _, w := range u.With {
				s += " " + w.Name.Name + "<-" + ast.Sprint(w.Value)
			}
			got = append(got, s)
		case *ast.InstanceDef:
			got = append(got, "def "+u.Name.Name+"/"+string(rune('0'+len(u.Params)))+" = "+u.Inst.Module.Name)
		case *ast.OpDef:
			got = append(got, u.Name.Name+" == "+ast.Sprint(u.Body))
		}
	}
	want := []string{
		"const F/2", "const N/0",
		"module Inner units 2",
		"instance Inner K<-1",
		"local instance Bar",
		"def I/0 = Inner",
		"def P/1 = Inner",
		"Use == (+ (+ (call I!Op 2) (call P!Op 3 4)) (call I!J!Deep))",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("got\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// TestModuleCompositionErrors: malformed composition is a positioned error.
func TestModuleCompositionErrors(t *testing.T) {
	for _, tc := range []struct{ src, want string }{
		{"---- MODULE M ----\nINSTANCE Foo WITH a = 1\n====", "M.tla:2:21: expected '<-'"},
		{"---- MODULE M ----\nX == M!\n====", "M.tla:3:1: expected the name of a definition"},
		{"---- MODULE M ----\n---- MODULE I ----\n", "M.tla:2:1: missing ==== at the end of module I"},
		{"---- MODULE M ----\nCONSTANT F(x)\n====", "M.tla:2:12: expected '_'"},
	} {
		_, err := ParseFile("M.tla", []byte(tc.src))
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%q: got %v, want %s", tc.src, err, tc.want)
		}
	}
}

// TestSelectors parses the subexpression selectors SANY reads after a
// definition's name: Op!2, Op(1)!1, IInv!(q)' (bound names instantiated),
// Thm!:, Op!<<, Op!>>, Op!@, and M!Op!1.
func TestSelectors(t *testing.T) {
	for src, want := range map[string]string{
		`Inv!2`:            "(call Inv!2)",
		`Bump(1)!1`:        "(call Bump!1 1)",
		`IInv!(q)'`:        "(' (call IInv!( q))",
		`QuorumNonEmpty!:`: "(call QuorumNonEmpty!:)",
		`Op!<<!>>!@`:       "(call Op!<<!>>!@)",
		`M!Op!1`:           "(call M!Op!1)",
	} {
		x, err := ParseExpr("x.tla", []byte(src))
		if err != nil {
			t.Errorf("%s: %v", src, err)
			continue
		}
		if got := ast.Sprint(x); got != want {
			t.Errorf("%s: got %s, want %s", src, got, want)
		}
	}
	if _, err := ParseExpr("x.tla", []byte(`Op!1!Name`)); err == nil || !strings.Contains(err.Error(), "x.tla:1:6: unsupported: a name after a subexpression selector") {
		t.Errorf("Op!1!Name: %v", err)
	}
}
