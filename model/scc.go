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

// sccs returns the strongly connected components of the subgraph induced
// by nodes (in must report membership in that same set). Components come
// out in reverse topological order, as in the recursive algorithm.
func (f *sccFinder) sccs(nodes []int32, in func(int32) bool) [][]int32 {
	g := f.g
	var stack, visited []int32
	type frame struct {
		v  int32
		ei int32
	}
	var frames []frame
	var out [][]int32
	counter := int32(0)
	visit := func(v int32) {
		f.index[v], f.low[v] = counter, counter
		counter++
		stack = append(stack, v)
		visited = append(visited, v)
		f.onStack[v] = true
		frames = append(frames, frame{v, g.start[v]})
	}
	for _, root := range nodes {
		if f.index[root] >= 0 {
			continue
		}
		visit(root)
		for len(frames) > 0 {
			fr := &frames[len(frames)-1]
			v := fr.v
			if fr.ei < g.start[v+1] {
				w := g.to[fr.ei]
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
				var comp []int32
				for {
					w := stack[len(stack)-1]
					stack = stack[:len(stack)-1]
					f.onStack[w] = false
					comp = append(comp, w)
					if w == v {
						break
					}
				}
				out = append(out, comp)
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
