package model

import (
	"github.com/wspcycle/wspcycle/tla/eval"
	"github.com/wspcycle/wspcycle/tla/value"
)

// An action in a property, []<>A or <>[]A, is a step predicate of TLC's
// liveness problem like a fairness condition's: evaluated on s0 -> s1 for
// each successor s1 of a state s0 expanded and on s0 -> s0 (liveprints.go).
// TLC evaluates <<A>>_v as LNAction does, v' # v first and A only when v
// changes (A is not evaluated on the stuttering step); any other action,
// [A]_v included, as a whole (A first, then v' = v). evalTLC is evalLive
// in that order.

// evalTLC evaluates the atom x on s -> t in TLC's order.
func evalTLC(x *eval.LiveExpr, s, t value.State) (bool, error) {
	if x.Op == eval.LiveAnd && x.Angle && len(x.Kids) == 2 {
		ch, err := evalTLC(x.Kids[1], s, t)
		if err != nil || !ch {
			return false, err
		}
		return evalTLC(x.Kids[0], s, t)
	}
	switch x.Op {
	case eval.LiveNot:
		ok, err := evalTLC(x.Kids[0], s, t)
		return !ok, err
	case eval.LiveAnd, eval.LiveOr:
		and := x.Op == eval.LiveAnd
		for _, k := range x.Kids {
			ok, err := evalTLC(k, s, t)
			if err != nil {
				return false, err
			}
			if ok != and {
				return ok, nil
			}
		}
		return and, nil
	}
	return evalLive(x, s, t)
}

// actAtom is an action atom of a property, negated when neg.
type actAtom struct {
	x   *eval.LiveExpr
	neg bool
}

// actionAtoms returns the action atoms of ls by their edge bit.
func (ls *liveSpec) actionAtoms() map[int]actAtom {
	m := map[int]actAtom{}
	for k, r := range ls.atoms {
		if r.action {
			m[r.bit] = actAtom{x: k.x, neg: k.neg}
		}
	}
	return m
}

// action evaluates the action item it on s -> t.
func (lp *livePrinter) action(it liveItem, s, t value.State) bool {
	a := lp.acts[it.act-1]
	ok, _ := evalTLC(a.x, s, t)
	return ok != a.neg
}

// item evaluates a step predicate item on s -> t: a state predicate in s,
// an action on s -> t, a group's disjuncts in order up to the first true.
func (lp *livePrinter) item(it liveItem, s, t value.State) bool {
	switch {
	case it.grp > 0:
		for _, d := range lp.groups[it.grp-1] {
			if lp.item(d, s, t) {
				return true
			}
		}
		return false
	case it.act > 0:
		return lp.action(it, s, t)
	}
	return lp.state(it, s)
}

// hasAct reports whether one of the items is an action (a group of them is
// an action-level body to TLC).
func hasAct(lists ...[]liveItem) bool {
	for _, items := range lists {
		for _, it := range items {
			if it.act > 0 {
				return true
			}
		}
	}
	return false
}
