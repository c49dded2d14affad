package simulate

import (
	"context"
	"path/filepath"
	"testing"

	"github.com/wspcycle/wspcycle/model"
	"github.com/wspcycle/wspcycle/tla/eval"
)

func load(t *testing.T, tla, cfg string) *eval.Spec {
	t.Helper()
	dir := filepath.Join("..", "testdata")
	sp, err := eval.LoadFiles(filepath.Join(dir, tla), filepath.Join(dir, cfg))
	if err != nil {
		t.Fatal(err)
	}
	return sp
}

// LiveFail's Served fails on a lasso among the states with req set: busy
// toggles forever while Serve is only intermittently enabled, which weak
// fairness allows. The simulator must report it with a lasso that is a
// behaviour: each state a Toggle, Request or Serve step from the last, and
// the step back a Toggle (the only action that changes busy alone).
func TestLivenessOnBehaviours(t *testing.T) {
	res, err := Run(context.Background(), load(t, "LiveFail.tla", "LiveFail.cfg"), Options{Depth: 50, Runs: 10, Seed: 7})
	if err != nil {
		t.Fatal(err)
	}
	if res.Result != model.ResultProperty || res.Property != "Served" || res.ExitCode() != model.ExitLiveness {
		t.Fatalf("result %s %s (exit %d), want Served violated (exit 13)", res.Result, res.Property, res.ExitCode())
	}
	if res.LoopBack < 1 || res.LoopBack >= len(res.Trace) {
		t.Fatalf("lasso of %d states back to %d: want a real cycle", len(res.Trace), res.LoopBack)
	}
	if res.LoopStep.Action != "Toggle" {
		t.Errorf("the lasso is closed by <%s>, want <Toggle>", res.LoopStep.Action)
	}
	// On the cycle req stays TRUE and served FALSE (vars: req, served, busy).
	for _, ts := range res.Trace[res.LoopBack-1:] {
		if ts.State[0].String() != "TRUE" || ts.State[1].String() != "FALSE" {
			t.Errorf("a state of the cycle serves the request: %v", ts.State)
		}
	}
	// Under strong fairness the property holds: no behaviour may look broken.
	res, err = Run(context.Background(), load(t, "LiveFail.tla", "LiveStrong.cfg"), Options{Depth: 50, Runs: 200, Seed: 7})
	if err != nil {
		t.Fatal(err)
	}
	if res.Result != model.ResultOK {
		t.Errorf("LiveStrong: %s %s, want ok", res.Result, res.Property)
	}
}

func TestRunRejectsBadOptions(t *testing.T) {
	if _, err := Run(context.Background(), load(t, "LiveFail.tla", "LiveFail.cfg"), Options{Depth: 0, Runs: 1}); err == nil {
		t.Error("Depth 0 accepted")
	}
}

// The callbacks a front end prints TLC's messages from: OnInit once with
// the initial states before any behaviour, Behaviour once per behaviour
// with its states (at most Depth), OnProgress while it runs with counts
// that never go down. Pool has one initial state and no deadlock, so
// every behaviour has exactly Depth states.
func TestCallbacks(t *testing.T) {
	var inits, behaviours, progress int
	var lastStates int64
	opt := Options{Depth: 20, Runs: 300, Seed: 2, ProgressEvery: 1,
		OnInit: func(n, _ int64) {
			if behaviours > 0 || n != 1 {
				t.Errorf("OnInit(%d) after %d behaviours", n, behaviours)
			}
			inits++
		},
		Behaviour: func(k int, trace []model.TraceState, failed bool) {
			behaviours++
			if k != behaviours || len(trace) != 20 {
				t.Errorf("behaviour %d (call %d) has %d states, want 20", k, behaviours, len(trace))
			}
		},
		OnProgress: func(b int, states int64) {
			progress++
			if states < lastStates || b < 1 {
				t.Errorf("progress went back: %d behaviours, %d states after %d", b, states, lastStates)
			}
			lastStates = states
		},
	}
	res, err := Run(context.Background(), load(t, "Pool.tla", "Pool.cfg"), opt)
	if err != nil {
		t.Fatal(err)
	}
	if res.Result != model.ResultOK || inits != 1 || behaviours != 300 || progress == 0 || res.States != 300*20 {
		t.Errorf("result %s, %d inits, %d behaviours, %d progress calls, %d states", res.Result, inits, behaviours, progress, res.States)
	}
}
