package model

import (
	"fmt"
	"slices"

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
// does: each state becomes the alias record evaluated in it (with
// TLCGet("level") the state's level), its fields taking the place of the
// variables. A state the alias cannot be evaluated in, or whose alias is
// not a record, leaves the trace as it is, with a warning.
func (c *checker) applyAlias(rep *Report) {
	al := c.sp.Alias
	if al == nil || len(rep.Trace) == 0 {
		return
	}
	if al.Eval == nil {
		rep.Warnings = append(rep.Warnings, fmt.Sprintf("ALIAS %s is not shown (%s): the trace shows the variables", al.Name, al.Unusable))
		return
	}
	states := make([]*TraceState, 0, len(rep.Trace)+1)
	for i := range rep.Trace {
		states = append(states, &rep.Trace[i])
	}
	recs := make([]*value.FcnV, len(states))
	for i, ts := range states {
		c.runLevel(i + 1) // the i-th state is at TLC's level i+1
		if !complete(ts.State) {
			rep.Warnings = append(rep.Warnings, fmt.Sprintf("ALIAS %s: the trace's state %d is not completely specified: the trace shows the variables", al.Name, i+1))
			return
		}
		v, err := al.Eval(ts.State)
		if err != nil {
			rep.Warnings = append(rep.Warnings, fmt.Sprintf("ALIAS %s cannot be evaluated in the trace's state %d (%v): the trace shows the variables", al.Name, i+1, err))
			return
		}
		f, ok := v.(*value.FcnV)
		if !ok || !allStringKeys(f) {
			rep.Warnings = append(rep.Warnings, fmt.Sprintf("ALIAS %s is not a record in the trace's state %d: the trace shows the variables", al.Name, i+1))
			return
		}
		recs[i] = f
	}
	fields := al.Fields
	if fields == nil {
		// The fields of the records, in the order of strings (a
		// normalised record's, as TLC prints it).
		seen := map[string]bool{}
		var keys []value.Value
		for _, f := range recs {
			for j := 0; j < f.Len(); j++ {
				if name, _ := value.AsString(f.Key(j)); !seen[name] {
					seen[name] = true
					keys = append(keys, f.Key(j))
				}
			}
		}
		slices.SortFunc(keys, value.Compare)
		for _, k := range keys {
			name, _ := value.AsString(k)
			fields = append(fields, name)
		}
	}
	var prev value.State
	for i, ts := range states {
		st := make(value.State, len(fields))
		changed := make([]bool, len(fields))
		for j, name := range fields {
			st[j], _ = recs[i].Field(name) // a missing field stays undefined
			changed[j] = prev != nil && !sameValue(prev[j], st[j])
		}
		ts.State, ts.Changed = st, changed
		prev = st
	}
	rep.Vars, rep.VarsInOrder, rep.VarOrder = fields, true, nil
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
