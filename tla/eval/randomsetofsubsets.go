package eval

import (
	"math/bits"
	"strconv"

	"github.com/wspcycle/wspcycle/tla/ast"
	"github.com/wspcycle/wspcycle/tla/value"
)

// Randomization's RandomSetOfSubsets(k, n, S) as TLC (rev cc6b616)
// computes it: tlc2.module.Randomization checks its arguments, then
// SubsetValue.getRandomSetOfSubsets(k, n/|S|) makes k picks
// (CoinTossingSubsetEnumerator), each a subset of S that holds each
// element of S, in TLC's order of S, when a nextDouble() of the thread's
// generator is below n/|S|: k*|S| draws in all, whatever the picks. The
// set is that of the distinct picks (at most k of them, about n elements
// each). TestRandomSetOfSubsets is the module's own TLA+ definition on top
// of it. The draws are TLC's generator's when a simulator installed it
// (SetRandom), else the run's own (runRandom).

// randomSetOfSubsetsApp compiles RandomSetOfSubsets(k, n, S) and
// TestRandomSetOfSubsets(k, n, S), the module's
// [i \in 1..5 |-> Cardinality(RandomSetOfSubsets(k, n, S))] (five draws,
// in order); ok is false for any other application.
func (c *compiler) randomSetOfSubsetsApp(e *ast.OpApp, en cenv) (cx, bool) {
	name := e.Name.Name
	if name != "RandomSetOfSubsets" && name != "TestRandomSetOfSubsets" || len(e.Args) != 3 {
		return cx{}, false
	}
	x := c.randomSetOfSubsets(e, en)
	if name == "RandomSetOfSubsets" {
		return x, true
	}
	return cx{fn: func(k *ctx) (value.Value, error) {
		sizes := make([]value.Value, 5)
		for i := range sizes {
			v, err := x.fn(k)
			if err != nil {
				return nil, err
			}
			sizes[i] = value.IntV(v.(*value.SetV).Len())
		}
		return value.TupleOf(sizes), nil
	}, dep: x.dep, pos: x.pos}, true
}

// randomSetOfSubsets compiles RandomSetOfSubsets(k, n, S).
func (c *compiler) randomSetOfSubsets(e *ast.OpApp, en cenv) cx {
	kx, nx, sx := c.expr(e.Args[0], en), c.expr(e.Args[1], en), c.expr(e.Args[2], en)
	pos := e.Pos()
	r := c.run
	bad := func(which, want, got string) error {
		return errorf(pos, "The %s argument of RandomSetOfSubsets should be a %s, but instead it is:\n%s", which, want, got)
	}
	return cx{fn: func(k *ctx) (value.Value, error) {
		// TLC evaluates the three arguments before its Java method
		// checks any of them.
		kv, err := kx.fn(k)
		if err != nil {
			return nil, err
		}
		nv, err := nx.fn(k)
		if err != nil {
			return nil, err
		}
		sv, err := sx.fn(k)
		if err != nil {
			return nil, err
		}
		picks, ok := kv.(value.IntV)
		if !ok || picks < 0 {
			return nil, bad("first", "nonnegative integer", kv.String())
		}
		n, ok := nv.(value.IntV)
		if !ok || n < 0 {
			return nil, bad("second", "nonnegative integer", nv.String())
		}
		set, ok := sv.(value.SetValue)
		var elems []value.Value
		if ok {
			elems, err = setElems(set, pos)
		}
		if !ok || err != nil {
			return nil, bad("third", "finite set", sv.String())
		}
		size := len(elems)
		// TLC refuses more picks than S has subsets, with Java's
		// 32-bit arithmetic: k's bit length past |S| and k > 1 << |S|
		// (the shift taken mod 32).
		if 32-bits.LeadingZeros32(uint32(picks)) > size && int64(picks) > int64(int32(1)<<(uint(size)&31)) {
			return nil, bad("first", "nonnegative integer that is smaller than the subset's size of 2^"+strconv.Itoa(size), strconv.Itoa(int(picks)))
		}
		if size < int(n) {
			return nil, bad("second", "nonnegative integer in range 0..Cardinality(S)", nv.String())
		}
		var rnd Random = runRandom{r}
		if p := r.draw.Load(); p != nil {
			rnd = *p
		}
		return value.NewSet(randomSetOfSubsets(rnd, int(picks), float64(n)/float64(size), elems)), nil
	}, dep: depSide | depRun | kx.dep | nx.dep | sx.dep, pos: pos}
}

// randomSetOfSubsets is TLC's CoinTossingSubsetEnumerator: picks subsets
// of elems, each element in with probability p, drawn in elems' order.
// An empty S draws nothing and picks the empty set (TLC's n/|S| is then
// NaN, which no draw is below).
func randomSetOfSubsets(rnd Random, picks int, p float64, elems []value.Value) []value.Value {
	out := make([]value.Value, 0, min(picks, 64))
	for range picks {
		var sub []value.Value
		for _, x := range elems {
			if rnd.NextDouble() < p {
				sub = append(sub, x)
			}
		}
		out = append(out, value.NewSet(sub))
	}
	return out
}
