package model

import (
	"errors"
	"fmt"

	"github.com/wspcycle/wspcycle/tla/eval"
	"github.com/wspcycle/wspcycle/tla/token"
)

// BehaviourChecker checks the temporal properties of a spec on single
// finite behaviours, as TLC's simulator does with each behaviour it
// generates: the behaviour's states and steps form a graph (a state met
// twice closes a cycle, and every state may stutter), and a property is
// violated when that graph holds a fair behaviour violating it. Each
// lasso it reports is a behaviour of the spec; like TLC's simulator it
// judges some state predicates one state late (behaviourshift.go), so a
// lasso may violate no property when evaluated on its states
// (LivenessViolation.NoneViolated), as TLC reports it.
type BehaviourChecker struct {
	c *checker // fingerprints (with the VIEW) and the liveness machinery
	// Behaviours revisit the same states and steps over and over, and the
	// predicates (ENABLED above all) are the cost of a check: their bits
	// are kept by fingerprint, up to maxCached entries each.
	stateBits map[uint64]uint64
	stepBits  map[[2]uint64]uint64
	// tlc, when not nil, are TLC's branches, which Check follows as TLC's
	// LiveCheck1 does (livecheck1.go).
	tlc     *livePrinter
	lcCache *lc1Cache
}

// maxCached bounds each cache of BehaviourChecker (about 40 MB at most).
const maxCached = 1 << 20

// LivenessViolation is a temporal property a behaviour violates, with its
// counterexample in Report's terms (Trace, LoopBack, LoopStep).
type LivenessViolation struct {
	Property string
	Pos      token.Pos
	Trace    []TraceState
	LoopBack int
	LoopStep TraceState
	// Violated and NoneViolated are Report's: the properties the lasso
	// violates, evaluated on its states, when they are several; none.
	Violated     []string
	NoneViolated bool
}

// NewBehaviourChecker prepares the temporal properties of sp; it returns
// nil (and no error) when sp has none.
func NewBehaviourChecker(sp *eval.Spec) (*BehaviourChecker, error) {
	if sp.SplitErr != nil {
		// TLC fails splitting Next before anything else (check.go).
		return nil, &LiveConstError{Err: sp.SplitErr}
	}
	if len(sp.Properties) == 0 {
		return nil, nil
	}
	ls, err := newLiveSpec(sp)
	if errors.Is(err, ErrTautology) {
		// TLC's simulator reports no tautology: it has nothing to check
		// (TLC rev cc6b616, -simulate, a negation folded to FALSE).
		return nil, nil
	}
	if err != nil {
		return nil, err
	}
	bc := &BehaviourChecker{c: &checker{sp: sp, live: ls}, stateBits: map[uint64]uint64{}, stepBits: map[[2]uint64]uint64{}}
	if tlcFollows(ls) {
		if lp := newTLCBranches(sp, ls); lp != nil {
			lp.c = bc.c
			bc.tlc = lp
		}
	}
	return bc, nil
}

// Check checks the behaviour b (b[0] an initial state, each next state
// reached by the step its Action names) against every property part, in
// the order of the cfg, and returns the first violation, or nil. An error
// is an evaluation error of a property's predicates.
func (bc *BehaviourChecker) Check(b []TraceState) (v *LivenessViolation, err error) {
	if bc == nil || len(b) == 0 {
		return nil, nil
	}
	defer func() {
		if r := recover(); r != nil {
			v, err = nil, fmt.Errorf("internal error while checking temporal properties: %v", r)
		}
	}()
	c, ls := bc.c, bc.c.live
	fps := make([]uint64, len(b))
	if bc.tlc != nil {
		for i, ts := range b {
			if fps[i], err = c.fingerprint(ts.State); err != nil {
				return nil, err
			}
		}
		if v, ok := bc.checkTLC(b, fps); ok {
			return v, nil
		}
	}
	first := map[uint64]int{} // fingerprint -> first index in b
	var lg liveGraph
	prevOf := map[uint64]uint64{} // a node's first state -> the bits of the state before it
	// A predicate may read TLCGet("level"): TLC's LiveCheck1 evaluates
	// each state of the behaviour at its level (its place, 1 for the
	// first), a step at its first state's. The caches by fingerprint
	// serve only while no evaluation has read the level.
	run := c.sp.Run
	atLevel := func(level int) func() {
		if run == nil {
			return func() {}
		}
		return run.AtLevel(level)
	}
	bitsOf := func(i int) (uint64, error) {
		bits, ok := bc.stateBits[fps[i]]
		if !ok || run.LevelRead() {
			var err error
			restore := atLevel(i) // state i is at level i+1: one past the level "expanded"
			bits, err = ls.stateBits(b[i].State)
			restore()
			if err != nil {
				return 0, err
			}
			if len(bc.stateBits) < maxCached {
				bc.stateBits[fps[i]] = bits
			}
		}
		return bits, nil
	}
	for i, ts := range b {
		fp, err := c.fingerprint(ts.State)
		if err != nil {
			return nil, err
		}
		fps[i] = fp
		if _, ok := first[fp]; !ok {
			first[fp] = i
			bits, err := bitsOf(i)
			if err != nil {
				return nil, err
			}
			if i > 0 {
				if prevOf[fp], err = bitsOf(i - 1); err != nil {
					return nil, err
				}
			}
			lg.nodes = append(lg.nodes, liveNode{fp: fp, bits: bits, depth: int32(i + 1)})
		}
		if i > 0 {
			key := [2]uint64{fps[i-1], fp}
			taken, ok := bc.stepBits[key]
			if !ok || run.LevelRead() {
				restore := atLevel(i) // the step's first state, b[i-1], is at level i
				taken, err = ls.takenBits(b[i-1].State, ts.State)
				restore()
				if err != nil {
					return nil, err
				}
				if len(bc.stepBits) < maxCached {
					bc.stepBits[key] = taken
				}
			}
			lg.edges = append(lg.edges, liveEdge{from: fps[i-1], to: fp, taken: taken})
		}
	}
	g := lg.index()
	prev, hasPrev := make([]uint64, g.n()), make([]bool, g.n())
	for v := range g.n() {
		prev[v], hasPrev[v] = prevOf[g.fps[v]]
	}
	// step names the step from fingerprint u to w as the behaviour took it.
	step := func(u, w uint64) TraceState {
		for i := 1; i < len(b); i++ {
			if fps[i-1] == u && fps[i] == w {
				return b[i]
			}
		}
		return TraceState{State: b[first[w]].State}
	}
	for _, part := range ls.parts {
		l := ls.behaviourViolation(g, prev, hasPrev, part)
		if l == nil {
			continue
		}
		prop := c.sp.Properties[part.prop]
		v := &LivenessViolation{Property: prop.Name, Pos: prop.Pos}
		if part.name != "" {
			v.Property = part.name
		}
		o := first[g.fps[l.origin]]
		tr := append([]TraceState(nil), b[:o+1]...)
		path := []uint64{g.fps[l.origin]}
		for _, n := range l.stem {
			path = append(path, g.fps[n])
		}
		loop := 0
		if !l.finite {
			loop = o + len(path)
			for _, n := range l.cycle {
				path = append(path, g.fps[n])
			}
		}
		for k := 1; k < len(path); k++ {
			tr = append(tr, step(path[k-1], path[k]))
		}
		MarkChanged(tr)
		v.Trace, v.LoopBack = tr, loop
		if loop > 0 && loop < len(tr) {
			v.LoopStep = step(path[len(path)-1], path[loop-1-o])
		}
		v.Violated, v.NoneViolated = bc.attribute(v)
		return v, nil
	}
	return nil, nil
}

// Branches is TLC's number of branches of the implied-temporal
// satisfiability problem (liveSpec.branches); 0 for a nil checker.
func (b *BehaviourChecker) Branches() int {
	if b == nil || b.c == nil || b.c.live == nil {
		return 0
	}
	return b.c.live.branches()
}
