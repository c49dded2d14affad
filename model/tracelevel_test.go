package model

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/wspcycle/wspcycle/tla/eval"
)

// Trace rebuilds the behaviour by replaying the search's levels on the
// spec's one Run level, which TLCGet("level") reads: with several workers
// another worker would read the replayed level meanwhile. A spec that
// applies both is refused with several workers (a positioned unsupported
// error), and checked with one (TLC: no error, 4 distinct states).
func TestTraceWithTLCGetNeedsOneWorker(t *testing.T) {
	dir := t.TempDir()
	src := `---- MODULE TraceLevel ----
EXTENDS Naturals, Sequences, TLC, TLCExt
VARIABLE x
Init == x = 0
Next == x < 3 /\ x' = x + 1 /\ TLCGet("level") = x + 1
Inv == Len(Trace) = x + 1
====
`
	tla, cfg := filepath.Join(dir, "TraceLevel.tla"), filepath.Join(dir, "TraceLevel.cfg")
	if err := os.WriteFile(tla, []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(cfg, []byte("INIT Init\nNEXT Next\nINVARIANT Inv\nCHECK_DEADLOCK FALSE\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		workers int
		refused bool
	}{{1, false}, {2, true}} {
		sp, err := eval.LoadFiles(tla, cfg)
		if err != nil {
			t.Fatal(err)
		}
		rep, err := Check(context.Background(), sp, Options{Workers: c.workers})
		msg := ""
		if err != nil {
			msg = err.Error()
		} else if rep.Result != ResultOK {
			msg = rep.Result + ": " + rep.Message
		}
		if c.refused != strings.Contains(msg, "unsupported: Trace in a spec that uses TLCGet") {
			t.Errorf("%d workers: %q (result %v), want refused %v", c.workers, msg, rep, c.refused)
		}
		if !c.refused && (rep == nil || rep.Distinct != 4) {
			t.Errorf("%d workers: %+v, want no error and 4 distinct states", c.workers, rep)
		}
	}
}
