package eval

import (
	"strings"

	"github.com/wspcycle/wspcycle/tla/value"
)

// TLC's -maxSetSize (value.MaxEnum) bounds only the sets TLC builds. In an
// action, x \in S walks S's own enumerator, never building S: TLC rev
// cc6b616 answers x \in [1..2 -> 1..4], x \in SUBSET (1..4), x \in
// [a : 1..4, b : 1..4] and x \in (1..4) \X (1..4) with -maxSetSize 10. An
// action's \E walks SUBSET S the same way but builds a function, record or
// tuple set, which the bound refuses (model/testdata/tlc/setbound).

// actionWalk is, for s, the set of x \in s or (subsetOnly) of an action's
// \E, whose Enum failed with err, a walk over its elements when building
// it was refused for the bound alone; nil otherwise (the caller reports
// err).
func actionWalk(s value.SetValue, err error, subsetOnly bool) func(func(value.Value) (bool, error)) error {
	if !value.TooLarge(err) {
		if subsetOnly {
			// An action's \E sorts its bound (TLC rev cc6b616: \E y
			// \in UNION {{<<1, 1>>}, 1..2} : x' = y fails).
			return nil
		}
		return unsortedWalk(s)
	}
	switch s := s.(type) {
	case *value.SubsetV:
		return subsetWalk(s)
	case *value.FcnSetV, *value.RcdSetV:
		if !subsetOnly {
			return baseWalk(s, false)
		}
	case *value.ProductV:
		if !subsetOnly {
			return func(f func(value.Value) (bool, error)) error { return value.EachTuple(s, f) }
		}
	case *value.CupV:
		if !subsetOnly && s.Bad == nil {
			return cupWalk(s)
		}
	}
	return nil
}

// cupWalk is a walk over the elements of a union too large to build, as
// TLC's x \in S in an action and its isSubsetEq walk its SetCupValue or
// UnionValue (value.CupV.Walked): duplicates included (TLC rev cc6b616:
// x \in UNION {1..8, 5..10} under -maxSetSize 10 generates 14 initial
// states, 10 distinct; golden setbound/InUnion).
func cupWalk(s *value.CupV) func(func(value.Value) (bool, error)) error {
	return func(f func(value.Value) (bool, error)) error {
		elems, err := s.Walked()
		if err != nil {
			return err
		}
		return visitEach(elems, f)
	}
}

// walkMember is the action step st, x \in S for a set too large to build
// that TLC walks (actionWalk), run for each element walk gives. It is a
// method of its own, not a closure in run: a closure there that captures
// run's loop index moves that index to the heap, an allocation on every
// call of run (the hot path of every action).
func (k *ctx) walkMember(st *step, walk func(func(value.Value) (bool, error)) error, seq []step, i int) error {
	err := walk(func(v value.Value) (bool, error) {
		k.t[st.v] = v
		if err := k.run(seq, i+1); err != nil {
			return false, err
		}
		return true, nil
	})
	k.t[st.v] = nil
	return err
}

// walkExists is the action step st, an \E over a set too large to build
// that TLC walks (actionWalk), run for each element walk gives: the
// guards that do not depend on the bound variable first (the set is not
// empty: SUBSET S holds {}), then the body once per element.
func (k *ctx) walkExists(st *step, walk func(func(value.Value) (bool, error)) error, seq []step, i int) error {
	for j := range st.pre {
		b, err := st.preGuard(k, j)
		if err != nil || !b {
			return err
		}
	}
	return walk(func(v value.Value) (bool, error) {
		if err := st.b.bind(k, v); err != nil {
			return false, st.boundChecked(err)
		}
		if k.only != nil && k.otherBinding(st.b.slots) {
			return true, nil
		}
		if err := k.branch(st.branches[0], seq, i+1); err != nil {
			return false, err
		}
		return true, nil
	})
}

// subsetWalk is a walk over SUBSET S's elements one at a time, through
// value.Prepare's cursor: for an action that TLC lets walk it, and for a
// lazy filter of SUBSET S when it is enumerated (baseWalk).
func subsetWalk(s *value.SubsetV) func(func(value.Value) (bool, error)) error {
	return func(f func(value.Value) (bool, error)) error {
		el, err := value.Prepare(s)
		if err != nil {
			return err
		}
		for c := el.Cursor(); ; {
			v, ok := c.Next()
			if !ok {
				return nil
			}
			if more, err := f(v); err != nil || !more {
				return err
			}
		}
	}
}

// unsortedWalk is a walk over s, a lazy union or a filter of one whose
// elements TLC cannot sort, as TLC's x \in S in an action walks its
// enumerator without sorting it (value.WalkUnsorted); nil for any other
// set.
func unsortedWalk(s value.SetValue) func(func(value.Value) (bool, error)) error {
	switch s := s.(type) {
	case *value.FcnSetV, *value.RcdSetV, *value.ProductV:
		if !value.HasUnsortedOperand(s) {
			return nil
		}
		return func(f func(value.Value) (bool, error)) error {
			switch s := s.(type) {
			case *value.FcnSetV:
				return value.EachFcn(s, f)
			case *value.RcdSetV:
				return value.EachRcd(s, f)
			}
			return value.EachTuple(s.(*value.ProductV), f)
		}
	case *value.CupV, *value.FilterV:
	default:
		return nil
	}
	elems, ok, err := value.WalkUnsorted(s)
	if !ok {
		return nil
	}
	return func(f func(value.Value) (bool, error)) error {
		if err != nil {
			return err
		}
		return visitEach(elems, f)
	}
}

// visitEach gives f the elements in order until it asks to stop or fails,
// as a walk does (cupWalk, and the walk of a union TLC does not sort).
func visitEach(elems []value.Value, f func(value.Value) (bool, error)) error {
	for _, v := range elems {
		if more, err := f(v); err != nil || !more {
			return err
		}
	}
	return nil
}

// setTooLarge reports whether msg is TLC's refusal of a set of more than
// -maxSetSize elements: a util.WrongInvocationException thrown by its
// ValueVec, which carries no position, so TLC prints no range after it
// (an ASSUME: "Evaluating assumption ... failed." and the message alone,
// TLC rev cc6b616, golden setbound/AsmFcn).
func setTooLarge(msg string) bool {
	return strings.HasPrefix(msg, "Attempted to construct a set with too many elements (>")
}
