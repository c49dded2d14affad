package model

import (
	"context"
	"testing"

	"github.com/wspcycle/wspcycle/tla/eval"
	"github.com/wspcycle/wspcycle/tla/value"
)

// Hand-built systems: eval.Spec values whose computations are Go closures,
// so that the engine is tested independently of the parser and evaluator.

type goAction struct {
	name   string
	params []string
	// succ yields the successors of s with the parameter values.
	succ func(s value.State, emit func(t value.State, params ...value.Value))
}

type goSpec struct {
	name  string
	vars  []string
	inits []value.State
	acts  []goAction
}

func ints(xs ...int64) value.State {
	s := make(value.State, len(xs))
	for i, x := range xs {
		s[i] = value.Int(x)
	}
	return s
}

func bools(xs ...bool) value.State {
	s := make(value.State, len(xs))
	for i, x := range xs {
		s[i] = value.Bool(x)
	}
	return s
}

func iv(s value.State, i int) int64 {
	n, ok := s[i].(value.IntV)
	if !ok {
		panic("not an int")
	}
	return int64(n)
}

func bv(s value.State, i int) bool { return value.Equal(s[i], value.Bool(true)) }

func (g *goSpec) spec() *eval.Spec {
	sp := &eval.Spec{Name: g.name, Vars: g.vars, CheckDeadlock: true}
	for _, a := range g.acts {
		sp.Actions = append(sp.Actions, eval.ActionInfo{Name: a.name, Params: a.params})
	}
	sp.Init = func(yield func(value.State) error) error {
		for _, s := range g.inits {
			if err := yield(s); err != nil {
				return err
			}
		}
		return nil
	}
	sp.Next = func(s value.State, yield func(eval.Step) error) error {
		var err error
		for i, a := range g.acts {
			a.succ(s, func(t value.State, params ...value.Value) {
				if err == nil {
					err = yield(eval.Step{Action: i, Params: params, State: t})
				}
			})
			if err != nil {
				return err
			}
		}
		return nil
	}
	return sp
}

// fair adds WF_vars(A) or SF_vars(A) for the action named name: ENABLED
// <<A>>_vars holds when A has a successor different from s, and a step is an
// <<A>>_vars step when A can produce it and it changes the state.
func (g *goSpec) fair(sp *eval.Spec, name string, strong bool) {
	var act goAction
	for _, a := range g.acts {
		if a.name == name {
			act = a
		}
	}
	kind := "WF_vars("
	if strong {
		kind = "SF_vars("
	}
	sp.Fairness = append(sp.Fairness, eval.Fairness{
		Name:   kind + name + ")",
		Strong: strong,
		Enabled: func(s value.State) (bool, error) {
			en := false
			act.succ(s, func(t value.State, _ ...value.Value) { en = en || !t.Equal(s) })
			return en, nil
		},
		Taken: func(s, t value.State) (bool, error) {
			if t.Equal(s) {
				return false, nil
			}
			ok := false
			act.succ(s, func(u value.State, _ ...value.Value) { ok = ok || u.Equal(t) })
			return ok, nil
		},
	})
}

func pred(f func(value.State) bool) func(value.State) (bool, error) {
	return func(s value.State) (bool, error) { return f(s), nil }
}

func inv(name string, f func(value.State) bool) eval.StatePred {
	return eval.StatePred{Name: name, Eval: pred(f)}
}

func prop(name string, parts ...eval.Temporal) eval.Property {
	return eval.Property{Name: name, Parts: parts}
}

func mustCheck(t *testing.T, sp *eval.Spec, workers int) *Report {
	t.Helper()
	rep, err := Check(context.Background(), sp, Options{Workers: workers})
	if err != nil {
		t.Fatalf("Check: %v", err)
	}
	return rep
}

// floorDiv and floorMod are TLA+'s \div and % (the result of % has the
// sign of the divisor), unlike Go's truncating / and %.
func floorDiv(a, b int64) int64 {
	q := a / b
	if (a%b != 0) && ((a < 0) != (b < 0)) {
		q--
	}
	return q
}

func floorMod(a, b int64) int64 { return a - b*floorDiv(a, b) }
