package eval_test

import (
	"context"
	"path/filepath"
	"strings"
	"testing"

	"github.com/wspcycle/wspcycle/model"
	"github.com/wspcycle/wspcycle/tla/eval"
)

// TestAliasTrace: TLC prints the counterexample of testdata/lang/Alias
// through its ALIAS as
//
//	State 1: <Initial predicate>
//	/\ y = 0
//	/\ lvl = 1
//
// then y = 10, lvl = 2 and y = 20, lvl = 3: the alias record's fields in
// the order written, TLCGet("level") the level of each state.
func TestAliasTrace(t *testing.T) {
	dir := filepath.Join("testdata", "lang")
	sp, err := eval.LoadFiles(filepath.Join(dir, "Alias.tla"), filepath.Join(dir, "Alias.cfg"))
	if err != nil {
		t.Fatal(err)
	}
	rep, err := model.Check(context.Background(), sp, model.Options{Workers: 1})
	if err != nil {
		t.Fatal(err)
	}
	if rep.Result != model.ResultInvariant || strings.Join(rep.Vars, ",") != "y,lvl" || !rep.VarsInOrder {
		t.Fatalf("%s, vars %v (in order %v); want an invariant violation shown as y, lvl", rep.Result, rep.Vars, rep.VarsInOrder)
	}
	var got []string
	for _, ts := range rep.Trace {
		got = append(got, ts.State[0].String()+"/"+ts.State[1].String())
	}
	if want := "0/1 10/2 20/3"; strings.Join(got, " ") != want {
		t.Errorf("trace %v, want %s", got, want)
	}
	var b strings.Builder
	if err := rep.WriteText(&b); err != nil {
		t.Fatal(err)
	}
	if out := b.String(); !strings.Contains(out, "= 10") || strings.Index(out, "/\\ y ") > strings.Index(out, "/\\ lvl ") {
		t.Errorf("text trace:\n%s", b.String())
	}
}

// TestAliasPrimed: an ALIAS with a primed variable is evaluated over
// each step of the trace, as TLC does (model/testdata/tlc/alias:
// AliasPrime): next is the successor's x, the last state's its own.
func TestAliasPrimed(t *testing.T) {
	dir := filepath.Join("testdata", "lang")
	sp, err := eval.LoadFiles(filepath.Join(dir, "AliasPrimed.tla"), filepath.Join(dir, "AliasPrimed.cfg"))
	if err != nil {
		t.Fatal(err)
	}
	rep, err := model.Check(context.Background(), sp, model.Options{Workers: 1})
	if err != nil {
		t.Fatal(err)
	}
	if rep.Result != model.ResultInvariant || strings.Join(rep.Vars, ",") != "next" || len(rep.Trace) != 3 {
		t.Fatalf("%s, vars %v, %d states; want an invariant violation in 3 states of next", rep.Result, rep.Vars, len(rep.Trace))
	}
	var got []string
	for _, ts := range rep.Trace {
		got = append(got, ts.State[0].String())
	}
	if want := "1 2 2"; strings.Join(got, " ") != want {
		t.Errorf("next %v, want %s", got, want)
	}
	if len(rep.Warnings) != 0 {
		t.Errorf("warnings %q", rep.Warnings)
	}
}

// TestAliasTemporal: a temporal formula in an ALIAS is TLC's evaluation
// error in each state, which shows its variables and _ALIASEvalError
// (model/testdata/tlc/alias: AliasTemporal, TLC rev cc6b616); the ALIAS
// was dropped with a warning.
func TestAliasTemporal(t *testing.T) {
	checkAliasError(t, "AliasTemporal", "TLC encountered a temporal formula ([]A) when evaluating a predicate or action.")
}

// TestAliasUncompiled: a part of an ALIAS wspcycle refuses (here
// CounterExample, which TLC evaluates) is the error of each state it is
// evaluated in, never a dropped ALIAS whose trace shows the variables as
// if there were none.
func TestAliasUncompiled(t *testing.T) {
	checkAliasError(t, "AliasUncompiled", "unsupported: CounterExample in an ALIAS")
}

// checkAliasError checks testdata/lang/NAME's invariant violation in 3
// states of x, each shown as x and _ALIASEvalError, msg.
func checkAliasError(t *testing.T, name, msg string) {
	t.Helper()
	dir := filepath.Join("testdata", "lang")
	sp, err := eval.LoadFiles(filepath.Join(dir, name+".tla"), filepath.Join(dir, name+".cfg"))
	if err != nil {
		t.Fatal(err)
	}
	rep, err := model.Check(context.Background(), sp, model.Options{Workers: 1})
	if err != nil {
		t.Fatal(err)
	}
	if rep.Result != model.ResultInvariant || strings.Join(rep.Vars, ",") != "x,"+eval.AliasEvalErrorField || len(rep.Trace) != 3 {
		t.Fatalf("%s, vars %v, %d states; want an invariant violation in 3 states of x, %s", rep.Result, rep.Vars, len(rep.Trace), eval.AliasEvalErrorField)
	}
	for i, ts := range rep.Trace {
		if s := ts.State[1].String(); !strings.Contains(s, msg) {
			t.Errorf("state %d: %s = %s, want %q", i+1, eval.AliasEvalErrorField, s, msg)
		}
	}
	if len(rep.Warnings) != 0 {
		t.Errorf("warnings %q", rep.Warnings)
	}
}
