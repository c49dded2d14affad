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
}

// livePart is one conjunct of a PROPERTY, with the bits of its P and Q.
type livePart struct {
	prop       int    // index into Spec.Properties
	name       string // the part's own name (an instance of a quantified formula), or ""
	kind       eval.TemporalKind
	pBit, qBit int // qBit is -1 unless kind is LeadsTo
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
	for i, prop := range sp.Properties {
		if len(prop.Parts) == 0 {
			return nil, token.Unsupported(prop.Pos, fmt.Sprintf("property %s has no temporal formula the checker can handle", prop.Name))
		}
		for _, part := range prop.Parts {
			lp := livePart{prop: i, name: part.Name, kind: part.Kind, qBit: -1}
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
	disk  *diskGraph // the disk-backed search: nodes and edges are in its files
}
