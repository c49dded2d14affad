package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestTLCDumpTraceOrder runs -dumpTrace json on the specs of
// model/testdata/tlc/dumptrace whose answers TLC rev cc6b616 gave:
//   - AliasOrder: an ALIAS whose record is built by @@ (and a record of
//     a record): TLC's JSON writes its fields in the order TLC built
//     them, as ToString prints them (value.FcnV.PrintPos), not sorted;
//   - DumpEvalError: an evaluation error (Assert in Next) prints a trace
//     but is no violation: TLC's CounterExample stays empty and its
//     post-condition writes no file and prints no "CounterExample
//     written" line (wspcycle wrote the file).
func TestTLCDumpTraceOrder(t *testing.T) {
	dir := filepath.Join("..", "..", "model", "testdata", "tlc", "dumptrace")
	t.Run("AliasOrder", func(t *testing.T) {
		tmp := t.TempDir()
		abs, err := filepath.Abs(dir)
		if err != nil {
			t.Fatal(err)
		}
		var out, errb bytes.Buffer
		args := []string{"tlc", "-workers", "1", "-noGenerateSpecTE", "-dumpTrace", "json", "AliasOrder.json",
			"-config", filepath.Join(abs, "AliasOrder.cfg"), filepath.Join(abs, "AliasOrder.tla")}
		if code := runIn(t, tmp, args, &out, &errb); code != 12 {
			t.Fatalf("exit %d, want TLC's 12: %s", code, errb.String())
		}
		sameAsTLCFile(t, tmp, abs, "AliasOrder.json")
	})
	t.Run("DumpEvalError", func(t *testing.T) {
		// From the search on: TLC's SANY lines for the modules its
		// -dumpTrace json loads (_JsonTrace, Json, TLCExt) are another
		// matter.
		fromSearch := func(s string) string {
			if i := strings.Index(s, "Computing initial states"); i >= 0 {
				return s[i:]
			}
			return s
		}
		tlcGoldenRun(t, dir, "DumpEvalError", []string{"-dumpTrace", "json", "DumpEvalError.json"}, 14, inSpecDir(), comparing(fromSearch))
		if _, err := os.Stat(filepath.Join(dir, "DumpEvalError.json")); err == nil {
			t.Error("DumpEvalError.json was written; TLC writes no file for an evaluation error")
		}
	})
}
