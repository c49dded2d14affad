package model

import (
	"fmt"

	"github.com/wspcycle/wspcycle/tla/eval"
	"github.com/wspcycle/wspcycle/tla/token"
	"github.com/wspcycle/wspcycle/tla/value"
)

// liveSpec is what the search must record for the temporal properties: one
// bit per state predicate (the P and Q of every property part, and ENABLED
// of every fairness condition) on each state, and one bit per fairness
// condition ("this step is an <<A>>_v step") on each edge. The liveness
// phase then needs no state values at all, only these bits and the
// fingerprints.
type liveSpec struct {
	preds []func(value.State) (bool, error)
	taken []func(s, t value.State) (bool, error)
	parts []livePart
	fair  []fairCond
	// stutterOf gives, for each edge bit, the state bit of the same
	// action on the stuttering step s -> s, or -1 (a fairness condition's
	// <<A>>_v is never a stuttering step).
	stutterOf []int
	atoms     map[atomKey]atomRef
}

// atomKey identifies an atom of a General part; an action is registered
// with its negation applied (edges have no "negated" flag).
type atomKey struct {
	x   *eval.LiveExpr
	neg bool
}

// livePart is one conjunct of a PROPERTY, with the bits of its P and Q.
type livePart struct {
	prop       int    // index into Spec.Properties
	name       string // the part's own name (an instance of a quantified formula), or ""
	kind       eval.TemporalKind
	pBit, qBit int         // qBit is -1 unless kind is LeadsTo
	disj       []*disjunct // kind General: the negation's disjuncts
}

// fairCond is one WF_/SF_ conjunct of the specification.
type fairCond struct {
	name   string
	strong bool
	enBit  int // state bit: ENABLED <<A>>_v
	tkBit  int // edge bit: an <<A>>_v step
}

// maxBits bounds the predicates of one run: they are kept in one uint64 per
// state and per edge.
const maxBits = 64

func newLiveSpec(sp *eval.Spec) (*liveSpec, error) {
	ls := &liveSpec{}
	addPred := func(p func(value.State) (bool, error)) int {
		ls.preds = append(ls.preds, p)
		return len(ls.preds) - 1
	}
	ls.atoms = map[atomKey]atomRef{}
	for i, prop := range sp.Properties {
		if len(prop.Parts) == 0 {
			return nil, token.Unsupported(prop.Pos, fmt.Sprintf("property %s has no temporal formula the checker can handle", prop.Name))
		}
		for _, part := range prop.Parts {
			lp := livePart{prop: i, name: part.Name, kind: part.Kind, qBit: -1}
			if part.Kind == eval.General || len(sp.FairnessFormulas) > 0 {
				// Fairness formulas other than WF/SF belong in the normal
				// form, so every part takes the general way then.
				f := simpleFormula(part)
				if f == nil {
					return nil, fmt.Errorf("model: property %s has a part without a formula", prop.Name)
				}
				ds, err := ls.general(sp.FairnessFormulas, f)
				if err != nil {
					return nil, token.Unsupported(prop.Pos, fmt.Sprintf("temporal property %s of this form: %v", prop.Name, err))
				}
				lp.kind, lp.disj = eval.General, ds
				ls.parts = append(ls.parts, lp)
				continue
			}
			switch part.Kind {
			case eval.Always, eval.Eventually, eval.AlwaysEventually, eval.EventuallyAlways:
			case eval.LeadsTo:
				if part.Q == nil {
					return nil, token.Unsupported(prop.Pos, "property "+prop.Name+": ~> without a right-hand side")
				}
				lp.qBit = addPred(part.Q)
			default:
				return nil, token.Unsupported(prop.Pos, fmt.Sprintf("property %s: temporal form %d", prop.Name, part.Kind))
			}
			if part.P == nil {
				return nil, token.Unsupported(prop.Pos, "property "+prop.Name+": a temporal part without a predicate")
			}
			lp.pBit = addPred(part.P)
			ls.parts = append(ls.parts, lp)
		}
	}
	for _, f := range sp.Fairness {
		if f.Enabled == nil || f.Taken == nil {
			return nil, fmt.Errorf("model: fairness condition %s has no ENABLED or step predicate", f.Name)
		}
		fc := fairCond{name: f.Name, strong: f.Strong, enBit: addPred(f.Enabled), tkBit: len(ls.taken)}
		ls.taken = append(ls.taken, f.Taken)
		ls.stutterOf = append(ls.stutterOf, -1)
		ls.fair = append(ls.fair, fc)
	}
	if len(ls.preds) > maxBits || len(ls.taken) > maxBits {
		pos := token.Pos{}
		if len(sp.Properties) > 0 {
			pos = sp.Properties[0].Pos
		}
		return nil, token.Unsupported(pos, fmt.Sprintf("more than %d state predicates or fairness conditions in the temporal properties", maxBits))
	}
	return ls, nil
}

// general puts fairness /\ ~f in normal form and registers its atoms.
func (ls *liveSpec) general(fairness []*eval.LiveExpr, f *eval.LiveExpr) ([]*disjunct, error) {
	x := &eval.LiveExpr{Op: eval.LiveAnd}
	x.Kids = append(append(x.Kids, fairness...), &eval.LiveExpr{Op: eval.LiveNot, Kids: []*eval.LiveExpr{f}})
	conjs, err := dnf(nnf(x, false))
	if err != nil {
		return nil, err
	}
	var out []*disjunct
	for _, conj := range conjs {
		d, err := classify(conj, ls.atom)
		if err != nil {
			return nil, err
		}
		out = append(out, d)
	}
	return out, nil
}

// atom returns the bits of an atom, registering it the first time.
func (ls *liveSpec) atom(x *eval.LiveExpr, neg bool) atomRef {
	if !x.HasAction() {
		if r, ok := ls.atoms[atomKey{x, false}]; ok {
			r.neg = neg
			return r
		}
		ls.preds = append(ls.preds, func(s value.State) (bool, error) { return evalLive(x, s, nil) })
		r := atomRef{bit: len(ls.preds) - 1, stutterBit: -1}
		ls.atoms[atomKey{x, false}] = r
		r.neg = neg
		return r
	}
	if r, ok := ls.atoms[atomKey{x, neg}]; ok {
		return r
	}
	ls.taken = append(ls.taken, func(s, t value.State) (bool, error) {
		ok, err := evalLive(x, s, t)
		return ok != neg, err
	})
	ls.preds = append(ls.preds, func(s value.State) (bool, error) {
		ok, err := evalLive(x, s, s)
		return ok != neg, err
	})
	r := atomRef{action: true, bit: len(ls.taken) - 1, stutterBit: len(ls.preds) - 1}
	ls.stutterOf = append(ls.stutterOf, r.stutterBit)
	ls.atoms[atomKey{x, neg}] = r
	return r
}

func (ls *liveSpec) stateBits(t value.State) (uint64, error) {
	var b uint64
	for i, p := range ls.preds {
		ok, err := p(t)
		if err != nil {
			return 0, err
		}
		if ok {
			b |= 1 << uint(i)
		}
	}
	return b, nil
}

func (ls *liveSpec) takenBits(s, t value.State) (uint64, error) {
	var b uint64
	for i, p := range ls.taken {
		ok, err := p(s, t)
		if err != nil {
			return 0, err
		}
		if ok {
			b |= 1 << uint(i)
		}
	}
	return b, nil
}

// liveNode and liveEdge are the behaviour graph as the search records it.
type liveNode struct {
	fp    uint64
	bits  uint64
	depth int32
}

type liveEdge struct {
	from, to uint64
	taken    uint64
}

// liveGraph is the recorded behaviour graph; index() turns it into
// adjacency arrays over dense node ids for the SCC search.
type liveGraph struct {
	nodes []liveNode
	edges []liveEdge
}
