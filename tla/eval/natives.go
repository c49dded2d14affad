package eval

import (
	"errors"
	"os"
	"strings"

	"github.com/wspcycle/wspcycle/tla/ast"
	"github.com/wspcycle/wspcycle/tla/token"
	"github.com/wspcycle/wspcycle/tla/value"
)

// Natives: TLC replaces some operators of modules found on the path (the
// CommunityModules) with Java code, and so does wspcycle, natively, giving
// the same answer: keyed by module and operator name, applied when the
// operator resolves to that module's definition. Every other operator is
// evaluated from its TLA+ definition. These are the ones whose TLA+
// definitions TLC never evaluates and that are too slow to evaluate as
// written (they quantify over Seq(S) or [1..n -> S]). The folds are not
// among them: TLC evaluates their definitions (folds.go).
var natives = map[string]map[string]native{
	"UndirectedGraphs": {
		"ConnectedComponents": {arity: 1, fn: connectedComponents},
		"IsStronglyConnected": {arity: 1, fn: isStronglyConnected},
		"AreConnectedIn":      {arity: 3, fn: areConnectedIn},
	},
	"SequencesExt": {
		"SetToSeq": {arity: 1, fn: setToSeq, partial: true},
	},
	// IOUtils' operators that TLC computes only in Java: their TLA+
	// definitions are placeholders (IOEnv == CHOOSE r \in [STRING ->
	// STRING] : TRUE) that TLC never evaluates. IOEnv is the process
	// environment, as in TLC; atoi and zeroPadN mean what their
	// definitions say. Serialize (added at init) is what TLC's own jar
	// makes of it (ioserialize.go). The rest are evaluated from their definitions, as
	// TLC does when its jar has no Java for IOUtils (TLC rev cc6b616 with
	// the CommunityModules' folder as its library, goldens IOExecDef,
	// IOSerDef, DeserDef): the commands (IOExec, ...) fail to enumerate
	// CHOOSE r \in [exitValue : Int, ...], Deserialize and IODeserialize
	// evaluate an unbounded CHOOSE, IOSerialize is TRUE; no command is
	// run and no file written.
	"IOUtils": {
		"IOEnv": {hof: ioEnv},
	},
}

// The operators taking an operator argument are added at init: their
// compilers refer back to the compiler, which consults natives.
func init() {
	hofs := map[string]map[string]native{
		"VectorClocks": {"CausalOrder": {arity: 4, hof: causalOrder}},
		"IOUtils":      {"Serialize": {arity: 3, withDef: ioSerialize}},
	}
	for mod, ops := range hofs {
		if natives[mod] == nil {
			natives[mod] = map[string]native{}
		}
		for name, n := range ops {
			natives[mod][name] = n
		}
	}
}

// native is a replacement: fn on the values of the arguments, or hof,
// compiling an application whose first argument is an operator.
type native struct {
	arity int
	fn    func(args []value.Value, pos token.Pos) (value.Value, error)
	hof   func(c *compiler, args []ast.Expr, en cenv, pos token.Pos) cx
	// withDef compiles an application given also the application of the
	// operator's definition, which it evaluates where TLC's Java falls
	// back to the definition (returns null).
	withDef func(c *compiler, args []ast.Expr, en cenv, pos token.Pos, def cx) cx
	// partial: fn may answer errDefinition, for arguments whose value,
	// error or call stack only the definition gives.
	partial bool
}

// nativeOf is the native replacement of module mod's operator name with
// the given number of arguments, if there is one.
func nativeOf(mod, name string, arity int) (native, bool) {
	n, ok := natives[mod][name]
	return n, ok && n.arity == arity
}

// errDefinition is a native's answer that its operator's TLA+ definition
// must be evaluated instead: for arguments where the native cannot give
// the definition's value, TLC's errors and call stack come from the
// definition, which TLC evaluates (natives with partial set).
var errDefinition = errors.New("evaluate the operator's definition")

// nativeApp compiles an application of a native operator to args
// (written in en); def compiles the application of the operator's
// definition, for a partial native (nil: none).
func (c *compiler) nativeApp(n native, exprs []ast.Expr, en cenv, pos token.Pos, def func() cx) cx {
	if n.withDef != nil && def != nil {
		return n.withDef(c, exprs, en, pos, def())
	}
	if n.hof != nil {
		return n.hof(c, exprs, en, pos)
	}
	args := make([]cx, len(exprs))
	for i, a := range exprs {
		args[i] = c.expr(a, en)
	}
	var whole cx
	if n.partial && def != nil {
		whole = def()
	}
	return cx{fn: func(k *ctx) (value.Value, error) {
		vs, err := evalAll(k, args)
		if err != nil {
			return nil, err
		}
		v, err := n.fn(vs, pos)
		if err == errDefinition && whole.fn != nil {
			return whole.fn(k)
		}
		return v, err
	}, dep: deps(args...) | whole.dep, pos: pos}
}

// ioEnv is IOUtils' IOEnv: the process environment as a record of
// strings, one field a variable, as TLC's IOUtils.ioEnv builds it.
func ioEnv(c *compiler, _ []ast.Expr, _ cenv, pos token.Pos) cx {
	strs := c.strs()
	return cx{fn: func(*ctx) (value.Value, error) {
		var keys, vals []value.Value
		for _, kv := range os.Environ() {
			k, v, ok := strings.Cut(kv, "=")
			if !ok || k == "" {
				continue
			}
			keys = append(keys, strs.Str(k))
			vals = append(vals, strs.Str(v))
		}
		return value.FcnFromPairs(keys, vals), nil
	}, pos: pos}
}

// setToSeq is SequencesExt's SetToSeq(S), CHOOSE f \in [1..Cardinality(S)
// -> S] : IsInjective(f): the first injective function TLC enumerates
// lists the elements in its order of values. For what is not a finite
// set of comparable values the definition is evaluated (errDefinition),
// for TLC's error (Cardinality's) and call stack.
func setToSeq(args []value.Value, pos token.Pos) (value.Value, error) {
	s, ok := args[0].(value.SetValue)
	if !ok {
		return nil, errDefinition
	}
	e, err := s.Enum()
	if err != nil {
		return nil, errDefinition
	}
	return value.TupleOf(append([]value.Value(nil), e.Elems()...)), nil
}

// graphSets is the nodes and the edges of G = [node |-> N, edge |-> E],
// enumerated, for the Graphs and UndirectedGraphs natives; op names the
// operator in the error when G is not such a record.
func graphSets(g value.Value, op string, pos token.Pos) (nodes, edges *value.SetV, err error) {
	rec, ok := g.(*value.FcnV)
	var nodeV, edgeV value.Value
	if ok {
		nodeV, ok = rec.Field("node")
	}
	if ok {
		edgeV, ok = rec.Field("edge")
	}
	if !ok {
		return nil, nil, errorf(pos, "%s: %s is not a graph [node |-> ..., edge |-> ...].", op, g)
	}
	ns, ok1 := nodeV.(value.SetValue)
	es, ok2 := edgeV.(value.SetValue)
	if !ok1 || !ok2 {
		return nil, nil, errorf(pos, "%s: the nodes and edges of %s must be sets.", op, g)
	}
	if nodes, err = ns.Enum(); err != nil {
		return nil, nil, wrap(pos, err)
	}
	if edges, err = es.Enum(); err != nil {
		return nil, nil, wrap(pos, err)
	}
	return nodes, edges, nil
}

// components computes the connected components of the undirected graph
// G = [node |-> N, edge |-> E] as UndirectedGraphs defines them: paths
// through nodes of N along edges {a, b} of E (a self-loop {a} too); the
// index of each node's component and the nodes.
func components(g value.Value, op string, pos token.Pos) ([]int, []value.Value, error) {
	nodes, edges, err := graphSets(g, op, pos)
	if err != nil {
		return nil, nil, err
	}
	nv := nodes.Elems()
	parent := make([]int, len(nv))
	for i := range parent {
		parent[i] = i
	}
	var find func(int) int
	find = func(i int) int {
		for parent[i] != i {
			parent[i] = parent[parent[i]]
			i = parent[i]
		}
		return i
	}
	index := func(v value.Value) int {
		for i, n := range nv {
			if value.Equal(n, v) {
				return i
			}
		}
		return -1
	}
	for _, e := range edges.Elems() {
		set, ok := e.(value.SetValue)
		if !ok {
			continue // never {p[i], p[i+1]}
		}
		ends, err := set.Enum()
		if err != nil || ends.Len() != 2 {
			continue // a self-loop joins nothing; a larger set is no edge
		}
		a, b := index(ends.Elems()[0]), index(ends.Elems()[1])
		if a >= 0 && b >= 0 {
			parent[find(a)] = find(b)
		}
	}
	comp := make([]int, len(nv))
	for i := range nv {
		comp[i] = find(i)
	}
	return comp, nv, nil
}

func connectedComponents(args []value.Value, pos token.Pos) (value.Value, error) {
	comp, nv, err := components(args[0], "ConnectedComponents", pos)
	if err != nil {
		return nil, err
	}
	groups := map[int][]value.Value{}
	for i, r := range comp {
		groups[r] = append(groups[r], nv[i])
	}
	var out []value.Value
	for _, g := range groups {
		out = append(out, value.NewSet(g))
	}
	return value.NewSet(out), nil
}

func isStronglyConnected(args []value.Value, pos token.Pos) (value.Value, error) {
	comp, _, err := components(args[0], "IsStronglyConnected", pos)
	if err != nil {
		return nil, err
	}
	if len(comp) == 0 {
		return value.False, nil // ConnectedComponents is {}, not {{}}
	}
	for _, r := range comp {
		if r != comp[0] {
			return value.False, nil
		}
	}
	return value.True, nil
}

func areConnectedIn(args []value.Value, pos token.Pos) (value.Value, error) {
	comp, nv, err := components(args[2], "AreConnectedIn", pos)
	if err != nil {
		return nil, err
	}
	find := func(v value.Value) int {
		for i, n := range nv {
			if value.Equal(n, v) {
				return i
			}
		}
		return -1
	}
	m, n := find(args[0]), find(args[1])
	return value.Bool(m >= 0 && n >= 0 && comp[m] == comp[n]), nil
}
