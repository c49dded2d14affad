package eval

import (
	"github.com/wspcycle/wspcycle/tla/token"
	"github.com/wspcycle/wspcycle/tla/value"
)

// CommunityModules' Graphs: TLC overrides AreConnectedIn and
// IsStronglyConnected with Java (tlc2.overrides.Graphs), because their
// TLA+ definitions quantify over Path(G), a filter of Seq(G.node) that
// cannot be enumerated: without the override a spec using them (the
// Examples' EWD687a, invariant TreeWithRoot) fails to evaluate. The
// natives answer what the definitions say, for a directed graph
// [node |-> N, edge |-> E]: paths through nodes of N along edges
// <<a, b>> of E (an edge with an end outside N, or that is not a pair,
// joins nothing).

func init() {
	if natives["Graphs"] == nil {
		natives["Graphs"] = map[string]native{}
	}
	natives["Graphs"]["AreConnectedIn"] = native{arity: 3, fn: graphsAreConnectedIn}
	natives["Graphs"]["IsStronglyConnected"] = native{arity: 1, fn: graphsIsStronglyConnected}
}

// digraph is a directed graph's nodes and, for each node's index, the
// indices of the nodes its edges lead to.
type digraph struct {
	nodes []value.Value
	adj   [][]int
}

func (g *digraph) index(v value.Value) int {
	for i, n := range g.nodes {
		if value.Equal(n, v) {
			return i
		}
	}
	return -1
}

// reach marks every node reachable from node i (i included).
func (g *digraph) reach(i int, rev bool) []bool {
	seen := make([]bool, len(g.nodes))
	adj := g.adj
	if rev {
		adj = make([][]int, len(g.nodes))
		for a, bs := range g.adj {
			for _, b := range bs {
				adj[b] = append(adj[b], a)
			}
		}
	}
	stack := []int{i}
	seen[i] = true
	for len(stack) > 0 {
		a := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		for _, b := range adj[a] {
			if !seen[b] {
				seen[b] = true
				stack = append(stack, b)
			}
		}
	}
	return seen
}

func toDigraph(g value.Value, op string, pos token.Pos) (*digraph, error) {
	nodes, edges, err := graphSets(g, op, pos)
	if err != nil {
		return nil, err
	}
	d := &digraph{nodes: nodes.Elems(), adj: make([][]int, nodes.Len())}
	for _, e := range edges.Elems() {
		t, ok := e.(*value.FcnV)
		if !ok || !t.IsTuple() || t.Len() != 2 {
			continue // never <<p[i], p[i+1]>>
		}
		a, b := d.index(t.Elems()[0]), d.index(t.Elems()[1])
		if a >= 0 && b >= 0 {
			d.adj[a] = append(d.adj[a], b)
		}
	}
	return d, nil
}

// graphsAreConnectedIn is AreConnectedIn(m, n, G): a path from m to n,
// <<m>> being one when m is a node.
func graphsAreConnectedIn(args []value.Value, pos token.Pos) (value.Value, error) {
	g, err := toDigraph(args[2], "AreConnectedIn", pos)
	if err != nil {
		return nil, err
	}
	m, n := g.index(args[0]), g.index(args[1])
	if m < 0 || n < 0 {
		return value.False, nil
	}
	return value.Bool(g.reach(m, false)[n]), nil
}

// graphsIsStronglyConnected is \A m, n \in G.node : AreConnectedIn(m, n, G):
// from one node every node is reached, and it is reached from every node.
func graphsIsStronglyConnected(args []value.Value, pos token.Pos) (value.Value, error) {
	g, err := toDigraph(args[0], "IsStronglyConnected", pos)
	if err != nil {
		return nil, err
	}
	if len(g.nodes) == 0 {
		return value.True, nil
	}
	for _, rev := range []bool{false, true} {
		for _, ok := range g.reach(0, rev) {
			if !ok {
				return value.False, nil
			}
		}
	}
	return value.True, nil
}
