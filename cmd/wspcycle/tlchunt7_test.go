package main

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"
)

// TLC's -dump and -dump dot print a state as its trace printer does
// (TLCStateMut.toString): a value wider than 80 columns is broken over
// lines (Values.ppr). DumpWide's records, record-of-records and sequence of
// sets were printed on one line (found on the Examples' CigaretteSmokers,
// DiningPhilosophers, Prisoners, SpanTree...). The files are TLC's.
func TestTLCDumpWideValues(t *testing.T) {
	dir := filepath.Join("..", "..", "model", "testdata", "tlc", "hunt7")
	for _, c := range []struct{ opts, golden string }{
		{"", "DumpWide.dump"},
		{"dot,colorize,actionlabels", "DumpWide-dot-colorize-actionlabels.dot"},
	} {
		t.Run(c.golden, func(t *testing.T) {
			tmp := t.TempDir()
			args := []string{"tlc", "-workers", "1", "-dump"}
			if c.opts != "" {
				args = append(args, c.opts)
			}
			args = append(args, filepath.Join(tmp, "g"), "-config", mustAbs(t, filepath.Join(dir, "DumpWide.cfg")), mustAbs(t, filepath.Join(dir, "DumpWide.tla")))
			var o, errb bytes.Buffer
			if code := runIn(t, tmp, args, &o, &errb); code != 11 {
				t.Fatalf("exit %d, want TLC's 11 (deadlock): %s", code, errb.String())
			}
			got, err := os.ReadFile(filepath.Join(tmp, "g"+filepath.Ext(c.golden)))
			if err != nil {
				t.Fatal(err)
			}
			want, err := os.ReadFile(filepath.Join(dir, c.golden))
			if err != nil {
				t.Fatal(err)
			}
			if g, w := normDot(string(got)), normDot(string(want)); g != w {
				t.Errorf("not TLC's file:\n%s\nours:\n%s", firstDiff(w, g), got)
			}
		})
	}
}
