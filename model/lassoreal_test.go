package model

import (
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/wspcycle/wspcycle/tla/eval"
	"github.com/wspcycle/wspcycle/tla/value"
)

// TestLassoIsCounterexample: every counterexample to a temporal property
// the checker prints is checked against the spec itself, not against the
// graph the check searched:
//
//   - its first state is an initial state, each step a step of Next
//     that the CONSTRAINTs and ACTION_CONSTRAINTs keep, and the step back
//     from its last state reaches the state the loop names (with a VIEW or
//     a SYMMETRY, one of the same fingerprint: TLC's lasso closes up to
//     the view or the orbit);
//   - the behaviour, the cycle repeated forever (or the last state
//     stuttering), satisfies every WF and SF condition and every other
//     temporal conjunct of the specification;
//   - it violates the property reported (and each property the message
//     names), unless the report names none (NoneViolated);
//   - with two and four workers the same counterexample is printed.
//
// A finite prefix (exit 12) is checked as the behaviour that stutters in
// its last state. The specs are those of the liveness goldens (TLC's
// lassos differ by -fp; ours must be real ones, and deterministic) and
// the lifecycle mutants.
func TestLassoIsCounterexample(t *testing.T) {
	var files []string
	for _, dir := range []string{"lasso", "liveprint", "liveprints", "livesafety", "viewlive", "symlive", "livefold"} {
		fs, _ := filepath.Glob(filepath.Join("testdata", "tlc", dir, "*.cfg"))
		files = append(files, fs...)
	}
	if !raceEnabled {
		fs, _ := filepath.Glob(filepath.Join("..", "spec", "mutants", "*.cfg"))
		files = append(files, fs...)
	}
	checked := 0
	seen := map[string]bool{}
	for _, cfg := range files {
		if seen[cfg] {
			continue
		}
		seen[cfg] = true
		tla := strings.TrimSuffix(cfg, ".cfg") + ".tla"
		if _, err := os.Stat(tla); err != nil {
			continue // a cfg of a spec of another name
		}
		load := func() *eval.Spec {
			sp, err := eval.LoadFilesWith(eval.Options{Print: io.Discard}, tla, cfg)
			if err != nil || len(sp.Properties) == 0 {
				return nil
			}
			return sp
		}
		if load() == nil {
			continue
		}
		name := strings.TrimSuffix(filepath.Base(cfg), ".cfg")
		t.Run(filepath.Base(filepath.Dir(cfg))+"/"+name, func(t *testing.T) {
			sp := load()
			var c *checker
			testHookChecker = func(x *checker) { c = x }
			rep, err := Check(context.Background(), sp, Options{Workers: 1, SearchSilent: true})
			testHookChecker = nil
			if err != nil || rep.Result != ResultProperty || len(rep.Trace) == 0 {
				return
			}
			checked++
			if err := lassoReal(c, rep); err != nil {
				t.Fatalf("%s violated by a counterexample that is not one: %v\n%s", rep.Property, err, traceText(rep))
			}
			for _, w := range []int{2, 4} {
				other, err := Check(context.Background(), load(), Options{Workers: w, SearchSilent: true})
				if err != nil {
					t.Fatal(err)
				}
				if traceText(other) != traceText(rep) {
					t.Fatalf("%d workers:\n%s\none worker:\n%s", w, traceText(other), traceText(rep))
				}
			}
		})
	}
	if checked < 20 {
		t.Errorf("only %d counterexamples checked", checked)
	}
}

// traceText is a report's counterexample, for comparisons.
func traceText(rep *Report) string {
	s := fmt.Sprintf("%s %q %v none=%v safety=%v loop=%d\n", rep.Result, rep.Property, rep.Violated, rep.NoneViolated, rep.LiveSafety, rep.LoopBack)
	for _, st := range rep.Trace {
		s += fmt.Sprintf("  %s %v\n", st.Action, st.State)
	}
	return s
}

// lassoReal checks rep's counterexample against c's spec (see
// TestLassoIsCounterexample).
func lassoReal(c *checker, rep *Report) error {
	sp, tr := c.sp, rep.Trace
	n := len(tr)
	isInit := false
	sp.Init(func(s value.State) error {
		if s.Equal(tr[0].State) {
			isInit = true
		}
		return nil
	})
	if !isInit {
		return fmt.Errorf("state 1 is not an initial state")
	}
	// step reports whether t (or, up to the fingerprint, a state of t's
	// fingerprint) is a successor of s kept by the constraints.
	step := func(s, t value.State, upToFP bool) bool {
		want, _ := c.fingerprint(t)
		found := false
		sp.Next(s, func(st eval.Step) error {
			u := st.State
			for _, p := range sp.Constraints {
				if ok, err := holds(p, s, u); err != nil || !ok {
					return nil
				}
			}
			for _, p := range sp.ActionConstraints {
				if ok, err := p.Eval(s, u); err != nil || !ok {
					return nil
				}
			}
			if u.Equal(t) {
				found = true
			} else if upToFP {
				if fp, err := c.fingerprint(u); err == nil && fp == want {
					found = true
				}
			}
			return nil
		})
		return found
	}
	for i := 1; i < n; i++ {
		if !step(tr[i-1].State, tr[i].State, false) {
			return fmt.Errorf("state %d is not a successor of state %d", i+1, i)
		}
	}
	cyc := n - 1 // stuttering in the last state
	if !rep.LiveSafety && rep.LoopBack > 0 && rep.LoopBack < n {
		cyc = rep.LoopBack - 1
		if !step(tr[n-1].State, tr[cyc].State, actualSucc(sp)) {
			return fmt.Errorf("state %d does not step back to state %d", n, rep.LoopBack)
		}
	}
	// The cycle's steps: cyc -> ... -> n-1 -> cyc; one stuttering step
	// when the cycle is the last state alone.
	type pair struct{ s, t value.State }
	var steps []pair
	for i := cyc; i < n-1; i++ {
		steps = append(steps, pair{tr[i].State, tr[i+1].State})
	}
	steps = append(steps, pair{tr[n-1].State, tr[cyc].State})
	for _, f := range sp.Fairness {
		enabledAll, enabledSome, taken := true, false, false
		for i := cyc; i < n; i++ {
			en, err := f.Enabled(tr[i].State)
			if err != nil {
				return fmt.Errorf("%s: ENABLED: %v", f.Name, err)
			}
			enabledAll, enabledSome = enabledAll && en, enabledSome || en
		}
		for _, p := range steps {
			ok, err := f.Taken(p.s, p.t)
			if err != nil {
				return fmt.Errorf("%s: %v", f.Name, err)
			}
			taken = taken || ok
		}
		if !taken && (enabledAll || f.Strong && enabledSome) {
			return fmt.Errorf("the behaviour is not fair to %s", f.Name)
		}
	}
	for _, f := range sp.FairnessFormulas {
		if holds, ok := onLasso(f, tr, cyc); !ok || !holds[0] {
			return fmt.Errorf("the behaviour does not satisfy a temporal conjunct of the specification (evaluated: %v)", ok)
		}
	}
	if rep.NoneViolated {
		return nil
	}
	names := rep.Violated
	if len(names) == 0 {
		names = []string{rep.Property}
		if rep.PropertyName != "" {
			names[0] = rep.PropertyName
		}
	}
	for _, name := range names {
		violated := false
		for _, prop := range sp.Properties {
			if prop.Name != name {
				continue
			}
			for _, part := range prop.Parts {
				f := simpleFormula(part)
				if f == nil {
					violated = true // not evaluated here
					break
				}
				if holds, ok := onLasso(f, tr, cyc); ok && !holds[0] {
					violated = true
				}
			}
		}
		if !violated {
			return fmt.Errorf("the behaviour satisfies %s", name)
		}
	}
	return nil
}
