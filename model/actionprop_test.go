package model

import (
	"bytes"
	"context"
	"errors"
	"strings"
	"testing"

	"github.com/wspcycle/wspcycle/tla/eval"
	"github.com/wspcycle/wspcycle/tla/value"
)

// The report of a violated [][A]_v speaks TLC's words and ends the trace
// with the offending step.
func TestActionPropertyReport(t *testing.T) {
	sp, err := eval.LoadFiles("testdata/Steps.tla", "testdata/StepsFail.cfg")
	if err != nil {
		t.Fatal(err)
	}
	rep, err := Check(context.Background(), sp, Options{Workers: 1})
	if err != nil {
		t.Fatal(err)
	}
	if rep.Result != ResultActionProperty || rep.ExitCode() != ExitLiveness {
		t.Fatalf("verdict %q, exit %d", rep.Result, rep.ExitCode())
	}
	last := rep.Trace[len(rep.Trace)-1]
	if last.Action != "Reset" || last.State[0].String() != "0" || rep.Trace[len(rep.Trace)-2].State[0].String() != "3" {
		t.Errorf("trace ends with %s %v, want the step Reset from x = 3 to x = 0", last.Action, last.State)
	}
	var b bytes.Buffer
	if err := rep.WriteText(&b); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(b.String(), "Error: Action property XNeverDecreases is violated.\n") {
		t.Errorf("text report:\n%s", b.String())
	}
	b.Reset()
	if err := rep.WriteITF(&b); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(b.String(), "action property XNeverDecreases violated") {
		t.Errorf("ITF description missing:\n%s", b.String())
	}
}

// An action property that cannot be evaluated on a step is an evaluation
// error naming it (TLC's "Evaluating action property ... failed"), with the
// step at the end of the trace; initial states are never given to it.
func TestActionPropertyEvalError(t *testing.T) {
	g := &goSpec{name: "Count", vars: []string{"x"}, inits: []value.State{ints(0)},
		acts: []goAction{{name: "Inc", succ: func(s value.State, emit func(value.State, ...value.Value)) {
			if iv(s, 0) < 3 {
				emit(ints(iv(s, 0) + 1))
			}
		}}}}
	sp := g.spec()
	sp.CheckDeadlock = false
	calls := 0
	sp.ActionProperties = []eval.ActionPred{{Name: "Fragile", Eval: func(s, t value.State) (bool, error) {
		calls++
		if s == nil {
			return false, errors.New("called on an initial state")
		}
		if iv(t, 0) == 2 {
			return false, errors.New("cannot evaluate")
		}
		return true, nil
	}}}
	rep := mustCheck(t, sp, 1)
	if rep.Result != ResultError || !strings.Contains(rep.Message, "Evaluating action property Fragile failed.\ncannot evaluate") {
		t.Fatalf("verdict %q %q", rep.Result, rep.Message)
	}
	if len(rep.Trace) != 3 || iv(rep.Trace[2].State, 0) != 2 || calls != 2 {
		t.Errorf("trace of %d states, %d calls; want 0 -> 1 -> 2 after 2 calls", len(rep.Trace), calls)
	}
}
