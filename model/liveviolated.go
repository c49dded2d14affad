package model

import (
	"fmt"
	"slices"

	"github.com/wspcycle/wspcycle/tla/eval"
)

// violatedBy returns the names of the temporal properties (the cfg's
// names, in the cfg's order, each once) that the lasso tr violates, the
// behaviour stepping from its last state back to tr[loopBack-1] forever
// (stuttering in the last state when loopBack is len(tr) or 0).
//
// TLC names them all in its message: once it has built the counterexample
// it evaluates every implied temporal property on it
// (tlc2.tool.liveness.Liveness.findViolatedProperties, called by
// LiveWorker.printTrace) and prints "Temporal properties A and B were
// violated." when the lasso it found for one property violates others too.
// Which properties a lasso violates depends only on the lasso, not on how
// it was found. A property whose evaluation fails is left out, as TLC
// leaves it out (it prints the error and goes on).
func (c *checker) violatedBy(tr []TraceState, loopBack int) []string {
	n := len(tr)
	if n == 0 {
		return nil
	}
	cyc := n - 1 // the cycle's first position
	if loopBack > 0 && loopBack <= n {
		cyc = loopBack - 1
	}
	var names []string
	seen := map[string]bool{}
	for _, prop := range c.sp.Properties {
		if seen[prop.Name] {
			continue
		}
		for _, part := range prop.Parts {
			f := simpleFormula(part)
			if f == nil {
				continue
			}
			holds, ok := onLasso(f, tr, cyc)
			if ok && !holds[0] {
				seen[prop.Name] = true
				names = append(names, prop.Name)
				break
			}
		}
	}
	return names
}

// onLasso evaluates x at every position of the lasso tr whose cycle starts
// at position cyc (the last state steps to tr[cyc]; cyc = len(tr)-1 is a
// stuttering end). ok is false when an evaluation failed. From position i
// the behaviour visits i..len(tr)-1 and then the cycle forever, so []F
// holds at i iff F holds at every position of min(i, cyc)..len(tr)-1, and
// <>F iff at one of them.
func onLasso(x *eval.LiveExpr, tr []TraceState, cyc int) (out []bool, ok bool) {
	n := len(tr)
	out = make([]bool, n)
	next := func(i int) int {
		if i == n-1 {
			return cyc
		}
		return i + 1
	}
	switch x.Op {
	case eval.LiveBool:
		for i := range out {
			out[i] = x.Value
		}
	case eval.LiveState:
		if x.State == nil {
			return nil, false
		}
		for i := range out {
			v, err := x.State(tr[i].State)
			if err != nil {
				return nil, false
			}
			out[i] = v
		}
	case eval.LiveAction:
		if x.Action == nil {
			return nil, false
		}
		for i := range out {
			v, err := x.Action(tr[i].State, tr[next(i)].State)
			if err != nil {
				return nil, false
			}
			out[i] = v
		}
	case eval.LiveNot:
		if len(x.Kids) != 1 {
			return nil, false
		}
		k, ok := onLasso(x.Kids[0], tr, cyc)
		if !ok {
			return nil, false
		}
		for i := range out {
			out[i] = !k[i]
		}
	case eval.LiveAnd, eval.LiveOr:
		and := x.Op == eval.LiveAnd
		for i := range out {
			out[i] = and
		}
		for _, kid := range x.Kids {
			k, ok := onLasso(kid, tr, cyc)
			if !ok {
				return nil, false
			}
			for i := range out {
				if and {
					out[i] = out[i] && k[i]
				} else {
					out[i] = out[i] || k[i]
				}
			}
		}
	case eval.LiveAlways, eval.LiveEventually:
		if len(x.Kids) != 1 {
			return nil, false
		}
		k, ok := onLasso(x.Kids[0], tr, cyc)
		if !ok {
			return nil, false
		}
		always := x.Op == eval.LiveAlways
		onCycle := always
		for i := cyc; i < n; i++ {
			if always {
				onCycle = onCycle && k[i]
			} else {
				onCycle = onCycle || k[i]
			}
		}
		for i := n - 1; i >= 0; i-- {
			switch {
			case i >= cyc:
				out[i] = onCycle
			case always:
				out[i] = k[i] && out[i+1]
			default:
				out[i] = k[i] || out[i+1]
			}
		}
	default:
		return nil, false
	}
	return out, true
}

// alsoViolated is Report.Violated for the lasso tr found for rep's
// property: the properties tr violates when they are more than that one.
// The property found is always among them; were it not (an evaluation
// failing on the lasso), the list is dropped and the message names the
// property found alone.
//
// Only the message depends on it: a failure here (an evaluator's panic)
// drops the list, never the verdict.
func (c *checker) alsoViolated(rep *Report, tr []TraceState) (names []string) {
	defer func() {
		if recover() != nil {
			names = nil
		}
	}()
	found := rep.Property
	if rep.PropertyName != "" {
		found = rep.PropertyName
	}
	names = c.violatedBy(tr, rep.LoopBack)
	if len(names) < 2 || !slices.Contains(names, found) {
		return nil
	}
	return names
}

// lassoViolatesNone reports whether, with a SYMMETRY or a VIEW, the lasso
// tr violates none of the temporal properties, each evaluated on it
// without failing: TLC's message then names none ("Temporal properties
// were violated."). The lasso shows the actual states, while the check
// judged some predicates by the states expanded (the []<> and <>[]
// conditions, TLC's checkState): <>[](t # 1) with VIEW x is violated
// where the state expanded for x = 1 has t = 1, by a lasso whose states
// all have t # 1 (VEA, TLC rev cc6b616). Without them a lasso violates
// the property found, and a property this cannot evaluate on a lasso
// (no simple formula, an evaluation error) keeps the message's name.
//
// Nothing is recovered but a panic of the evaluator, a bug: it becomes
// an error naming the property and its position (lassoPanic), which the
// caller reports, rather than passing for "the lasso violates one".
func (c *checker) lassoViolatesNone(tr []TraceState, loopBack int) (none bool, err error) {
	if !actualSucc(c.sp) || len(tr) == 0 {
		return false, nil
	}
	cyc := len(tr) - 1
	if loopBack > 0 && loopBack <= len(tr) {
		cyc = loopBack - 1
	}
	for i := range c.sp.Properties {
		prop := &c.sp.Properties[i]
		for _, part := range prop.Parts {
			f := simpleFormula(part)
			if f == nil {
				return false, nil
			}
			holds, ok, err := onLassoOf(prop, f, tr, cyc)
			if err != nil {
				return false, err
			}
			if !ok || !holds[0] {
				return false, nil
			}
		}
	}
	return true, nil
}

// onLassoOf is onLasso for a formula of prop, a panic of the evaluator
// in it turned into lassoPanic's error.
func onLassoOf(prop *eval.Property, f *eval.LiveExpr, tr []TraceState, cyc int) (out []bool, ok bool, err error) {
	defer func() {
		if r := recover(); r != nil {
			out, ok, err = nil, false, lassoPanic(prop, r)
		}
	}()
	out, ok = onLasso(f, tr, cyc)
	return out, ok, nil
}

// lassoPanic is the error of a panic r met evaluating the temporal
// property prop on a counterexample: an internal error at the
// property's position.
func lassoPanic(prop *eval.Property, r any) error {
	return &eval.Error{Pos: prop.Pos, Msg: fmt.Sprintf("internal error evaluating the temporal property %s on its counterexample: %v", prop.Name, r)}
}
