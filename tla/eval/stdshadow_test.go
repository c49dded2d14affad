package eval_test

import (
	"io/fs"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/wspcycle/wspcycle/tla/ast"
	"github.com/wspcycle/wspcycle/tla/eval"
)

// TestShadowedStandardUsedOnly: the standard modules a file on the search
// path stands for (SANY reads that file, whose symbols decide TLC's order
// of variables) are looked for among those the spec names and only there:
// FiniteSets, named by a module the root extends, Bags, named by that
// FiniteSets.tla only, and Json (which the loader never reads, TLC
// replacing all of it) are the files beside the spec; Reals and
// Randomization, named by nobody, are never even read, though files of
// theirs are there too. (model's TestTLCVarOrder checks the order TLC
// prints with such files: testdata/varorder/shadowvia.)
func TestShadowedStandardUsedOnly(t *testing.T) {
	files := map[string]string{
		"Root.tla": "---- MODULE Root ----\nEXTENDS Naturals, Lib, Json\nVARIABLE x\nInit == x = 0\nNext == x' = 1 - x\n====\n",
		"Root.cfg": "INIT Init\nNEXT Next\n",
		"Lib.tla":  "---- MODULE Lib ----\nEXTENDS FiniteSets\nLibDef == 0\n====\n",
		"FiniteSets.tla": "---- MODULE FiniteSets ----\nEXTENDS Bags\n" +
			"IsFiniteSet(S) == TRUE\nCardinality(S) == 0\nFromFile == 0\n====\n",
		"Bags.tla":          "---- MODULE Bags ----\nFromFile == 0\n====\n",
		"Json.tla":          "---- MODULE Json ----\nFromFile == 0\n====\n",
		"Reals.tla":         "---- MODULE Reals ----\nFromFile == 0\n====\n",
		"Randomization.tla": "---- MODULE Randomization ----\nFromFile == 0\n====\n",
	}
	dir := "spec"
	var mu sync.Mutex
	read := map[string]bool{}
	opt := eval.Options{Read: func(name string) ([]byte, error) {
		mu.Lock()
		read[filepath.Base(name)] = true
		mu.Unlock()
		if filepath.Dir(name) == dir {
			if src, ok := files[filepath.Base(name)]; ok {
				return []byte(src), nil
			}
		}
		return nil, fs.ErrNotExist
	}}
	sp, err := eval.LoadFilesWith(opt, filepath.Join(dir, "Root.tla"), filepath.Join(dir, "Root.cfg"))
	if err != nil {
		t.Fatal(err)
	}
	fromFile := func(m *ast.Module) bool {
		for _, u := range m.Units {
			if d, ok := u.(*ast.OpDef); ok && d.Name.Name == "FromFile" {
				return true
			}
		}
		return false
	}
	for _, name := range []string{"FiniteSets", "Bags", "Json"} {
		if m := sp.Modules[name]; m == nil || !fromFile(m) {
			t.Errorf("%s: not the file beside the spec (modules %v)", name, keys(sp.Modules))
		}
	}
	for _, name := range []string{"Reals", "Randomization"} {
		if sp.Modules[name] != nil {
			t.Errorf("%s, named by no module, is among the spec's modules", name)
		}
		if read[name+".tla"] {
			t.Errorf("%s.tla, named by no module, was read", name)
		}
	}
}

func keys(m map[string]*ast.Module) string {
	var out []string
	for k := range m {
		out = append(out, k)
	}
	return strings.Join(out, " ")
}
