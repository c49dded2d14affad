package model

// prefixes computes, for every node of the subgraph of sub nodes reached
// from the sources (sorted by depth, each entering at its depth - 1), the
// steps of the shortest behaviour prefix reaching it (key; -1: not
// reached), the node before it on that prefix (parent; -1 at a source) and
// the source it starts at (origin).
//
// A step for which same(v, w) holds costs nothing: a step of a product
// graph that changes the tableau node and not the state, which the printed
// trace drops (projectLasso). TLC's prefix is a shortest path of its
// product graph (AbstractDiskGraph.getPath), whose tableau lets the state
// stay while the tableau moves on where ours takes a step; counted in
// states, ours is as short as TLC's (Examples' MCRealTimeHourClock: three
// states, not four). Without such steps this is a breadth-first search.
//
// Nodes are expanded in order of key, sources first on ties, then in the
// order they were reached: the first prefix found to a node is kept unless
// a free step finds a shorter.
func prefixes(g *denseGraph, sub func(int32) bool, sources []int32, same func(v, w int32) bool) (key, parent, origin []int32) {
	n := g.n()
	key, parent, origin = make([]int32, n), make([]int32, n), make([]int32, n)
	for i := range key {
		key[i] = -1
	}
	expanded := make([]bool, n)
	var buckets [][]int32 // buckets[k]: the nodes reached with key k, in order
	push := func(k, v int32) {
		for int(k) >= len(buckets) {
			buckets = append(buckets, nil)
		}
		buckets[k] = append(buckets[k], v)
	}
	expand := func(v int32) {
		expanded[v] = true
		succ, _ := g.adj(v)
		for _, w := range succ {
			if !sub(w) || expanded[w] {
				continue
			}
			k := key[v] + 1
			if same != nil && same(v, w) {
				k = key[v]
			}
			if key[w] >= 0 && key[w] <= k {
				continue
			}
			key[w], parent[w], origin[w] = k, v, origin[v]
			push(k, w)
		}
	}
	si := 0
	for k := int32(0); si < len(sources) || int(k) < len(buckets); k++ {
		// Every source of this key is one before any is expanded: one
		// source's step to another must not make that one a node of its
		// prefix (an initial product node would start a step late).
		first := si
		for si < len(sources) && g.depth[sources[si]]-1 <= k {
			if v := sources[si]; key[v] < 0 {
				key[v], parent[v], origin[v] = g.depth[v]-1, -1, v
			}
			si++
		}
		for _, v := range sources[first:si] {
			if parent[v] < 0 && !expanded[v] {
				expand(v)
			}
		}
		if int(k) >= len(buckets) {
			continue
		}
		for i := 0; i < len(buckets[k]); i++ {
			if v := buckets[k][i]; !expanded[v] && key[v] == k {
				expand(v)
			}
		}
		buckets[k] = nil
	}
	return key, parent, origin
}
