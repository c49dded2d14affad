package eval

// CovSaved is the counts of a spec's coverage trees at one time
// (Coverage.Save), to be put back (Restore): the checker evaluates Init
// and Next to rebuild a trace from fingerprints in its own way, which
// TLC's counts do not hold, and then makes the evaluations TLC makes
// (model's covrebuild.go).
type CovSaved struct {
	nodes              []*CovNode
	counts, costs, eps []int64
}

// Save notes the counts of every node of cv's trees; nil for a nil cv.
func (cv *Coverage) Save() *CovSaved {
	if cv == nil {
		return nil
	}
	s := &CovSaved{}
	for _, r := range cv.roots() {
		if r == nil {
			continue
		}
		r.walk(func(n *CovNode) {
			s.nodes = append(s.nodes, n)
			s.counts = append(s.counts, n.count.Load())
			s.costs = append(s.costs, n.cost.Load())
			s.eps = append(s.eps, n.seen.Load())
		})
	}
	return s
}

// Restore puts back the counts Save noted. It must not be called while a
// search runs.
func (s *CovSaved) Restore() {
	if s == nil {
		return
	}
	for i, n := range s.nodes {
		n.count.Store(s.counts[i])
		n.cost.Store(s.costs[i])
		n.seen.Store(s.eps[i])
	}
}
