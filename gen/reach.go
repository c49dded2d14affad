package gen

import "github.com/wspcycle/wspcycle/tla/token"

// reach explores the (phase, counter) pairs reachable from (Initial, 0) under the compiled
// actions, for every bound 1..MaxBound. It records which (action, phase) edges can fire
// (the graph draws only those) and reports an action that takes the counter outside
// 0..bound from a reachable point: a missing guard that the runtime would turn into a
// negative count or an overflow.
func reach(m *Machine) error {
	type point struct {
		s    string
		refs int
	}
	m.live = map[edgeKey]bool{}
	var errs token.ErrorList
	reported := map[*Action]bool{}
	for max := 1; max <= m.Proof.MaxBound; max++ {
		start := point{m.Initial, 0}
		seen := map[point]bool{start: true}
		queue := []point{start}
		for len(queue) > 0 {
			pt := queue[0]
			queue = queue[1:]
			e := env{refs: pt.refs, max: max}
			for _, a := range m.Actions {
				if a.Hand || !a.enabled(pt.s, e) {
					continue
				}
				m.live[edgeKey{a, pt.s}] = true
				next := point{a.target(pt.s), pt.refs}
				if a.Refs != nil {
					next.refs = a.Refs.eval(e)
				}
				if next.refs < 0 || (m.Max != "" && next.refs > max) {
					if !reported[a] {
						reported[a] = true
						errs.Add(a.Pos, "action "+a.Name+" takes "+m.Counter+" from "+itoa(pt.refs)+" to "+itoa(next.refs)+
							" in phase "+pt.s+boundText(m, max)+": the counter must stay in 0.."+boundName(m))
					}
					continue
				}
				if m.Max == "" && next.refs > max {
					continue // no bound: the counter is explored up to MaxBound
				}
				if !seen[next] {
					seen[next] = true
					queue = append(queue, next)
				}
			}
		}
	}
	return sorted(errs)
}

type edgeKey struct {
	a *Action
	s string
}

func boundName(m *Machine) string {
	if m.Max == "" {
		return "∞"
	}
	return m.Max
}
