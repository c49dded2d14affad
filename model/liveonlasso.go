package model

import (
	"errors"
	"strings"

	"github.com/wspcycle/wspcycle/tla/eval"
)

// Once it has rebuilt the states of a liveness counterexample, and before
// its "Temporal property ... violated" message, TLC evaluates every
// implied temporal property on the lasso (Liveness.findViolatedProperties,
// rev cc6b616) to name those it violates; what those evaluations print
// (Print, PrintT) it prints there. violatedBy (liveviolated.go) computes
// the names; lassoPrints makes TLC's evaluations, in TLC's order, for
// what they print.
//
// TLC evaluates each property in the cfg's order, all of it at position
// 0 of the lasso states[0..n-1] whose cycle starts at cyc (n-1: the last
// state stutters), each operator as its LiveExprNode.evalOnLasso (read
// from the classes of tla2tools.jar):
//   - <>F at i: F at i..cyc-1 (when i < cyc), then at cyc..n-1, up to the
//     first true; []F the same up to the first false;
//   - F /\ G, F \/ G: the operands in order up to the first false (true);
//     ~F: F;
//   - a state predicate at i: in states[i]; an action at i: on states[i]
//     -> states[i+1], the last state stepping to states[cyc].
//
// Each conjunct of a property is one of TLC's implied temporal properties,
// evaluated whatever the others' values (a conjunct []P with P a state
// predicate, which TLC checks as an invariant, is none). Before it
// evaluates a conjunct there, TLC builds it again (astToLive), which
// evaluates its constant-level nodes once more, as at its start: PrintT("p")
// in <>(PrintT("p") /\ x = 1) prints "p" there, then again in each state
// evaluated (eval.Temporal.Consts, LiveConst.Replay). Not made: the error
// TLC prints when an evaluation fails (the property is left there, as
// TLC leaves it).
func (c *checker) lassoPrints(tr []TraceState, loopBack int) string {
	n := len(tr)
	r := c.sp.Run
	if n == 0 || r == nil {
		return ""
	}
	cyc := n - 1
	if loopBack > 0 && loopBack <= n {
		cyc = loopBack - 1
	}
	if cv := c.sp.Coverage; cv != nil {
		// TLC reports no coverage of properties, but the stored sets
		// their evaluations enumerate cost on the nodes that built them
		// (eval's covlive.go): one of <>P's on a lasso enumerating a
		// variable's set costs there.
		defer cv.Save().Restore()
		defer cv.LiveEval()()
	}
	var b strings.Builder
	undo := r.Replaying(&b)
	defer undo()
	l := cexLasso{tr: tr, cyc: cyc, run: r}
	for _, prop := range c.sp.Properties {
		l.property(prop)
	}
	undo()
	return b.String()
}

// cexLasso is a counterexample, its cycle starting at tr[cyc].
type cexLasso struct {
	tr  []TraceState
	cyc int
	run *eval.Run
}

// property evaluates each of prop's temporal conjuncts at position 0.
func (l cexLasso) property(prop eval.Property) {
	for _, part := range prop.Parts {
		if part.Kind == eval.Always {
			continue // an invariant to TLC
		}
		if !l.rebuild(part) {
			continue
		}
		if f := simpleFormula(part); f != nil {
			l.part(f)
		}
	}
}

// rebuild makes TLC's evaluations of part's constant-level nodes, as its
// astToLive makes them again before it evaluates the part on the lasso;
// false when one fails (TLC reports that and leaves the part).
func (l cexLasso) rebuild(part eval.Temporal) bool {
	for _, k := range part.Consts {
		if k.Replay(l.run) != nil {
			return false
		}
	}
	return true
}

// part evaluates f at position 0; an evaluator's panic ends it, as its
// error would.
func (l cexLasso) part(f *eval.LiveExpr) {
	defer func() { _ = recover() }()
	_, _ = l.eval(f, 0)
}

// eval is evalOnLasso of x at position i.
func (l cexLasso) eval(x *eval.LiveExpr, i int) (bool, error) {
	n := len(l.tr)
	switch x.Op {
	case eval.LiveBool:
		return x.Value, nil
	case eval.LiveState:
		return x.State(l.tr[i].State)
	case eval.LiveAction:
		j := l.cyc
		if i+1 < n {
			j = i + 1
		}
		return x.Action(l.tr[i].State, l.tr[j].State)
	case eval.LiveNot:
		v, err := l.eval(x.Kids[0], i)
		return !v, err
	case eval.LiveAnd, eval.LiveOr:
		and := x.Op == eval.LiveAnd
		kids := x.Kids
		if x.Angle && len(kids) == 2 {
			kids = []*eval.LiveExpr{kids[1], kids[0]} // <<A>>_v: v' # v first (liveaction.go)
		}
		for _, k := range kids {
			v, err := l.eval(k, i)
			if err != nil {
				return false, err
			}
			if v != and {
				return v, nil
			}
		}
		return and, nil
	case eval.LiveAlways, eval.LiveEventually:
		// <>F is true at the first true F, []F false at the first false.
		stop := x.Op == eval.LiveEventually
		for j := i; j < l.cyc; j++ {
			if v, err := l.eval(x.Kids[0], j); err != nil || v == stop {
				return v, err
			}
		}
		for j := l.cyc; j < n; j++ {
			if v, err := l.eval(x.Kids[0], j); err != nil || v == stop {
				return v, err
			}
		}
		return !stop, nil
	}
	return false, errUnknownLive
}

// errUnknownLive is an operator lassoPrints does not know: it stops.
var errUnknownLive = errors.New("model: unknown temporal operator")
