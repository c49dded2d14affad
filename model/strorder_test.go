package model

import (
	"context"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/wspcycle/wspcycle/tla/eval"
)

// mutant loads a mutant of the lifecycle spec.
func mutant(t *testing.T, name string) *eval.Spec {
	t.Helper()
	dir := filepath.Join("..", "spec", "mutants")
	sp, err := eval.LoadFiles(filepath.Join(dir, name+".tla"), filepath.Join(dir, name+".cfg"), filepath.Join("..", "spec"))
	if err != nil {
		t.Fatal(err)
	}
	return sp
}

// TestStringOrderCounts: with one worker, the counts at a violation
// depend on the order in which \E l \in {"dont", "abort", "timed"} tries
// the strings, which is TLC's order of strings (when it interned each).
// TLC -workers 1 on FreeBeforeDrain: "691 states generated, 157 distinct
// states found" (in alphabetical order it would be 722 and 166: TLC gives
// those when the spec interns the three strings in that order first).
func TestStringOrderCounts(t *testing.T) {
	rep, err := Check(context.Background(), mutant(t, "FreeBeforeDrain"), Options{Workers: 1})
	if err != nil {
		t.Fatal(err)
	}
	if rep.Result != ResultInvariant || rep.Generated != 691 || rep.Distinct != 157 {
		t.Errorf("%s after %d generated, %d distinct; want TLC's invariant violated after 691, 157", rep.Result, rep.Generated, rep.Distinct)
	}
}

// TestStringOrderRecover: the order of strings is the spec's, not the
// process's: a run recovered from a checkpoint by a spec loaded anew (as
// another process would) finds the same fingerprints, and so the same
// report as a run without a checkpoint.
func TestStringOrderRecover(t *testing.T) {
	mem, err := Check(context.Background(), mutant(t, "FreeBeforeDrain"), Options{Workers: 1})
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	first, err := Check(context.Background(), mutant(t, "FreeBeforeDrain"), Options{Workers: 1, DiskDir: dir, Checkpoint: time.Nanosecond, MaxStates: 60})
	if err != nil {
		t.Fatal(err)
	}
	if first.Result != ResultStateLimit {
		t.Fatalf("first run: %s, want the state limit", first.Result)
	}
	rec, err := Check(context.Background(), mutant(t, "FreeBeforeDrain"), Options{Workers: 1, DiskDir: dir, Recover: true})
	if err != nil {
		t.Fatal(err)
	}
	compareReports(t, mem, rec, true)
}

// TestStringOrderAlias: an ALIAS that is not a record constructor is
// printed as TLC prints its (normalised) record, its fields in the spec's
// order of strings. TLC on testdata/StrOrderAlias.tla prints each state of
// the trace as /\ zz = "s" then /\ aa = ...: zz is lexed first, in Z.
func TestStringOrderAlias(t *testing.T) {
	sp, err := eval.LoadFiles(filepath.Join("testdata", "StrOrderAlias.tla"), filepath.Join("testdata", "StrOrderAlias.cfg"))
	if err != nil {
		t.Fatal(err)
	}
	rep, err := Check(context.Background(), sp, Options{Workers: 1})
	if err != nil {
		t.Fatal(err)
	}
	order := TraceOrder(rep.Vars, rep.VarOrder, rep.VarsInOrder)
	var got []string
	for _, i := range order {
		got = append(got, rep.Vars[i])
	}
	if rep.Result != ResultInvariant || strings.Join(got, " ") != "zz aa" {
		t.Errorf("%s, trace fields %v; want the invariant violated and TLC's zz aa", rep.Result, got)
	}
}
