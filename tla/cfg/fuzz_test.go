package cfg

import (
	"errors"
	"os"
	"path/filepath"
	"testing"

	"github.com/wspcycle/wspcycle/tla/token"
)

// FuzzCfg checks that Parse never panics, that errors carry valid
// positions, and that a parsed config has positions on its names.
func FuzzCfg(f *testing.F) {
	files, _ := filepath.Glob("testdata/*.cfg")
	for _, file := range files {
		if src, err := os.ReadFile(file); err == nil {
			f.Add(src)
		}
	}
	f.Add([]byte("CONSTANTS N = -3 S = {a, {\"s\", TRUE}} C <- D\nCHECK_DEADLOCK FALSE\nSYMMETRY S VIEW V"))
	f.Fuzz(func(t *testing.T, src []byte) {
		c, err := Parse("f.cfg", src)
		if err != nil {
			var list token.ErrorList
			if !errors.As(err, &list) || len(list) == 0 {
				t.Fatalf("error %v is not a non-empty token.ErrorList", err)
			}
			for _, e := range list {
				if !e.Pos.IsValid() || e.Pos.Filename != "f.cfg" || e.Msg == "" {
					t.Fatalf("error without a valid position: %q", e.Error())
				}
			}
			return
		}
		for _, k := range c.Constants {
			if !k.Pos().IsValid() || (k.Value == nil) == (k.Subst == nil) {
				t.Fatalf("bad constant entry %v", k.Name)
			}
		}
		for _, id := range append(append(c.Invariants, c.Properties...), c.Constraints...) {
			if !id.NamePos.IsValid() {
				t.Fatalf("name %s without position", id.Name)
			}
		}
	})
}
