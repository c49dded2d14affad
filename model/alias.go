package model

import (
	"errors"
	"fmt"
	"slices"

	"github.com/wspcycle/wspcycle/tla/eval"
	"github.com/wspcycle/wspcycle/tla/value"
)

// TraceOrder is the order in which a trace prints vars: order (TLC's
// order for the spec's variables, SpecVarOrder) when it is one, as given
// when inOrder (the fields of an ALIAS, in the order TLC prints them),
// by name otherwise.
func TraceOrder(vars []string, order []int, inOrder bool) []int {
	if !inOrder {
		if len(order) == len(vars) {
			return order
		}
		return VarOrder(vars)
	}
	idx := make([]int, len(vars))
	for i := range idx {
		idx[i] = i
	}
	return idx
}

// applyAlias shows the report's trace through the cfg's ALIAS, as TLC
// (rev cc6b616, Tool.evalAlias) does: each state becomes the alias
// record evaluated over its step (the state, its successor in the trace:
// for the last state the one a lasso goes back to, else itself; TLCGet("level") the state's level), the
// record's fields taking the place of the variables. A state the alias
// fails to evaluate in shows its variables and the field _ALIASEvalError,
// the error's message; one whose alias is not a record its variables.
// Each state is printed with its own fields (TraceState.Own when they
// differ).
func (c *checker) applyAlias(rep *Report) {
	ApplyAlias(c.sp, rep, c.opt.AliasErrorText)
}

// ApplyAlias shows rep's trace through sp's ALIAS as the model checker
// does (applyAlias), for another search's report (TLC's simulator prints
// its traces through the ALIAS too, Simulator.printBehavior). errText is
// Options.AliasErrorText.
func ApplyAlias(sp *eval.Spec, rep *Report, errText func(error) string) {
	c := &checker{sp: sp}
	c.opt.AliasErrorText = errText
	al := c.sp.Alias
	if al == nil || al.Eval == nil || len(rep.Trace) == 0 {
		// No ALIAS, or one TLC refuses (Alias.ErrCode), reported as such.
		return
	}
	for i := range rep.Trace {
		if !complete(rep.Trace[i].State) {
			rep.Warnings = append(rep.Warnings, fmt.Sprintf("ALIAS %s: the trace's state %d is not completely specified: the trace shows the variables", al.Name, i+1))
			return
		}
	}
	var strs *value.Strings
	if c.sp.Run != nil {
		strs = c.sp.Run.Strings()
	}
	varOrder := TraceOrder(rep.Vars, rep.VarOrder, rep.VarsInOrder)
	rep.Unaliased = &Unaliased{Vars: rep.Vars, Order: varOrder, States: make([]value.State, len(rep.Trace))}
	for i := range rep.Trace {
		rep.Unaliased.States[i] = rep.Trace[i].State
	}
	type shown struct {
		names []string
		vals  []value.Value
	}
	shows := make([]shown, len(rep.Trace))
	for i := range rep.Trace {
		cur := rep.Trace[i].State
		succ := cur
		switch {
		case i+1 < len(rep.Trace):
			succ = rep.Trace[i+1].State
		case rep.LoopBack > 0:
			// A lasso's last step goes back (TLC rev cc6b616: AliasLive).
			succ = rep.Trace[rep.LoopBack-1].State
		}
		var sh shown
		sh.names, sh.vals = AliasShow(al, rep.Vars, varOrder, cur, succ, i+1, strs, c.aliasErrorText) // the i-th state is at TLC's level i+1
		shows[i] = sh
	}
	// The names of all states, in the order first met; each state's own
	// when they differ.
	var fields []string
	index := map[string]int{}
	same := true
	for _, sh := range shows {
		same = same && slices.Equal(sh.names, shows[0].names)
		for _, n := range sh.names {
			if _, ok := index[n]; !ok {
				index[n] = len(fields)
				fields = append(fields, n)
			}
		}
	}
	var prev value.State
	for i := range rep.Trace {
		ts := &rep.Trace[i]
		st := make(value.State, len(fields))
		var own []int
		for j, n := range shows[i].names {
			st[index[n]] = shows[i].vals[j]
			own = append(own, index[n])
		}
		changed := make([]bool, len(fields))
		for j := range fields {
			changed[j] = prev != nil && !sameValue(prev[j], st[j])
		}
		ts.State, ts.Changed, ts.Own = st, changed, nil
		if !same {
			ts.Own = own
		}
		prev = st
	}
	rep.Vars, rep.VarsInOrder, rep.VarOrder = fields, true, nil
}

// AliasShow is what TLC shows of the state cur through the ALIAS al, its
// successor succ, at TLC's level: the alias record's fields and values
// (in its constructor's order, else in the order of strings), or, when
// the alias fails or is not a record, the variables (vars in order) and,
// for a failure, _ALIASEvalError with errText's text of it.
func AliasShow(al *eval.Alias, vars []string, order []int, cur, succ value.State, level int, strs *value.Strings, errText func(error) string) (names []string, vals []value.Value) {
	v, err := al.Eval(level, cur, succ)
	switch f, ok := v.(*value.FcnV); {
	case err != nil || !ok || !allStringKeys(f):
		for _, j := range order {
			names = append(names, vars[j])
			vals = append(vals, cur[j])
		}
		if err != nil {
			names = append(names, eval.AliasEvalErrorField)
			vals = append(vals, strs.Str(errText(err)))
		}
	case al.Fields != nil:
		for _, name := range al.Fields {
			fv, _ := f.Field(name)
			names, vals = append(names, name), append(vals, fv)
		}
	default:
		// The record's fields in the order it prints in: as its
		// constructor built it until TLC would normalize it (a branch of
		// an IF or a CASE passes it on as built), else in the order of
		// strings (value.FcnV.PrintPos).
		for j := 0; j < f.Len(); j++ {
			p := f.PrintPos(j)
			name, _ := value.AsString(f.Key(p))
			names, vals = append(names, name), append(vals, f.At(p))
		}
	}
	return names, vals
}

// Unaliased is a trace's states as the spec's variables, before an ALIAS
// replaced them (TLC's trace exploration spec is written from them).
type Unaliased struct {
	Vars   []string
	Order  []int // the variables in the order TLC prints a trace's
	States []value.State
}

// aliasErrorText is the text of _ALIASEvalError for err: the run's
// wording (Options.AliasErrorText), else the error's message.
func (c *checker) aliasErrorText(err error) string {
	if c.opt.AliasErrorText != nil {
		return c.opt.AliasErrorText(err)
	}
	var ee *eval.Error
	if errors.As(err, &ee) {
		return ee.Msg
	}
	return err.Error()
}

func complete(s value.State) bool {
	for _, v := range s {
		if v == nil {
			return false
		}
	}
	return true
}

func allStringKeys(f *value.FcnV) bool {
	for j := 0; j < f.Len(); j++ {
		if _, ok := value.AsString(f.Key(j)); !ok {
			return false
		}
	}
	return true
}

func sameValue(a, b value.Value) bool {
	if a == nil || b == nil {
		return a == b
	}
	eq, err := value.EqualChecked(a, b)
	return err == nil && eq
}
