package model

import (
	"errors"
	"strings"
	"testing"

	"github.com/wspcycle/wspcycle/tla/eval"
	"github.com/wspcycle/wspcycle/tla/token"
	"github.com/wspcycle/wspcycle/tla/value"
)

// TestOnLasso: a formula on a lasso holds at a position as on the infinite
// behaviour it stands for. The lasso x = 0, 1, 2, 3 goes back to x = 2 (or
// stutters at x = 3): from position 0 it visits 0, 1 and then 2, 3 forever.
func TestOnLasso(t *testing.T) {
	tr := make([]TraceState, 4)
	for i := range tr {
		tr[i].State = value.State{value.Int(int64(i))}
	}
	is := func(n int64) *eval.LiveExpr {
		return &eval.LiveExpr{Op: eval.LiveState, State: func(s value.State) (bool, error) { return value.Equal(s[0], value.Int(n)), nil }}
	}
	up := &eval.LiveExpr{Op: eval.LiveAction, Action: func(s, t value.State) (bool, error) {
		a, _ := value.AsInt(s[0])
		b, _ := value.AsInt(t[0])
		return b == a+1, nil
	}}
	op := func(o eval.LiveOp, k ...*eval.LiveExpr) *eval.LiveExpr { return &eval.LiveExpr{Op: o, Kids: k} }
	for _, c := range []struct {
		name string
		f    *eval.LiveExpr
		cyc  int
		want []bool // at positions 0..3
	}{
		{"<>(x=1)", op(eval.LiveEventually, is(1)), 2, []bool{true, true, false, false}},
		{"[]<>(x=2)", op(eval.LiveAlways, op(eval.LiveEventually, is(2))), 2, []bool{true, true, true, true}},
		{"[]<>(x=2) stuttering at 3", op(eval.LiveAlways, op(eval.LiveEventually, is(2))), 3, []bool{false, false, false, false}},
		{"<>[](x=3) stuttering", op(eval.LiveEventually, op(eval.LiveAlways, is(3))), 3, []bool{true, true, true, true}},
		{"<>[](x=3) looping", op(eval.LiveEventually, op(eval.LiveAlways, is(3))), 2, []bool{false, false, false, false}},
		{"[](x # 0)", op(eval.LiveAlways, op(eval.LiveNot, is(0))), 2, []bool{false, true, true, true}},
		// The last step goes back to the cycle (3 -> 2, not an up step) or stutters.
		{"[]<><<up>>", op(eval.LiveAlways, op(eval.LiveEventually, up)), 2, []bool{true, true, true, true}},
		{"up steps", up, 2, []bool{true, true, true, false}},
		{"<>[]up looping", op(eval.LiveEventually, op(eval.LiveAlways, up)), 2, []bool{false, false, false, false}},
		{"(x=1) ~> (x=0)", op(eval.LiveAlways, op(eval.LiveOr, op(eval.LiveNot, is(1)), op(eval.LiveEventually, is(0)))), 2, []bool{false, false, true, true}},
	} {
		got, ok := onLasso(c.f, tr, c.cyc)
		if !ok {
			t.Fatalf("%s: evaluation failed", c.name)
		}
		for i := range got {
			if got[i] != c.want[i] {
				t.Errorf("%s (cycle from %d): %v, want %v", c.name, c.cyc, got, c.want)
				break
			}
		}
	}
}

// TestLassoViolatesNonePanic: a panic of the evaluator while a property
// is evaluated on a counterexample (with a VIEW) is an error at the
// property's position, not "the lasso violates one of them" (it was
// recovered and taken for that); an evaluation error and a formula that
// cannot be evaluated on a lasso (a malformed node) are not errors: the
// message keeps the property found.
func TestLassoViolatesNonePanic(t *testing.T) {
	tr := []TraceState{{State: value.State{value.Int(0)}}, {State: value.State{value.Int(1)}}}
	pos := token.Pos{Filename: "P.tla", Line: 7, Col: 3}
	spec := func(p func(value.State) (bool, error), f *eval.LiveExpr) *checker {
		sp := &eval.Spec{View: func(s value.State) (value.Value, error) { return s[0], nil }}
		part := eval.Temporal{Kind: eval.Always, P: p}
		if f != nil {
			part = eval.Temporal{Kind: eval.General, Formula: f}
		}
		sp.Properties = []eval.Property{{Name: "Prop", Pos: pos, Parts: []eval.Temporal{part}}}
		return &checker{sp: sp}
	}
	c := spec(func(value.State) (bool, error) { panic("boom") }, nil)
	none, err := c.lassoViolatesNone(tr, 1)
	var ee *eval.Error
	if none || !errors.As(err, &ee) || ee.Pos != pos || !strings.Contains(ee.Msg, "Prop") || !strings.Contains(ee.Msg, "boom") {
		t.Fatalf("panic: none %v, err %v; want an error at %s naming Prop and the panic", none, err, pos)
	}
	c = spec(func(value.State) (bool, error) { return false, errors.New("no value") }, nil)
	if none, err := c.lassoViolatesNone(tr, 1); none || err != nil {
		t.Errorf("evaluation error: none %v, err %v; want false, nil", none, err)
	}
	c = spec(nil, &eval.LiveExpr{Op: eval.LiveAlways}) // no kid
	if none, err := c.lassoViolatesNone(tr, 1); none || err != nil {
		t.Errorf("malformed formula: none %v, err %v; want false, nil", none, err)
	}
	c = spec(func(value.State) (bool, error) { return true, nil }, nil)
	if none, err := c.lassoViolatesNone(tr, 1); !none || err != nil {
		t.Errorf("[]TRUE on the lasso: none %v, err %v; want true, nil", none, err)
	}
}
