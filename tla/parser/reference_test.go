package parser

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/wspcycle/wspcycle/tla/ast"
	"github.com/wspcycle/wspcycle/tla/token"
)

// sharedReference is the TLC reference directory of the project's shared
// material, relative to this package; testdata/ holds copies so that the
// test runs without it.
const sharedReference = "../../../shared/tlc-reference"

func parseSpecs(t *testing.T, dir string) int {
	t.Helper()
	files, err := filepath.Glob(filepath.Join(dir, "*.tla"))
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range files {
		src, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		m, err := ParseFile(filepath.Base(f), src)
		if err != nil {
			t.Errorf("%s: %v", f, err)
			continue
		}
		want := filepath.Base(f)
		want = want[:len(want)-len(".tla")]
		if m.Name.Name != want {
			t.Errorf("%s: module name %q", f, m.Name.Name)
		}
		if len(m.Units) == 0 || !m.End.IsValid() {
			t.Errorf("%s: no units or no end position", f)
		}
		ast.Inspect(m, func(n ast.Node) bool {
			if n != nil && !n.Pos().IsValid() {
				t.Errorf("%s: node %s without a position", f, ast.Sprint(n))
			}
			return true
		})
	}
	return len(files)
}

func TestReferenceSpecsCopies(t *testing.T) {
	if n := parseSpecs(t, "testdata"); n < 13 {
		t.Fatalf("found %d specs in testdata, want the 13 reference specs", n)
	}
}

func TestReferenceSpecsShared(t *testing.T) {
	if _, err := os.Stat(sharedReference); err != nil {
		t.Skipf("shared reference specs not present at %s (the copies in testdata/ are tested instead)", sharedReference)
	}
	if n := parseSpecs(t, sharedReference); n == 0 {
		t.Fatal("no specs found")
	}
}

// findDef returns the body of the top-level definition name.
func findDef(t *testing.T, m *ast.Module, name string) ast.Expr {
	t.Helper()
	for _, u := range m.Units {
		if d, ok := u.(*ast.OpDef); ok && d.Name.Name == name {
			return d.Body
		}
	}
	t.Fatalf("no definition %s", name)
	return nil
}

func parseTestdata(t *testing.T, name string) *ast.Module {
	t.Helper()
	src, err := os.ReadFile(filepath.Join("testdata", name))
	if err != nil {
		t.Fatal(err)
	}
	m, err := ParseFile(name, src)
	if err != nil {
		t.Fatal(err)
	}
	return m
}

// TestFifoSwallow is the layout trap: the second line of Get is not a
// bullet of a junction list (the /\ above it is infix), so the ELSE branch
// swallows it.
func TestFifoSwallow(t *testing.T) {
	m := parseTestdata(t, "FifoSwallow.tla")
	get := findDef(t, m, "Get")
	top, ok := get.(*ast.Binary)
	if !ok || top.Op != token.AND {
		t.Fatalf("Get is %s, want a Binary /\\", ast.Sprint(get))
	}
	eq, ok := top.Y.(*ast.Binary)
	if !ok || eq.Op != token.EQ {
		t.Fatalf("right of /\\ is %s, want out' = IF ...", ast.Sprint(top.Y))
	}
	ifx, ok := eq.Y.(*ast.If)
	if !ok {
		t.Fatalf("right of = is %s, want IF", ast.Sprint(eq.Y))
	}
	els, ok := ifx.Else.(*ast.Binary)
	if !ok || els.Op != token.AND {
		t.Fatalf("ELSE is %s, want a Binary /\\ that swallowed the next line", ast.Sprint(ifx.Else))
	}
	if got, want := ast.Sprint(els.Y), "(= (' q) (call Tail q))"; got != want {
		t.Errorf("ELSE's right conjunct = %s, want %s", got, want)
	}
	if els.OpPos.Line != 9 || els.OpPos.Col != 17 {
		t.Errorf("swallowed /\\ at %v, want line 9 col 17", els.OpPos)
	}

	// In Fifo.tla the same line is a bullet of Get's list.
	m = parseTestdata(t, "Fifo.tla")
	j, ok := findDef(t, m, "Get").(*ast.Junction)
	if !ok || len(j.Items) != 3 || j.Column != 8 {
		t.Fatalf("Fifo Get = %s, want a 3-item junction in column 8", ast.Sprint(findDef(t, m, "Get")))
	}
	if got, want := ast.Sprint(j.Items[2]), "(= (' q) (call Tail q))"; got != want {
		t.Errorf("third conjunct = %s, want %s", got, want)
	}
}
