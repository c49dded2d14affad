package eval

import (
	"sync/atomic"

	"github.com/wspcycle/wspcycle/tla/ast"
	"github.com/wspcycle/wspcycle/tla/token"
	"github.com/wspcycle/wspcycle/tla/value"
)

// TLC builds {x \in S : p} at once (a SetEnumValue, whose enumerations
// cost each element and the end on the filter's node) when S is an
// enumerated set or an interval, but lazily (a SetPredValue) when S is
// SUBSET T, a product or a set of records: enumerating it enumerates S
// (SubsetValue's, SetOfTuplesValue's odometer, covprod.go) and costs 1 on
// the filter's node for each element of S it tries. x \in {..} in the
// initial predicate or an action enumerates it so; a quantifier over it
// first converts it to an enumerated set (the elements tried, then the
// number kept, on the filter's node) and enumerates that (each element
// kept and the end). CovCost2.tla: \A y \in {z \in {1, 2, 3} \X {4} : z[1]
// > 1} costs 3 + 2 + 3 = 8 on the filter, 6 on the product, 4 on {1, 2, 3}
// and 7 on {4}; s' \in {t \in SUBSET {1, 2, 3} : ...} 8 on the filter. The
// subsets it keeps keep SUBSET's node (covSubsetOf).

// covLazy is what the node of a lazy set filter knows: the slot where
// its set's value is kept while it is evaluated, the shape of that set
// when a product or record set, and the node of SUBSET T.
type covLazy struct {
	slot   int
	shape  *prodShape
	subset *CovNode
	// inner is the node of T of SUBSET T when T is SUBSET U: each
	// enumeration of the filter turns T into an enumerated set
	// (SubsetValue.toSetEnum), which costs |T| there (CovSubSub).
	inner *CovNode
	named bool // the set is a definition's (its size only)
	// constant is the set's value when it is a constant, which a folded
	// filter does not evaluate again.
	constant atomic.Pointer[value.Value]
}

// covLazyFilter marks the filter e (node n) lazy when TLC builds it so,
// before it is compiled: its set's node keeps the set's value in a slot
// for the enumerations of the filter to cost. The set is SUBSET T, a
// product or a set of records, written there or the body of a definition
// named there (CoffeeCan's {c \in Can : ...}, Can a set of records: the
// filter costs Can's size, and nothing on Can's nodes, a constant
// definition being evaluated once, before the search).
func (c *compiler) covLazyFilter(n *CovNode, e *ast.SetFilter, en cenv) {
	if e.Bound == nil || e.Bound.Set == nil || len(e.Bound.Names) != 1 {
		return
	}
	s := ast.Unparen(e.Bound.Set)
	named := false
	if id, ok := s.(*ast.Ident); ok && en.sc.lookup(id.Name) == nil {
		x, ok := c.lookupName(id.Name, en)
		if !ok || x.kind != eDef {
			return
		}
		d, ok := x.node.(*ast.OpDef)
		if !ok || len(d.Params) > 0 {
			return
		}
		if !lazySet(ast.Unparen(d.Body)) {
			return
		}
		named = true
	} else if !lazySet(s) {
		return
	}
	m := n.child(s, s, s)
	n.lazy = &covLazy{slot: c.newSlot(), named: named}
	m.lazyOf = n
}

// lazySet reports whether TLC's value of e is a lazy set a filter of it
// keeps lazy: SUBSET T, a product, a set of records.
func lazySet(e ast.Expr) bool {
	switch e := e.(type) {
	case *ast.Product, *ast.RecordSet:
		return true
	case *ast.Unary:
		return e.Op == token.SUBSET
	}
	return false
}

// covLazyDone completes the lazy filter n after its set (node m) was
// compiled: the set's shape, or SUBSET's node.
func (c *compiler) covLazyDone(n *CovNode, e *ast.SetFilter) {
	if n.lazy == nil || n.lazy.named {
		return
	}
	s := ast.Unparen(e.Bound.Set)
	m := n.byKey[s]
	if sh, ok := c.covProdShape(m, s); ok {
		n.lazy.shape = sh
	} else {
		n.lazy.subset = m
		n.lazy.inner = covInnerSubset(m)
	}
}

// covLazyKeep wraps the set x of a lazy filter so that its value is kept
// in the filter's slot.
func covLazyKeep(x cx, n *CovNode) cx {
	lf := n.lazy
	fn := x.fn
	constant := x.dep == 0
	x.fn = func(k *ctx) (value.Value, error) {
		v, err := fn(k)
		if err == nil {
			k.env[lf.slot] = v
			if constant {
				lf.constant.Store(&v)
			}
		}
		return v, err
	}
	x.into = nil
	return x
}

// lazyTried costs, for an enumeration of the lazy filter n just
// evaluated, the enumeration of its set, and returns the number of
// elements tried.
func (k *ctx) lazyTried(n *CovNode) int64 {
	lf := n.lazy
	v := k.env[lf.slot]
	if p := lf.constant.Load(); v == nil && p != nil {
		v = *p
	}
	if v == nil {
		return 0
	}
	if lf.shape != nil {
		num, _ := covProdEnum(lf.shape, v)
		return num
	}
	if lf.inner != nil && k.covMute == 0 {
		lf.inner.cost.Add(subsetBaseSize(v))
	}
	s, ok := v.(value.SetValue)
	if !ok {
		return 0
	}
	size, err := s.Size()
	if err != nil {
		return 0
	}
	return int64(size)
}
