package gen

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/wspcycle/wspcycle/tla/parser"
)

// FuzzCompile feeds the compiler every module the parser accepts: it must return output
// or errors, never panic or hang (bad input gets a positioned error).
func FuzzCompile(f *testing.F) {
	seeds, _ := filepath.Glob("testdata/*/*.tla")
	seeds = append(seeds, realSpec)
	for _, s := range seeds {
		if src, err := os.ReadFile(s); err == nil {
			f.Add(src)
		}
	}
	f.Fuzz(func(t *testing.T, src []byte) {
		mod, err := parser.ParseFile("fuzz", src) // not a .tla name: the seeds have their own module names
		if err != nil || mod == nil {
			return
		}
		out, err := Compile(mod, Options{})
		if err == nil && len(out) == 0 {
			t.Fatal("no output and no error")
		}
		if m, err := Project(mod, Options{}); err == nil {
			_ = m.DOT()
			_ = m.Mermaid()
		}
	})
}
