package model

import (
	"errors"
	"strings"
	"testing"

	"github.com/wspcycle/wspcycle/tla/eval"
	"github.com/wspcycle/wspcycle/tla/token"
	"github.com/wspcycle/wspcycle/tla/value"
)

// TestModelIDPanic: a panic of the evaluator while the model of a
// checkpoint is identified is an internal error at the initial predicate
// (or at the one next-state action), which stops the disk-backed run as it
// opens; it was recovered and the checkpoint named no model, which a
// recovery with another model then matched. An evaluation error is left
// to the search: the identity is still computed.
func TestModelIDPanic(t *testing.T) {
	initPos := token.Pos{Filename: "P.tla", Line: 4, Col: 1}
	actPos := token.Pos{Filename: "P.tla", Line: 6, Col: 1}
	spec := func(init func(func(value.State) error) error, next func(value.State, func(eval.Step) error) error) *checker {
		sp := &eval.Spec{Name: "P", Vars: []string{"x"}, InitPos: initPos, Init: init, Next: next,
			Actions: []eval.ActionInfo{{Name: "Next", Pos: actPos}}}
		return &checker{sp: sp}
	}
	oneInit := func(yield func(value.State) error) error { return yield(value.State{value.Int(0)}) }
	noNext := func(value.State, func(eval.Step) error) error { return nil }
	for _, tc := range []struct {
		name string
		c    *checker
		pos  token.Pos
		what string
	}{
		{"init", spec(func(func(value.State) error) error { panic("boom") }, noNext), initPos, "the initial states"},
		{"next", spec(oneInit, func(value.State, func(eval.Step) error) error { panic("boom") }), actPos, "the successors of an initial state"},
	} {
		id, err := tc.c.modelID()
		var ee *eval.Error
		if id != "" || !errors.As(err, &ee) || ee.Pos != tc.pos || !strings.Contains(ee.Msg, "boom") || !strings.Contains(ee.Msg, tc.what) {
			t.Errorf("%s: id %q, err %v; want an error at %s naming %s and the panic", tc.name, id, err, tc.pos, tc.what)
		}
		tc.c.opt.DiskDir, tc.c.opt.Checkpoint = t.TempDir(), 1
		if err := tc.c.openDisk(); !errors.As(err, &ee) || ee.Pos != tc.pos {
			t.Errorf("%s: openDisk with checkpoints: %v, want the error at %s", tc.name, err, tc.pos)
		}
	}
	c := spec(oneInit, func(value.State, func(eval.Step) error) error { return errors.New("no value") })
	if id, err := c.modelID(); id == "" || err != nil {
		t.Errorf("evaluation error: id %q, err %v; want an identity and no error", id, err)
	}
	other := spec(func(yield func(value.State) error) error { return yield(value.State{value.Int(1)}) }, noNext)
	if a, _ := c.modelID(); a == "" {
		t.Fatal("no identity")
	} else if b, _ := other.modelID(); a == b {
		t.Errorf("two models with other initial states share the identity %s", a)
	}
}
