package main

import (
	"fmt"
	"os"

	"github.com/wspcycle/wspcycle/model/tlcout/tlcbin"
	"github.com/wspcycle/wspcycle/tla/eval"
	"github.com/wspcycle/wspcycle/tla/value"
)

// TLC's -loadTrace tlc FILE replays a counterexample another run wrote
// with -dumpTrace tlc (or beside its trace exploration spec): TLC adds
// to the spec its module _TLCTrace's
//
//	CONSTRAINT _TLCTraceConstraint: at level L, every pair <<L, r>> of
//	  the file's counterexample.state has r[v] equal to the state's
//	  variable v, for each v of the file's vars the spec has;
//	VIEW _TLCTraceView: <<L, s>> for a level L of the file, else
//	  <<T, s>> with T the target of the lasso's closing step (the action
//	  whose target level is not above its source's; 0 for none), s the
//	  state as a record of its variables
//
// (TLC rev cc6b616, tlc2.TLC and _TLCTrace.tla), its Java override
// reading the file (_TLCTraceDeserialize: ValueInputStream.readExternal,
// package tlcbin) and making the record of the state (_TLCState). The
// view is the cfg's VIEW when it has one (TLC keeps it: probe CV). The
// search is TLC's otherwise, so it finds the trace's violation again
// (or none), counting the states the constraint lets through.
//
// -loadTrace json FILE is the same through module _JsonTrace
// (tlcloadjson.go). What TLC does with a file it cannot read is not
// reproduced (it
// evaluates the constraint on an empty record and reports the error with
// _TLCTrace's nested expressions), nor -loadTrace with -simulate or
// -coverage (whose report would list _TLCTrace's expressions). With
// temporal properties the lasso is closed through the view of
// TLCGet("level") as TLC closes it: the liveness checking evaluates the
// constraint and the view again at the level of each state it meets
// (model/symproduct.go; LiveFail, model/testdata/tlc/levellive).
type tlcLoad struct{ format, file string }

// decode reads data, the file of l, as TLC's module for its format does
// (tlcbin for tlc, tlcJSONTrace for json); models are the cfg's model
// values in TLC's order.
func (l tlcLoad) decode(data []byte, strs *value.Strings, models []string) (value.Value, error) {
	if l.format == "json" {
		return tlcJSONTrace(data, strs)
	}
	return tlcbin.Decode(data, strs, models)
}

// tlcLoadRefusal is why a -loadTrace of f cannot be honoured ("" when
// it can), said before anything else is done. A file's content is
// checked here only when the cfg at cfgPath parses (its model values
// number the file's); else the run stops on the cfg first, as TLC's.
func tlcLoadRefusal(f *tlcFlags, cfgPath string) string {
	for _, l := range f.loadTrace {
		if f.simulate {
			return "-loadTrace is not supported with -simulate: TLC's simulator with _TLCTrace's constraint is not reproduced"
		}
		if f.coverage >= 0 {
			return "-loadTrace is not supported with -coverage: TLC's report would count the expressions of its module _TLCTrace, which is not loaded here"
		}
		data, err := os.ReadFile(l.file)
		if err != nil {
			return fmt.Sprintf("-loadTrace %s %s is not supported: the file cannot be read (%v); TLC evaluates its constraint on an empty record then and stops with that evaluation error (exit 75), which is not reproduced", l.format, l.file, err)
		}
		if !tlcCfgParses(cfgPath) {
			continue
		}
		dump, err := l.decode(data, nil, tlcModelNames(cfgPath))
		if err != nil {
			return fmt.Sprintf("-loadTrace %s %s is not supported: it is not a file of TLC's -dumpTrace %s: %v; TLC fails with a Java exception on it, which is not reproduced", l.format, l.file, l.format, err)
		}
		if _, err := newLoadedTrace(dump, &eval.Spec{}, nil, l.format == "json"); err != nil {
			return fmt.Sprintf("-loadTrace %s %s is not supported: it is not a trace of TLC's -dumpTrace %s: %v; TLC stops with an error evaluating its constraint on it, which is not reproduced", l.format, l.file, l.format, err)
		}
	}
	return ""
}

// tlcLoadTrace adds to sp the constraint, and unless the cfg has a VIEW
// the view, of each -loadTrace (TLC adds a constraint for each, the view
// of the first); models are the cfg's model values in TLC's order.
func tlcLoadTrace(f *tlcFlags, sp *eval.Spec, models []string) error {
	for _, l := range f.loadTrace {
		data, err := os.ReadFile(l.file)
		if err != nil {
			return err
		}
		var strs *value.Strings
		if sp.Run != nil {
			strs = sp.Run.Strings()
		}
		dump, err := l.decode(data, strs, models)
		if err != nil {
			return fmt.Errorf("%s: %v", l.file, err)
		}
		tr, err := newLoadedTrace(dump, sp, strs, l.format == "json")
		if err != nil {
			return fmt.Errorf("%s: %v", l.file, err)
		}
		sp.Constraints = append(sp.Constraints, eval.StatePred{Name: "_TLCTraceConstraint", Eval: tr.constraint})
		if sp.View == nil {
			sp.View = func(s value.State) (value.Value, error) { return tr.viewAt(int(tr.run.StateLevel()), s) }
			sp.ViewAt = tr.viewAt
		}
	}
	return nil
}

// loadedTrace is a -loadTrace file as _TLCTrace's constraint and view
// read it.
type loadedTrace struct {
	run    *eval.Run
	strs   *value.Strings
	vars   []string                // the spec's variables (State order)
	check  []int                   // the spec's variables among the file's vars
	fields []value.Value           // the spec's variables as strings
	levels map[int64][]*value.FcnV // level -> the file's states at it
	target int64                   // the lasso's target level, 0 for none
}

func field(v value.Value, name string) (value.Value, error) {
	f, ok := v.(*value.FcnV)
	if ok {
		if x, ok := f.Field(name); ok {
			return x, nil
		}
	}
	return nil, fmt.Errorf("the trace has no field %q (not a file of -dumpTrace tlc)", name)
}

func elems(v value.Value, what string) ([]value.Value, error) {
	if t, ok := v.(*value.FcnV); ok && t.IsTuple() {
		// A JSON array (-loadTrace json), in its order.
		out := make([]value.Value, t.Len())
		for i := range out {
			out[i] = t.At(i)
		}
		return out, nil
	}
	s, ok := v.(value.SetValue)
	if !ok {
		return nil, fmt.Errorf("%s is not a set", what)
	}
	e, err := s.Enum()
	if err != nil {
		return nil, err
	}
	return e.Elems(), nil
}

// levelOf is the level of a pair <<L, s>> of the file.
func levelOf(v value.Value) (int64, value.Value, bool) {
	t, ok := v.(*value.FcnV)
	if !ok || !t.IsTuple() || t.Len() < 2 {
		return 0, nil, false
	}
	n, ok := t.At(0).(value.IntV)
	return int64(n), t.At(1), ok
}

// newLoadedTrace reads the trace dump; byPosition: a state's level is its
// position in counterexample.state (-loadTrace json), not its pair's.
func newLoadedTrace(dump value.Value, sp *eval.Spec, strs *value.Strings, byPosition bool) (*loadedTrace, error) {
	ce, err := field(dump, "counterexample")
	if err != nil {
		return nil, err
	}
	vs, err := field(dump, "vars")
	if err != nil {
		return nil, err
	}
	states, err := field(ce, "state")
	if err != nil {
		return nil, err
	}
	actions, err := field(ce, "action")
	if err != nil {
		return nil, err
	}
	tr := &loadedTrace{run: sp.Run, strs: strs, vars: sp.Vars, levels: map[int64][]*value.FcnV{}}
	names, err := elems(vs, "vars")
	if err != nil {
		return nil, err
	}
	in := map[string]bool{}
	for _, n := range names {
		if s, ok := n.(*value.StrV); ok {
			in[s.Val()] = true
		}
	}
	for j, v := range sp.Vars {
		tr.fields = append(tr.fields, strs.Str(v))
		if in[v] {
			tr.check = append(tr.check, j)
		}
	}
	pairs, err := elems(states, "counterexample.state")
	if err != nil {
		return nil, err
	}
	for i, p := range pairs {
		l, s, ok := levelOf(p)
		r, isFcn := s.(*value.FcnV)
		if !ok || !isFcn {
			return nil, fmt.Errorf("counterexample.state holds %s, not a pair <<level, state>>", p)
		}
		if byPosition {
			l = int64(i + 1)
		}
		tr.levels[l] = append(tr.levels[l], r)
	}
	steps, err := elems(actions, "counterexample.action")
	if err != nil {
		return nil, err
	}
	// CHOOSE e \in actions : e[3][1] <= e[1][1]: TLC's CHOOSE takes the
	// first in its order of the set, which the set's order here is.
	for _, e := range steps {
		t, ok := e.(*value.FcnV)
		if !ok || !t.IsTuple() || t.Len() != 3 {
			return nil, fmt.Errorf("counterexample.action holds %s, not a step", e)
		}
		from, _, ok1 := levelOf(t.At(0))
		to, _, ok2 := levelOf(t.At(2))
		if !ok1 || !ok2 {
			return nil, fmt.Errorf("counterexample.action holds %s, not a step", e)
		}
		if to <= from {
			tr.target = to
			break
		}
	}
	return tr, nil
}

// constraint is _TLCTraceConstraint.
func (tr *loadedTrace) constraint(s value.State) (bool, error) {
	for _, r := range tr.levels[tr.run.StateLevel()] {
		for _, j := range tr.check {
			want, ok := r.Field(tr.vars[j])
			if !ok {
				return false, fmt.Errorf("the trace's state %s has no variable %s", r, tr.vars[j])
			}
			if j >= len(s) || s[j] == nil {
				return false, nil
			}
			if eq, err := value.EqualChecked(s[j], want); err != nil || !eq {
				return false, err
			}
		}
	}
	return true, nil
}

// viewAt is _TLCTraceView in s, a state at the given level (TLCGet("level"):
// the search's StateLevel, or a printed trace's position of s).
func (tr *loadedTrace) viewAt(level int, s value.State) (value.Value, error) {
	l := int64(level)
	if _, ok := tr.levels[l]; !ok {
		l = tr.target
	}
	vals := make([]value.Value, len(tr.vars))
	copy(vals, s)
	keys := append([]value.Value(nil), tr.fields...)
	return value.Tuple(value.Int(l), value.FcnFromPairs(keys, vals)), nil
}
