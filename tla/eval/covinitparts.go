package eval

import "github.com/wspcycle/wspcycle/tla/ast"

// TLC's initial predicate is the list of the specification's state-level
// conjuncts (SpecProcessor's init predicates: TestSpec == PrintT(R) /\ Spec
// with Spec == Init /\ [][Next]_v has two, PrintT(R) and Init), and its
// coverage report has an entry for each, with its own tree: a definition's
// from its body, labelled by its head, any other expression from itself,
// labelled "Action" with its range. A generated initial state counts on
// the conjunct in which its last variable got its value: TLC's
// Tool.getInitStates counts on the CostModel at hand when the state is
// complete, so a later filter (B == x > 0) or a PrintT before the
// assignments shows 0:0 (TLC rev cc6b616, probes coverage/CovInit2,
// CovInitPrint, CovInitInl; Examples' MCEcho).

// covInitPart compiles a later conjunct of the initial predicate (the
// first is covInit's) under a tree of its own, and notes which conjunct
// completes each state (finish.go's emit).
func (b *builder) covInitPart(e ast.Expr, en cenv) []step {
	body, benv := e, en
	if d, de, ok := b.c.userOp(e, en); ok {
		body, benv = d.Body, de
	}
	var steps []step
	root := b.c.covRoot(func() { steps = b.c.initAction(body, benv) })
	b.covInitMore = append(b.covInitMore, root)
	return steps
}

// finishInitParts gives cv the later conjuncts' trees, a counter of the
// states each conjunct completed (the first's at index 0), and the map
// from an assignment's node to its conjunct.
func (cv *Coverage) finishInitParts(more []*CovNode) {
	cv.InitMore = more
	cv.initDone = make([]*CovNode, 1+len(more))
	for i := range cv.initDone {
		cv.initDone[i] = &CovNode{}
	}
	if len(more) == 0 {
		return
	}
	cv.initPartOf = map[*CovNode]int{}
	for i, r := range more {
		r.walk(func(n *CovNode) { cv.initPartOf[n] = i + 1 })
	}
}

// initCompleted counts a generated initial state on the conjunct whose
// assignment at (the node of the step that gave the last variable its
// value) completed it.
func (cv *Coverage) initCompleted(at *CovNode) {
	if cv == nil || len(cv.initDone) == 0 {
		return
	}
	cv.initDone[cv.initPartOf[at]].count.Add(1)
}

// InitPartStates is, for each conjunct of the initial predicate (the
// first, then InitMore's), the initial states generated that it completed.
func (cv *Coverage) InitPartStates() []int64 {
	if cv == nil {
		return nil
	}
	out := make([]int64, len(cv.initDone))
	for i, n := range cv.initDone {
		out[i] = n.count.Load()
	}
	return out
}
