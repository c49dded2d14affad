package span

import (
	"testing"

	"github.com/wspcycle/wspcycle/tla/ast"
	"github.com/wspcycle/wspcycle/tla/parser"
)

// The end of each definition's body, as TLC's ranges end it: after the
// closing brackets the body opened, a prime, the last selector of M!Op,
// a record field, and the closing quote of a string (counted in the
// source, where the token holds the unescaped value).
func TestExprEnd(t *testing.T) {
	src := "---- MODULE M ----\n" +
		"VARIABLE x\n" +
		"A == (x + 1)\n" +
		"B == [x EXCEPT ![1] = 2]'\n" +
		"C == x.field\n" +
		"D == \"a\\\"b\"\n" +
		"E == /\\ x = 1\n" +
		"     /\\ x' = <<1, {2}>>\n" +
		"====\n"
	files := map[string][]byte{"M.tla": []byte(src)}
	mod, err := parser.ParseFile("M.tla", files["M.tla"])
	if err != nil {
		t.Fatal(err)
	}
	fs := NewFiles(func(name string) ([]byte, error) { return files[name], nil })
	want := map[string]string{
		"A": "line 3, col 6 to line 3, col 12 of module M",
		"B": "line 4, col 6 to line 4, col 25 of module M",
		"C": "line 5, col 6 to line 5, col 12 of module M",
		"D": "line 6, col 6 to line 6, col 11 of module M",
		"E": "line 7, col 6 to line 8, col 23 of module M",
	}
	var first ast.Expr
	for _, u := range mod.Units {
		d, ok := u.(*ast.OpDef)
		if !ok {
			continue
		}
		if first == nil {
			first = d.Body
		}
		end, ok := fs.End(d.Body)
		if !ok {
			t.Errorf("%s: no end found", d.Name.Name)
			continue
		}
		if got := Name(d.Body.Pos(), end, "M"); got != want[d.Name.Name] {
			t.Errorf("%s: %s, want %s", d.Name.Name, got, want[d.Name.Name])
		}
	}
	if _, ok := NewFiles(nil).End(first); ok {
		t.Errorf("an end found without the file")
	}
}

func TestModule(t *testing.T) {
	for file, want := range map[string]string{
		"M.tla": "M", "dir/sub/M.tla": "M", `C:\specs\M.tla`: "M", "M": "M", "dir.tla/M.tla": "M",
	} {
		if got := Module(file); got != want {
			t.Errorf("Module(%q) = %q, want %q", file, got, want)
		}
	}
}
