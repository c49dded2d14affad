package model

import (
	"testing"

	"github.com/wspcycle/wspcycle/tla/eval"
	"github.com/wspcycle/wspcycle/tla/value"
)

// The reference specs of tlc-reference, transcribed by hand into Go, with
// TLC's numbers from expected.json: they pin the engine's semantics
// (counting, constraints, depth, trace length, fairness) without the parser.

func counterSpec(max int64) *goSpec {
	return &goSpec{name: "Counter", vars: []string{"x"}, inits: []value.State{ints(0)},
		acts: []goAction{{name: "Next", succ: func(s value.State, emit func(value.State, ...value.Value)) {
			x := iv(s, 0)
			if x == max {
				emit(ints(0))
			} else {
				emit(ints(x + 1))
			}
		}}}}
}

// constrainedSpec is Constrained.tla / ConstrainedFail.tla: invBound is the
// bound of y in Inv (21 and 20).
func constrainedSpec(invBound int64) *eval.Spec {
	g := &goSpec{name: "Constrained", vars: []string{"x", "y"}, inits: []value.State{ints(0, 0)},
		acts: []goAction{
			{name: "Next", succ: func(s value.State, emit func(value.State, ...value.Value)) {
				x, y := iv(s, 0), iv(s, 1)
				emit(ints(x+1, y-1))
				emit(ints(x-2, floorMod(y*3, 7)))
				emit(ints(floorDiv(x, 2), -y))
			}},
		}}
	sp := g.spec()
	sp.Constraints = []eval.StatePred{inv("Bound", func(s value.State) bool {
		x, y := iv(s, 0), iv(s, 1)
		return -6 <= x && x <= 6 && -20 <= y && y <= 20
	})}
	sp.Invariants = []eval.StatePred{inv("Inv", func(s value.State) bool {
		y := iv(s, 1)
		return -invBound <= y && y <= invBound
	})}
	return sp
}

func invFailSpec() *eval.Spec {
	g := &goSpec{name: "InvFail", vars: []string{"a", "b"}, inits: []value.State{ints(0, 0)},
		acts: []goAction{{name: "Next", succ: func(s value.State, emit func(value.State, ...value.Value)) {
			a, b := iv(s, 0), iv(s, 1)
			if a < 4 {
				emit(ints(a+1, b))
			}
			if b < 4 {
				emit(ints(a, b+2))
			}
		}}}}
	sp := g.spec()
	sp.CheckDeadlock = false
	sp.Invariants = []eval.StatePred{inv("Safe", func(s value.State) bool { return iv(s, 0)+iv(s, 1) != 5 })}
	return sp
}

func deadlockSpec() *eval.Spec {
	// pc: 0=a 1=b 2=c; locks: 0=free 1=p1 2=p2. State <<pc1, pc2, l1, l2>>.
	type st = [4]int64
	mk := func(v st) value.State { return ints(v[0], v[1], v[2], v[3]) }
	get := func(s value.State) st { return st{iv(s, 0), iv(s, 1), iv(s, 2), iv(s, 3)} }
	act := func(name string, f func(v st) (st, bool)) goAction {
		return goAction{name: name, succ: func(s value.State, emit func(value.State, ...value.Value)) {
			if t, ok := f(get(s)); ok {
				emit(mk(t))
			}
		}}
	}
	g := &goSpec{name: "Deadlock", vars: []string{"pc1", "pc2", "l1", "l2"}, inits: []value.State{ints(0, 0, 0, 0)},
		acts: []goAction{
			act("P1a", func(v st) (st, bool) { return st{1, v[1], 1, v[3]}, v[0] == 0 && v[2] == 0 }),
			act("P1b", func(v st) (st, bool) { return st{2, v[1], v[2], 1}, v[0] == 1 && v[3] == 0 }),
			act("P1c", func(v st) (st, bool) { return st{0, v[1], 0, 0}, v[0] == 2 }),
			act("P2a", func(v st) (st, bool) { return st{v[0], 1, v[2], 2}, v[1] == 0 && v[3] == 0 }),
			act("P2b", func(v st) (st, bool) { return st{v[0], 2, 2, v[3]}, v[1] == 1 && v[2] == 0 }),
			act("P2c", func(v st) (st, bool) { return st{v[0], 0, 0, 0}, v[1] == 2 }),
		}}
	return g.spec()
}

// liveSpec is Live.tla: <<req, served, noise>>, WF_vars(Serve).
func liveGoSpec() (*goSpec, *eval.Spec) {
	g := &goSpec{name: "Live", vars: []string{"req", "served", "noise"},
		inits: []value.State{{value.Bool(false), value.Bool(false), value.Int(0)}},
		acts: []goAction{
			{name: "Request", succ: func(s value.State, emit func(value.State, ...value.Value)) {
				if !bv(s, 0) {
					emit(value.State{value.Bool(true), value.Bool(false), s[2]})
				}
			}},
			{name: "Serve", succ: func(s value.State, emit func(value.State, ...value.Value)) {
				if bv(s, 0) {
					emit(value.State{value.Bool(false), value.Bool(true), s[2]})
				}
			}},
			{name: "Tick", succ: func(s value.State, emit func(value.State, ...value.Value)) {
				emit(value.State{s[0], s[1], value.Int((iv(s, 2) + 1) % 3)})
			}},
		}}
	sp := g.spec()
	g.fair(sp, "Serve", false)
	sp.Properties = []eval.Property{
		prop("Served", eval.Temporal{Kind: eval.LeadsTo, P: pred(func(s value.State) bool { return bv(s, 0) }), Q: pred(func(s value.State) bool { return bv(s, 1) })}),
		prop("InfinitelyQuiet", eval.Temporal{Kind: eval.AlwaysEventually, P: pred(func(s value.State) bool { return !bv(s, 0) })}),
	}
	return g, sp
}

// liveFailSpec is LiveFail.tla: <<req, served, busy>>, WF(Serve) or
// SF(Serve) (LiveStrong.cfg), and WF(Toggle).
func liveFailSpec(strongServe bool) *eval.Spec {
	g := &goSpec{name: "LiveFail", vars: []string{"req", "served", "busy"},
		inits: []value.State{bools(false, false, false)},
		acts: []goAction{
			{name: "Request", succ: func(s value.State, emit func(value.State, ...value.Value)) {
				if !bv(s, 0) {
					emit(value.State{value.Bool(true), value.Bool(false), s[2]})
				}
			}},
			{name: "Serve", succ: func(s value.State, emit func(value.State, ...value.Value)) {
				if bv(s, 0) && !bv(s, 2) {
					emit(value.State{value.Bool(false), value.Bool(true), s[2]})
				}
			}},
			{name: "Toggle", succ: func(s value.State, emit func(value.State, ...value.Value)) {
				emit(value.State{s[0], s[1], value.Bool(!bv(s, 2))})
			}},
		}}
	sp := g.spec()
	g.fair(sp, "Serve", strongServe)
	g.fair(sp, "Toggle", false)
	sp.Properties = []eval.Property{
		prop("Served", eval.Temporal{Kind: eval.LeadsTo, P: pred(func(s value.State) bool { return bv(s, 0) }), Q: pred(func(s value.State) bool { return bv(s, 1) })}),
	}
	return sp
}

type want struct {
	result              string
	property            string
	distinct, generated int64 // -1: not compared
	depth               int
	trace, loop         int
}

func expect(t *testing.T, rep *Report, w want) {
	t.Helper()
	if rep.Result != w.result || rep.Property != w.property {
		t.Errorf("result %q %q, want %q %q (message %q)", rep.Result, rep.Property, w.result, w.property, rep.Message)
	}
	if w.distinct >= 0 && rep.Distinct != w.distinct {
		t.Errorf("distinct %d, want %d", rep.Distinct, w.distinct)
	}
	if w.generated >= 0 && rep.Generated != w.generated {
		t.Errorf("generated %d, want %d", rep.Generated, w.generated)
	}
	if rep.Depth != w.depth {
		t.Errorf("depth %d, want %d", rep.Depth, w.depth)
	}
	if len(rep.Trace) != w.trace {
		t.Errorf("trace of %d states, want %d", len(rep.Trace), w.trace)
	}
	if rep.LoopBack != w.loop {
		t.Errorf("loop back to %d, want %d", rep.LoopBack, w.loop)
	}
}

func TestHandBuiltReference(t *testing.T) {
	cases := []struct {
		name string
		sp   func() *eval.Spec
		want want
	}{
		{"Counter", func() *eval.Spec { return counterSpec(5).spec() }, want{ResultOK, "", 6, 7, 6, 0, 0}},
		{"Constrained", func() *eval.Spec { return constrainedSpec(21) }, want{ResultOK, "", 349, 1048, 27, 0, 0}},
		{"ConstrainedFail", func() *eval.Spec { return constrainedSpec(20) }, want{ResultInvariant, "Inv", -1, -1, 24, 24, 0}},
		{"InvFail", invFailSpec, want{ResultInvariant, "Safe", -1, -1, 4, 4, 0}},
		{"Deadlock", deadlockSpec, want{ResultDeadlock, "", -1, -1, 3, 3, 0}},
		{"Live", func() *eval.Spec { _, sp := liveGoSpec(); return sp }, want{ResultOK, "", 9, 19, 5, 0, 0}},
		{"LiveFail", func() *eval.Spec { return liveFailSpec(false) }, want{ResultProperty, "Served", 6, 12, 4, 3, 2}},
		{"LiveStrong", func() *eval.Spec { return liveFailSpec(true) }, want{ResultOK, "", 6, 12, 4, 0, 0}},
	}
	for _, tc := range cases {
		for _, workers := range []int{1, 2, 3} {
			rep := mustCheck(t, tc.sp(), workers)
			t.Run(tc.name, func(t *testing.T) { expect(t, rep, tc.want) })
		}
	}
}
