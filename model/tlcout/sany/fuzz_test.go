package sany

import (
	"os"
	"path/filepath"
	"testing"
)

// FuzzReplay feeds the replay of SANY's grammar arbitrary text: it must
// end (with SANY's error, or not knowing it) and never crash. The seeds
// are the specs of testdata/parse, each cut short too.
func FuzzReplay(f *testing.F) {
	specs, _ := filepath.Glob(filepath.Join(parseSpecs, "*.tla"))
	for _, tla := range specs {
		src, err := os.ReadFile(tla)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(src)
		f.Add(src[:len(src)/2])
	}
	f.Fuzz(func(t *testing.T, src []byte) {
		if f, ok := sanyParse(src, nil); ok {
			_ = f.String()
		}
	})
}
