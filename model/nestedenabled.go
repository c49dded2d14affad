package model

import (
	"errors"

	"github.com/wspcycle/wspcycle/tla/eval"
	"github.com/wspcycle/wspcycle/tla/value"
)

// livePredError is an error evaluating the state predicate of index
// index of a liveSpec (liveSpec.stateBits).
type livePredError struct {
	index int
	err   error
}

func (e *livePredError) Error() string { return e.err.Error() }
func (e *livePredError) Unwrap() error { return e.err }

// fairEnabled reports whether err is an error evaluating the ENABLED of a
// fairness condition. TLC evaluates it on a state when it expands the
// state, after computing its successors (TLC rev cc6b616, LFair in
// model/testdata/tlc/evalerrors/pending: the trace ends at the state, its
// successors counted), where the search computes it when the state is
// added: the error waits in checker.liveDeferred until then.
func (ls *liveSpec) fairEnabled(err error) bool {
	var pe *livePredError
	if !errors.As(err, &pe) {
		return false
	}
	for _, f := range ls.fair {
		if f.enBit == pe.index {
			return true
		}
	}
	return ls.checkStatePred(pe.index)
}

// checkStatePred reports whether the state predicate of index i is one
// TLC checks on a state when it expands it (OrderOfSolution.checkState,
// with the fairness conditions' ENABLED): the P of []<>P or <>[]P, as a
// property of its own or a conjunct of a disjunct of a property's
// negation. Its error is met then, its successors generated (TLC rev
// cc6b616, model/testdata/tlc/evalerrors: LAE, LEA, LAEEnabled), where
// the predicates of the tableau are evaluated on a successor (LState).
func (ls *liveSpec) checkStatePred(i int) bool {
	for _, p := range ls.parts {
		switch p.kind {
		case eval.AlwaysEventually, eval.EventuallyAlways:
			if p.pBit == i {
				return true
			}
		case eval.General:
			for _, d := range p.disj {
				for _, refs := range [][]atomRef{d.aeState, d.ea} {
					for _, r := range refs {
						if !r.action && r.bit == i {
							return true
						}
					}
				}
			}
		}
	}
	return false
}

// deferredEnabled is the verdict for the error of a fairness condition's
// ENABLED on s, just expanded, if one was met when s was added; nil
// otherwise.
func (c *checker) deferredEnabled(s value.State, sfp uint64, level int) *violation {
	e, ok := c.liveDeferred.Load(sfp)
	if !ok {
		return nil
	}
	v := evalError(e.(error), sfp, level)
	v.target, v.expanding, v.liveEval = s, true, true
	return v
}

// LiveStateEval evaluates the temporal properties' state predicates of sp
// on s, as the search does on a state it adds; the first evaluation error,
// nil when none (for `wspcycle tlc`'s replay, as LiveStepEval).
func LiveStateEval(sp *eval.Spec, s value.State) error {
	ls, err := newLiveSpec(sp)
	if err != nil || ls == nil {
		return err
	}
	_, err = ls.stateBits(s)
	return err
}
