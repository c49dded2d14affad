package eval

// TLC's actions of Next that share their predicate (Step(1) \/ Step(2):
// both are Step's body, in two contexts) share one coverage tree
// (CostModelCreator.create keeps one CostModel per Action.pred), so its
// report has one entry whose counts are the actions' together. Here each
// action has its own tree, compiled per call site: the report sums them.

// MergedCov is a new tree with the shape of a and b and, at each node,
// the sum of their counts; ok is false when their shapes differ (not the
// same expressions in the same order).
func MergedCov(a, b *CovNode) (*CovNode, bool) {
	if a == nil || b == nil || !sameCovNode(a, b) || len(a.Children) != len(b.Children) {
		return nil, false
	}
	m := &CovNode{From: a.From, To: a.To, Unchanged: a.Unchanged, Primed: a.Primed, ITE: a.ITE, OtherArm: a.OtherArm, key: a.key}
	m.count.Store(a.Count() + b.Count())
	m.cost.Store(a.Cost() + b.Cost())
	for i := range a.Children {
		c, ok := MergedCov(a.Children[i], b.Children[i])
		if !ok {
			return nil, false
		}
		m.Children = append(m.Children, c)
	}
	return m, true
}

// sameCovNode reports whether a and b are the nodes of one expression.
func sameCovNode(a, b *CovNode) bool {
	if a.From == nil || b.From == nil || a.To == nil || b.To == nil {
		return a.From == b.From && a.To == b.To
	}
	return a.From.Pos() == b.From.Pos() && a.To.Pos() == b.To.Pos() && a.OtherArm == b.OtherArm &&
		a.Unchanged == b.Unchanged && a.Primed == b.Primed && a.ITE == b.ITE
}
