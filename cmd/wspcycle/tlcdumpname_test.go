package main

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"testing"
)

// TLC's -dump appends its extension unless the name already ends with it,
// whatever other extension the name has. The names are the files TLC
// wrote for each -dump argument (found by a corpus run: a
// name such as "X.out" got no ".dot" here, so the file compared was not
// the one TLC writes).
func TestTLCDumpFileName(t *testing.T) {
	td := filepath.Join("..", "..", "model", "testdata", "tlc", "dfid")
	for _, c := range []struct {
		arg  string
		dot  bool
		want string
	}{
		{"a.b", true, "a.b.dot"},
		{"a.b", false, "a.b.dump"},
		{"a.dot", true, "a.dot"},
		{"a.dot", false, "a.dot.dump"},
		{"a.dump", true, "a.dump.dot"},
		{"a.dump", false, "a.dump"},
		{"a", true, "a.dot"},
		{"a", false, "a.dump"},
	} {
		dir := t.TempDir()
		args := []string{"tlc", "-workers", "1", "-noGenerateSpecTE", "-dump"}
		if c.dot {
			args = append(args, "dot")
		}
		args = append(args, filepath.Join(dir, c.arg), "-dfid", "6",
			"-config", filepath.Join(td, "DContChain.cfg"), filepath.Join(td, "DContChain.tla"))
		var out, errb bytes.Buffer
		run(context.Background(), args, &out, &errb)
		ents, err := os.ReadDir(dir)
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, e := range ents {
			got = append(got, e.Name())
		}
		if len(got) != 1 || got[0] != c.want {
			t.Errorf("-dump %v %q wrote %v, TLC writes [%s]; stderr: %s", c.dot, c.arg, got, c.want, errb.String())
		}
	}
}
