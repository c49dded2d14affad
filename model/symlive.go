package model

import (
	"github.com/wspcycle/wspcycle/tla/eval"
	"github.com/wspcycle/wspcycle/tla/value"
)

// With a SYMMETRY, a node of the behaviour graph is an orbit of states,
// expanded from the first state of the orbit the search met (its
// representative), while a step s -> t of the graph reaches some other
// member t of the orbit. TLC's liveness checking evaluates (LiveCheck
// addNextState) the state predicates of a node (checkState: the []<>P,
// <>[]P and ENABLED of the fairness conditions) on the representative it
// expands, the step predicates (checkAction) on s -> t, and the
// consistency of the successor's tableau node on t itself, the actual
// successor, not on the representative. So a product edge <s, q> ->
// <orbit(t), q'> exists when t satisfies q''s literals, though the
// representative of orbit(t) may not: with \A p \in P : st[p] = "busy"
// ~> st[p] = "idle" and P symmetric, the step Done(p1) from (busy, busy)
// reaches (idle, busy), whose orbit's representative may be (busy,
// idle); judged on the representative the step would stay in the
// tableau's []~(st[p1] = "idle") and make a cycle TLC does not have.
//
// The graph records, then, for each state predicate a tableau literal
// reads, its value on the actual successor as a step predicate of the
// edge (succOf), and the product (product.go) judges a product edge's
// tableau node by those. The stuttering step's successor is the state
// itself: its value is the state's own bit (stutterOf). Every part whose
// check has a tableau (<>P, P ~> Q) takes the general way (the product)
// then; the others (TLC's checks without a tableau) read only the node's
// and the steps' bits, as TLC's do.
//
// A product node first met after its state was expanded TLC expands at
// once from the actual successor t that recorded it (its private
// addNextState; livereexpand.go): that node's state predicates and
// successors are t's, not the representative's (symproduct.go).

// With a VIEW, a node of the behaviour graph is the set of states of one
// view, expanded from the first of them the search met, and TLC's
// liveness checking is the same as with a SYMMETRY: the node's state
// predicates on the state expanded, the consistency of a successor's
// tableau node on the actual successor, which the lasso then shows
// (TLC rev cc6b616: VMiss, <>(t = 1) with VIEW x, is violated by
// (x, t) = (0, 0), (1, 2), back to (0, 0), though the state kept for
// x = 1 is (1, 1), an initial one; VHold, <>(t = 2) with t counting the
// steps modulo 3, holds though the states kept have t = 0 and t = 1).
// Judged by the kept states, VMiss held and VHold was violated.

// actualSucc reports whether a node of sp's behaviour graph stands for
// states other than the one expanded (a SYMMETRY or a VIEW), whose actual
// successors TLC judges its tableau nodes by.
func actualSucc(sp *eval.Spec) bool { return sp.Symmetry != nil || sp.View != nil }

// symTableau reports whether a property part of this kind takes the
// general way because of the spec's SYMMETRY or VIEW: its check has a
// tableau.
func symTableau(sp *eval.Spec, k eval.TemporalKind) bool {
	return actualSucc(sp) && (k == eval.Eventually || k == eval.LeadsTo)
}

// addSuccessorBits registers, for each state predicate read by a tableau
// literal of a General part, the step predicate "it holds in the
// successor".
func (ls *liveSpec) addSuccessorBits() {
	ls.succOf = make([]int, len(ls.preds))
	for i := range ls.succOf {
		ls.succOf[i] = -1
	}
	for _, p := range ls.parts {
		for _, d := range p.disj {
			if d.tab == nil {
				continue
			}
			for _, lits := range d.tab.lits {
				for _, a := range lits {
					if a.action || ls.succOf[a.bit] >= 0 {
						continue
					}
					pred := ls.preds[a.bit]
					ls.succOf[a.bit] = len(ls.taken)
					ls.taken = append(ls.taken, func(_, t value.State) (bool, error) { return pred(t) })
					ls.stutterOf = append(ls.stutterOf, a.bit)
				}
			}
		}
	}
}

// succHas reports whether the state predicate of literal a holds in the
// successor of a step recorded with edge value tk (symmetry only).
func (ls *liveSpec) succHas(tk uint64, a atomRef) bool {
	return ls.edgeHas(tk, ls.succOf[a.bit])
}

// symSource gives the liveness check of a run with a SYMMETRY the states
// TLC's product construction evaluates on (symProduct): the state of a
// node (its representative, rebuilt from its fingerprints' chain) and the
// successors of a state, in the order the search generates them, kept by
// the constraints, with their fingerprints.
type symSource struct {
	state func(v int32) (value.State, bool)
	succ  func(s value.State, level int) ([]value.State, []uint64, error)
	// at makes level the level being expanded, and mutes the spec's
	// printing, until the function it returns is called
	// (checker.atLevel): TLC makes the product's evaluations during its
	// search, whose prints the livePrinter makes (liveprints.go).
	at func(level int) (restore func())
}

// symSource makes the checker's source, nil without a SYMMETRY or a VIEW. A state
// is rebuilt by replaying its fingerprints' chain (in disk mode read from
// the trace file), only for the steps that record a product node of a
// state already expanded.
func (c *checker) symSource(g *denseGraph) *symSource {
	if !actualSucc(c.sp) {
		return nil
	}
	var last rebuiltPath
	var saved *eval.CovSaved
	return &symSource{
		at: func(level int) func() {
			undo, restore := c.muted(), c.atLevel(level)
			return func() {
				restore()
				undo()
			}
		},
		state: func(v int32) (value.State, bool) {
			saved = covResave(c.sp.Coverage, saved)
			last = c.stateOf(g, v, last, saved)
			if len(last.tr) == 0 {
				return nil, false
			}
			return last.tr[len(last.tr)-1].State, true
		},
		succ: func(s value.State, level int) (ts []value.State, fps []uint64, err error) {
			saved = covResave(c.sp.Coverage, saved)
			undo := c.muted()
			// The successors' constraints and VIEW are evaluated at
			// their level, level+1, as the search evaluates them: a
			// constraint or a VIEW reading TLCGet("level") keeps or
			// names the successors as the search did (LF2's VIEW
			// <<TLCGet("level"), vars>>).
			restore := c.atLevel(level)
			defer func() {
				restore()
				undo()
				saved.Restore()
			}()
			err = c.nextAt(level, s, func(st eval.Step) error {
				t := st.State
				for _, p := range c.sp.Constraints {
					if ok, err := holds(p, s, t); err != nil || !ok {
						return err
					}
				}
				for _, p := range c.sp.ActionConstraints {
					if ok, err := p.Eval(s, t); err != nil || !ok {
						return err
					}
				}
				fp, err := c.fingerprint(t)
				if err != nil {
					return err
				}
				ts, fps = append(ts, t), append(fps, fp)
				return nil
			})
			return ts, fps, err
		},
	}
}
