package fsm

import (
	"go/ast"
	"go/parser"
	"go/token"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"testing"
)

// TestMutationPoints checks the mutation points against the list of mutants: every mutant
// is planted exactly once in the hand-written runtime, every mutation point names a listed
// mutant, and the generated machine carries none (it must stay what `go generate` makes).
// A mutant without a point would be "killed" by nothing at all; a point without a name
// could never be switched on.
func TestMutationPoints(t *testing.T) {
	files, err := filepath.Glob("*.go")
	if err != nil {
		t.Fatal(err)
	}
	fset := token.NewFileSet()
	points := map[string][]string{} // mutant name -> positions
	for _, f := range files {
		if strings.HasSuffix(f, "_test.go") || strings.HasPrefix(f, "mutation") {
			continue
		}
		file, err := parser.ParseFile(fset, f, nil, parser.SkipObjectResolution)
		if err != nil {
			t.Fatal(err)
		}
		ast.Inspect(file, func(n ast.Node) bool {
			call, ok := n.(*ast.CallExpr)
			if !ok {
				return true
			}
			if id, ok := call.Fun.(*ast.Ident); !ok || id.Name != "mutant" {
				return true
			}
			pos := fset.Position(call.Pos()).String()
			if strings.HasSuffix(f, "_gen.go") {
				t.Errorf("%s: a mutation point in generated code", pos)
			}
			lit, ok := call.Args[0].(*ast.BasicLit)
			if len(call.Args) != 1 || !ok || lit.Kind != token.STRING {
				t.Errorf("%s: a mutation point must name its mutant with a string literal", pos)
				return true
			}
			name, _ := strconv.Unquote(lit.Value)
			points[name] = append(points[name], pos)
			return true
		})
	}
	known := map[string]bool{}
	for _, name := range mutantNames {
		if known[name] {
			t.Errorf("mutant %s is listed twice", name)
		}
		known[name] = true
		if n := len(points[name]); n != 1 {
			t.Errorf("mutant %s has %d mutation points %v, want 1", name, n, points[name])
		}
	}
	var names []string
	for name := range points {
		names = append(names, name)
	}
	sort.Strings(names)
	for _, name := range names {
		if !known[name] {
			t.Errorf("mutation point %v names %q, which is not in mutantNames", points[name], name)
		}
	}
	if len(points) < 10 {
		t.Errorf("only %d mutation points found", len(points))
	}
}
