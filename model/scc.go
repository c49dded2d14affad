package model

// sccFinder computes strongly connected components with Tarjan's algorithm
// made iterative: an explicit stack of (node, next edge) frames replaces
// recursion, so a state graph with a path of millions of states cannot
// overflow the goroutine stack. Its per-node arrays are allocated once for
// the whole graph and reset after each call only where they were touched,
// so the many small calls of the fairness refinement stay cheap.
type sccFinder struct {
	g       *denseGraph
	index   []int32 // -1: not visited in this call
	low     []int32
	onStack []bool
}

func newSCCFinder(g *denseGraph) *sccFinder {
	f := &sccFinder{g: g, index: make([]int32, g.n()), low: make([]int32, g.n()), onStack: make([]bool, g.n())}
	for i := range f.index {
		f.index[i] = -1
	}
	return f
}

// components is a list of strongly connected components, flat: component
// i is nodes[ends[i-1]:ends[i]] (ends[-1] being 0). One array for all of
// them, not a slice each: a graph of millions of states has about as many
// components, most of one node.
type components struct {
	nodes []int32
	ends  []int32
}

func (cs *components) len() int { return len(cs.ends) }

func (cs *components) at(i int) []int32 {
	lo := int32(0)
	if i > 0 {
		lo = cs.ends[i-1]
	}
	return cs.nodes[lo:cs.ends[i]:cs.ends[i]]
}

// sccs returns the strongly connected components of the subgraph induced
// by nodes (in must report membership in that same set). Components come
// out in reverse topological order, as in the recursive algorithm.
func (f *sccFinder) sccs(nodes []int32, in func(int32) bool) components {
	g := f.g
	var stack, visited []int32
	type frame struct {
		v  int32
		ei int32 // the next edge, in v's successor list
	}
	var frames []frame
	var out components
	counter := int32(0)
	visit := func(v int32) {
		f.index[v], f.low[v] = counter, counter
		counter++
		stack = append(stack, v)
		visited = append(visited, v)
		f.onStack[v] = true
		frames = append(frames, frame{v, 0})
	}
	for _, root := range nodes {
		if f.index[root] >= 0 {
			continue
		}
		visit(root)
		for len(frames) > 0 {
			fr := &frames[len(frames)-1]
			v := fr.v
			// One edge at each step, not the successor list kept in the
			// frame: in disk mode that would pin a page per frame.
			if w, ok := g.edge(v, fr.ei); ok {
				fr.ei++
				if !in(w) {
					continue
				}
				if f.index[w] < 0 {
					visit(w)
				} else if f.onStack[w] {
					f.low[v] = min(f.low[v], f.index[w])
				}
				continue
			}
			frames = frames[:len(frames)-1]
			if f.low[v] == f.index[v] {
				for {
					w := stack[len(stack)-1]
					stack = stack[:len(stack)-1]
					f.onStack[w] = false
					out.nodes = append(out.nodes, w)
					if w == v {
						break
					}
				}
				out.ends = append(out.ends, int32(len(out.nodes)))
			}
			if len(frames) > 0 {
				p := frames[len(frames)-1].v
				f.low[p] = min(f.low[p], f.low[v])
			}
		}
	}
	for _, v := range visited {
		f.index[v] = -1
	}
	return out
}
