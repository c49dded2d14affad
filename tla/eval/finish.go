package eval

import (
	"strings"

	"github.com/wspcycle/wspcycle/tla/value"
)

// finish creates the shared program (now that every slot is known) and the
// Spec's closures.
func (b *builder) finish() {
	c := b.c
	b.prog = &program{nslots: c.nslots, nvars: len(c.varNames), nrecs: c.nrecs, vars: c.varNames, out: c.out, run: c.run}
	prog := b.prog
	if c.origins != nil {
		prog.covFcn = c.origins.fcn
	}
	sp := b.sp
	for _, a := range b.actions {
		sp.Actions = append(sp.Actions, a.info)
	}
	b.finishCoverage()
	initSteps := b.initSteps
	initName := b.initName
	sp.InitName, sp.InitPos = b.initName, b.initPos
	sp.Init = func(yield func(value.State) error) error {
		k := prog.get()
		defer prog.put(k)
		k.s = nil
		k.emit = func(k *ctx) error {
			if missing := unassigned(k.t, prog.vars); len(missing) > 0 {
				what := "variable " + missing[0]
				if len(missing) > 1 {
					what = "variables " + strings.Join(missing, ", ")
				}
				return &Error{Pos: b.initPos, Msg: "The initial predicate " + initName + " does not specify the value of the " + what + ".",
					Partial: append(value.State(nil), k.t...), IllegalInit: true}
			}
			if k.covLast != nil {
				k.covLast.count.Add(1)
				sp.Coverage.initCompleted(k.covLast) // covinitparts.go
			}
			return yield(append(value.State(nil), k.t...))
		}
		k.covLast = nil
		return k.run(initSteps, 0)
	}
	if b.noBehavior {
		sp.Init = func(func(value.State) error) error { return nil }
	}
	prog.actions = b.actions
	dispatch := b.dispatch
	sp.tlc = &tlcLazy{prog: prog, dispatch: dispatch, specSubst: b.covNextSubst}
	next := func(s value.State, yield func(Step) error, emit func(*ctx) error, scratch bool, level int) error {
		k := prog.get()
		k.s = s
		k.phase = phaseNext
		k.level = int64(level)
		k.yield = yield
		k.emit = emit
		if k.scratchOK = scratch; scratch && k.scratch == nil {
			k.scratch = make([]*value.FcnV, min(len(k.t), 64))
		}
		var err error
		if len(dispatch) > 0 {
			err = k.run(dispatch, 0)
		}
		if ee, ok := err.(*Error); ok && k.action != nil && k.emitted > 0 && strings.HasPrefix(ee.Msg, nextNotBool) {
			ee.Regenerated = k.emitted
		}
		k.yield, k.action = nil, nil
		prog.put(k)
		return err
	}
	sp.Next = func(s value.State, yield func(Step) error) error { return next(s, yield, emitStep, false, 0) }
	sp.NextShared = func(s value.State, yield func(Step) error) error { return next(s, yield, emitShared, true, 0) }
	sp.NextAt = func(level int, s value.State, yield func(Step) error) error {
		return next(s, yield, emitStep, false, max(level, 1))
	}
	for i := range b.fairness {
		sp.Fairness = append(sp.Fairness, b.fairnessOf(&b.fairness[i]))
	}
}

// undefined names the unassigned variables in TLC's words ("variable is not
// defined: q"), or returns "".
func undefined(t value.State, vars []string) string {
	names := unassigned(t, vars)
	switch len(names) {
	case 0:
		return ""
	case 1:
		return "variable is not defined: " + names[0]
	}
	return "variables are not defined: " + strings.Join(names, ", ")
}

func unassigned(t value.State, vars []string) []string {
	var names []string
	for i, v := range t {
		if v == nil {
			names = append(names, vars[i])
		}
	}
	return names
}

func (b *builder) fairnessOf(f *fairDef) Fairness {
	// b.prog is read when a predicate is evaluated: fairness written in a
	// property is translated before the program exists.
	p := &b.prog
	// changed reports <<A>>_v's extra condition v' # v on a complete step.
	changedBy := func(nxt cx) func(k *ctx) (bool, error) {
		return func(k *ctx) (bool, error) {
			x, err := f.sub.fn(k)
			if err != nil {
				return false, err
			}
			y, err := nxt.fn(k)
			if err != nil {
				return false, err
			}
			eq, err := value.EqualChecked(x, y)
			return !eq, wrap(f.sub.pos, err)
		}
	}
	changed, enChanged := changedBy(f.subNxt), changedBy(f.enSubNxt)
	bind := func(k *ctx) {
		for _, bd := range f.binds {
			bd.b.bind(k, bd.v)
		}
	}
	return Fairness{
		Name:           f.name,
		Strong:         f.strong,
		FormulasBefore: f.formulasBefore,
		Enabled: func(s value.State) (bool, error) {
			k := (*p).get()
			defer (*p).put(k)
			k.s, k.levelAs = s, levelOfState
			bind(k)
			var pre value.State
			if f.enSize > 0 {
				pre = make(value.State, f.enSize)
			}
			k.inEnabled = true
			defer func() { k.inEnabled = false }()
			return k.someSuccessor(f.enSteps, pre, enChanged)
		},
		Taken: func(s, t value.State) (bool, error) {
			k := (*p).get()
			defer (*p).put(k)
			k.s, k.levelAs = s, levelOfStep
			bind(k)
			return k.someSuccessor(f.steps, t, changed)
		},
		Changed: func(s, t value.State) (bool, error) {
			k := (*p).get()
			defer (*p).put(k)
			k.s, k.levelAs = s, levelOfStep
			copy(k.t, t)
			bind(k)
			return changed(k)
		},
	}
}

// emitStep hands a complete successor to the Next caller, in memory of
// its own; a static function (not a closure) so that Next allocates
// nothing per call but the step.
func emitStep(k *ctx) error {
	if err := k.incomplete(); err != nil {
		return err
	}
	k.emitted++
	st := Step{Action: k.actionIdx, State: append(value.State(nil), k.t...)}
	if a := k.action; len(a.slots) > 0 {
		st.Params = make([]value.Value, len(a.slots))
		for i, sl := range a.slots {
			st.Params[i] = k.env[sl]
		}
	}
	return k.yield(st)
}

// emitShared is emitStep for NextShared: the step's State is the next
// state being built, some of its values scratch functions, and its Params
// a buffer of the context, so that a successor the caller drops costs no
// allocation.
func emitShared(k *ctx) error {
	if err := k.incomplete(); err != nil {
		return err
	}
	k.emitted++
	st := Step{Action: k.actionIdx, State: k.t, scratch: k.scratchMask}
	if a := k.action; len(a.slots) > 0 {
		if cap(k.params) < len(a.slots) {
			k.params = make([]value.Value, len(a.slots))
		}
		st.Params = k.params[:len(a.slots)]
		for i, sl := range a.slots {
			st.Params[i] = k.env[sl]
		}
	}
	return k.yield(st)
}

// incomplete is TLC's error for a successor that leaves a variable
// unassigned, or nil.
func (k *ctx) incomplete() error {
	for _, v := range k.t {
		if v == nil {
			a := k.action
			st := &Step{Action: k.actionIdx}
			for _, sl := range a.slots {
				st.Params = append(st.Params, k.env[sl])
			}
			return &Error{Pos: a.info.Pos, Msg: "Successor state is not completely specified by action " + a.info.Name +
				" of the next-state relation. The following " + undefined(k.t, k.prog.vars) + ".",
				Partial: k.keepT(), PartialStep: st}
		}
	}
	return nil
}
