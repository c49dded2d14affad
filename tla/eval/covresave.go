package eval

// Resave notes again, in s, the counts of the nodes Save noted: for a
// caller that puts the counts back many times in one search (the
// checker's liveness print emulation, once per state), the trees are
// walked and the notes allocated once, not at each save.
func (s *CovSaved) Resave() {
	if s == nil {
		return
	}
	for i, n := range s.nodes {
		s.counts[i] = n.count.Load()
		s.costs[i] = n.cost.Load()
		s.eps[i] = n.seen.Load()
	}
}
