package model

import "github.com/wspcycle/wspcycle/tla/eval"

// TLC warns, after a counterexample to a temporal property that ends in
// stuttering, that the stuttering may come from a missing fairness
// constraint (tlc2.tool.liveness.LiveWorker: Liveness.
// printStutteringCounterExampleWarning, messages 2257 and 2259), unless
// the order of solution the violation was found in has no possible error
// model (no <>[]A or []<>A conjunct in its disjuncts) and no promise (<>F
// of its tableau) with a [] inside F (OrderOfSolution.
// hasEmptyPEMAndBoxFreePromises): then stuttering is not what the
// fairness would exclude. For the property's negation that means: <>P
// (negation []~P) and []P (<>~P) get no warning; []<>P (<>[]~P), <>[]P
// ([]<>~P) and P ~> Q (<>(P /\ []~Q)) do. Report.StutterHint says it;
// whether the warning is printed (the specification has no fairness) is
// the printer's business.

// stutterHint reports, for the violated part, whether TLC's order of
// solution has a possible error model or a box in a promise. For a
// General part it is the first disjunct (in TLC's order) violated in g,
// searched again only when the disjuncts differ.
func (ls *liveSpec) stutterHint(g *denseGraph, part livePart) bool {
	switch part.kind {
	case eval.AlwaysEventually, eval.EventuallyAlways, eval.LeadsTo:
		return true
	case eval.General:
	default:
		return false
	}
	hint := func(d *disjunct) bool {
		return len(d.ea) > 0 || len(d.aeState) > 0 || len(d.aeAct) > 0 || d.boxPromise
	}
	same := true
	for _, d := range part.disj {
		same = same && hint(d) == hint(part.disj[0])
	}
	if len(part.disj) == 0 || same {
		return len(part.disj) > 0 && hint(part.disj[0])
	}
	for _, d := range part.disj {
		if ls.disjunctViolation(g, d) != nil {
			return hint(d)
		}
	}
	return false
}

// boxInPromise reports whether a formula <>F of fs (in the tableau's
// closure: anywhere outside an atom) has a [] in F.
func boxInPromise(fs []*lform) bool {
	var hasBox func(f *lform) bool
	hasBox = func(f *lform) bool {
		if f.op == lAlways {
			return true
		}
		for _, k := range f.kids {
			if hasBox(k) {
				return true
			}
		}
		return false
	}
	var walk func(f *lform) bool
	walk = func(f *lform) bool {
		if f.op == lEventually && hasBox(f.kids[0]) {
			return true
		}
		for _, k := range f.kids {
			if walk(k) {
				return true
			}
		}
		return false
	}
	for _, f := range fs {
		if walk(f) {
			return true
		}
	}
	return false
}
