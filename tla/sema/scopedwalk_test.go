package sema

import (
	"fmt"
	"strings"
	"testing"

	"github.com/wspcycle/wspcycle/tla/ast"
	"github.com/wspcycle/wspcycle/tla/parser"
)

// TestScopedWalk: each read of i in a definition's body is bound or free
// as its binders' scopes say: a set a name ranges over is outside its
// scope, and a binder's names end with its body.
func TestScopedWalk(t *testing.T) {
	for _, tc := range []struct{ body, want string }{
		{`(\E i \in {i} : i > 0) /\ i = 1`, "free bound free"},
		{`(LET i == 1 IN i) + i`, "bound free"},
		{`LET F(i) == i IN F(i)`, "bound free"},
		{`{i : i \in i} \cup {j \in i : i}`, "free bound free free"}, // the set first
		{`[i \in {i} |-> i][i]`, "free bound free"},
		{`LET G(H(_)) == H(1) IN G(LAMBDA i : i)`, "bound"},
		{`LET f[i \in {i}] == f[i] IN f[i]`, "free bound free"},
		{`(CHOOSE i \in {i} : i) + (\A i : i)`, "free bound bound"},
	} {
		src := fmt.Sprintf("---- MODULE M ----\nD == %s\n====\n", tc.body)
		mods, err := parser.ParseModules("M.tla", []byte(src))
		if err != nil {
			t.Fatalf("%s: %v", tc.body, err)
		}
		d := mods[0].Units[0].(*ast.OpDef)
		var got []string
		scopedWalk(d.Body, map[string]bool{}, func(n ast.Node, bound map[string]bool) bool {
			if id, ok := n.(*ast.Ident); ok && id.Name == "i" && !declares(d.Body, id) {
				if bound["i"] {
					got = append(got, "bound")
				} else {
					got = append(got, "free")
				}
			}
			return true
		})
		if g := strings.Join(got, " "); g != tc.want {
			t.Errorf("%s: reads of i %q, want %q", tc.body, g, tc.want)
		}
	}
}

// declares reports whether id is a name some binder in x declares (not a
// read).
func declares(x ast.Node, id *ast.Ident) bool {
	found := false
	ast.Inspect(x, func(n ast.Node) bool {
		for _, b := range binders(n) {
			found = found || b == id
		}
		return !found
	})
	return found
}
