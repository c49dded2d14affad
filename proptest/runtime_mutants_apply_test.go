package proptest

import (
	"go/ast"
	"go/parser"
	"go/token"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/wspcycle/wspcycle/proptest/internal/fsmmutant"
)

// TestRuntimeMutantsApply checks, in every build, that every runtime mutant still finds
// its place in fsm's current source (each edit exactly once) and parses, so that a change
// to the runtime cannot silently disarm a mutant; and that fsm's production files carry
// no mutation point of their own (no call of a function named mutant, no build tag for
// one): the mutants are planted only from the outside.
func TestRuntimeMutantsApply(t *testing.T) {
	seen := map[string]bool{}
	for _, m := range fsmmutant.Table {
		if seen[m.Name] || m.Name == "" || m.Breaks == "" || len(m.Edits) == 0 {
			t.Errorf("mutant %q: duplicate, unnamed, undescribed or without edits", m.Name)
		}
		seen[m.Name] = true
		files, err := fsmmutant.Apply(m, func(name string) ([]byte, error) {
			return os.ReadFile(filepath.Join("..", "fsm", name))
		})
		if err != nil {
			t.Error(err)
			continue
		}
		changed := false
		for name, src := range files {
			if name == fsmmutant.HelperFile {
				continue
			}
			orig, _ := os.ReadFile(filepath.Join("..", "fsm", name))
			changed = changed || string(orig) != string(src)
		}
		if !changed {
			t.Errorf("mutant %s changes nothing", m.Name)
		}
	}
	prod, err := filepath.Glob(filepath.Join("..", "fsm", "*.go"))
	if err != nil || len(prod) == 0 {
		t.Fatalf("fsm sources: %v %v", prod, err)
	}
	fset := token.NewFileSet()
	for _, f := range prod {
		if strings.HasSuffix(f, "_test.go") {
			continue
		}
		src, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		if strings.Contains(string(src), "wspcycle_mutants") {
			t.Errorf("%s mentions the wspcycle_mutants tag: fsm must build one way only", f)
		}
		file, err := parser.ParseFile(fset, f, src, parser.SkipObjectResolution)
		if err != nil {
			t.Fatal(err)
		}
		ast.Inspect(file, func(n ast.Node) bool {
			if call, ok := n.(*ast.CallExpr); ok {
				if id, ok := call.Fun.(*ast.Ident); ok && id.Name == "mutant" {
					t.Errorf("%s: a mutation point in fsm's production code", fset.Position(call.Pos()))
				}
			}
			return true
		})
	}
}
