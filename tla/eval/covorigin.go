package eval

import (
	"math/bits"
	"runtime"
	"sync"
	"sync/atomic"
	"weak"

	"github.com/wspcycle/wspcycle/tla/ast"
	"github.com/wspcycle/wspcycle/tla/token"
	"github.com/wspcycle/wspcycle/tla/value"
)

// The cost of a set TLC enumerates in a later state. TLC's set values
// keep the CostModel node of the expression that built them, and each
// enumeration of the value, wherever and whenever it happens, costs on
// that node (each element and the end: SetEnumValue's Enumerator). A set
// assigned to a variable lives on in the states that keep the variable
// (UNCHANGED carries the very value), and the invariants and actions of
// those states that enumerate the variable cost on the assignment's set
// constructor: SetOps' chosen = {} costs 16, the 8 initial states each
// enumerated by TypeOK's chosen \in SUBSET Elems and by Covered's
// {{e} : e \in chosen}. S \cup T with S empty is T's value itself, which
// keeps T's node.
//
// Here a set built by a constructor ({a, b}, {e : x \in S}) that an
// assignment stores (x' = {..}, x' = S \cup {..}) is given its own copy,
// noted with the constructor's node (origins); reading a variable where
// TLC enumerates its value (\subseteq's left operand, the set of a
// quantifier, a set map or filter, x \in SUBSET S, \cup's right operand)
// costs on the node the value was noted with. Without coverage nothing is
// noted nor looked up.

// covOrigins maps the set values an assignment stores to the node of the
// constructor that built them. The map holds them weakly, and an entry
// goes when its set is collected: a long search does not keep every set
// it ever stored.
type covOrigins struct {
	m *sync.Map // weak.Pointer[value.SetV] -> *CovNode
	// live and sink: covlive.go. The origins of the code compiled for
	// the liveness checker share m and live with the search's.
	live *atomic.Int32
	sink bool
	// fcn: the function values constructors built (covfcnstore.go).
	fcn *covFcnOrigins
}

// newCovOrigins is the search's covOrigins.
func newCovOrigins() *covOrigins {
	return &covOrigins{m: new(sync.Map), live: new(atomic.Int32)}
}

// note gives the set v a copy of its own, noted with n (v unchanged when
// it is not an enumerated set).
func (o *covOrigins) note(v value.Value, n *CovNode) value.Value {
	s, ok := v.(*value.SetV)
	if !ok || n == nil {
		return v
	}
	c := new(value.SetV)
	if s.Len() > 0 {
		c = value.SetFromSorted(s.Elems())
	}
	key := weak.Make(c)
	o.m.Store(key, n)
	runtime.AddCleanup(c, func(key weak.Pointer[value.SetV]) { o.m.Delete(key) }, key)
	return c
}

// of is the node the set v was noted with, nil if none.
func (o *covOrigins) of(v value.Value) *CovNode {
	s, ok := v.(*value.SetV)
	if !ok {
		return nil
	}
	if n, ok := o.m.Load(weak.Make(s)); ok {
		return n.(*CovNode)
	}
	return nil
}

// isStateVar reports whether e names a variable of the spec.
func (c *compiler) isStateVar(e ast.Expr, en cenv) bool {
	id, ok := ast.Unparen(e).(*ast.Ident)
	if !ok || en.sc.lookup(id.Name) != nil {
		return false
	}
	x, ok := c.lookupName(id.Name, en)
	return ok && x.kind == eVar
}

// covOriginEnum marks the node of e, under n, when e reads a variable
// whose value TLC enumerates each time e is evaluated.
func (c *compiler) covOriginEnum(n *CovNode, e ast.Expr, en cenv) {
	if n == nil {
		return
	}
	e = ast.Unparen(e)
	switch e.(type) {
	case *ast.FuncApp, *ast.Dot:
		// A value read inside a function or record (covnested.go).
	default:
		if !c.isStateVar(e, en) {
			return
		}
	}
	n.child(e, e, e).originEnum = true
}

// covOriginAssign marks, before the value y of an assignment under n is
// compiled, what notes the set it stores: y's node when y is a set
// constructor (a filter too: CovOrigApp's s = {m \in N : m # 1}, then
// \E m \in s, costs each enumeration on the filter), the \cup when y is
// S \cup T (T's node, or T's value's, passes on when S is empty), the
// body of the definition y applies (covAppStored).
func (c *compiler) covOriginAssign(n *CovNode, y ast.Expr) {
	if n == nil {
		return
	}
	y = ast.Unparen(y)
	switch y := y.(type) {
	case *ast.SetEnum, *ast.SetMap, *ast.SetFilter:
		n.child(y, y, y).origin = true
	case *ast.OpApp:
		c.markStore(y)
	case *ast.Binary:
		if y.Op == token.CUP {
			n.child(y, y, y).cupPass = true
		}
	}
}

// covOriginWrap adds to x (node n) what n's flags ask for.
func (c *compiler) covOriginWrap(x cx, n *CovNode) cx {
	o := c.origins
	if n.origin {
		fn := x.fn
		x.fn = func(k *ctx) (value.Value, error) {
			v, err := fn(k)
			if err != nil {
				return v, err
			}
			return o.note(v, n), nil
		}
	}
	if n.cupPass {
		fn := x.fn
		x.fn = func(k *ctx) (value.Value, error) {
			k.covPass = nil
			v, err := fn(k)
			if err == nil && k.covPass != nil {
				v = o.note(v, k.covPass)
			}
			k.covPass = nil
			return v, err
		}
	}
	// After cupPass: a binder's S \cup T (covBoundsEnum) enumerates
	// the value it passed on.
	if n.originEnum {
		fn := x.fn
		x.fn = func(k *ctx) (value.Value, error) {
			v, err := fn(k)
			if err == nil && k.covMute == 0 {
				if m := o.of(v); m != nil {
					o.charge(m, int64(v.(*value.SetV).Len())+1)
				}
			}
			return v, err
		}
	}
	return x
}

// covBoundsEnum marks the sets of the binders of e (node n) that read a
// variable: a quantifier, set map, set filter or CHOOSE enumerates them.
func (c *compiler) covBoundsEnum(n *CovNode, e ast.Expr, en cenv) {
	var bounds []*ast.Bound
	switch e := e.(type) {
	case *ast.Quant:
		bounds = e.Bounds
	case *ast.SetMap:
		bounds = e.Bounds
	case *ast.SetFilter:
		bounds = []*ast.Bound{e.Bound}
	case *ast.Choose:
		bounds = []*ast.Bound{e.Bound}
	}
	for _, b := range bounds {
		if b != nil && b.Set != nil {
			c.covOriginEnum(n, b.Set, en)
			covCupEnum(n, b.Set)
			if _, choose := e.(*ast.Choose); !choose {
				covDiffEnum(n, b.Set) // covdiffenum.go
			}
		}
	}
}

// covCupEnum marks the binder's set e (under n) when it is S \cup T: with
// S an empty enumerated set TLC's union is T's value itself, keeping the
// node that built it (T's constructor, or the one a variable's value was
// noted with), and the binder's enumeration costs there (\E x \in r \cup
// w with r = {} costs on w's constructor: CovCupEnum).
func covCupEnum(n *CovNode, e ast.Expr) {
	b, ok := ast.Unparen(e).(*ast.Binary)
	if !ok || b.Op != token.CUP {
		return
	}
	m := n.child(b, b, b)
	m.cupPass = true
	m.originEnum = true
}

// covBoundsEnumBound marks, for a quantifier of an action (node n), the
// sets of its binders that are names bound to a value (a quantifier's
// variable, a parameter): the value may be a set whose constructor's node
// was noted (covElemsStore), which each evaluation enumerates whole
// (MCPaxos' \A a \in Q : ... with Q from \E Q \in Quorum). Binders
// evaluated as expressions cost what their loops fetch (covBoundOrigin).
func (c *compiler) covBoundsEnumBound(n *CovNode, e ast.Expr, en cenv) {
	q, ok := e.(*ast.Quant)
	if !ok {
		return
	}
	for _, b := range q.Bounds {
		if b == nil || b.Set == nil {
			continue
		}
		if id, ok := ast.Unparen(b.Set).(*ast.Ident); ok {
			if s := en.sc.lookup(id.Name); s != nil && s.kind == bSlot {
				n.child(id, id, id).originEnum = true
			}
		}
	}
}

// covSubsetOf notes on the step st (x \in y) the node of y when y is
// SUBSET S: TLC's subsets of S keep the node of SUBSET S (SubsetValue's
// enumerators build each with its CostModel), so a subset x takes costs
// there when a later state enumerates x (CovCost2: s \in SUBSET {1, 2}
// in Init costs 8, its 4 values each enumerated once by the invariant's
// s \subseteq ..., each element and the end), though enumerating SUBSET
// S itself costs nothing.
func (c *compiler) covSubsetOf(st *step, y ast.Expr) {
	if st.cov == nil || st.kind != sMember {
		return
	}
	var n *CovNode
	if u, ok := ast.Unparen(y).(*ast.Unary); ok && u.Op == token.SUBSET {
		n = st.cov.byKey[u]
		if n != nil {
			st.covInner = covInnerSubset(n)
		}
	} else if f := st.covCost; f != nil && f.lazy != nil {
		n = f.lazy.subset // a lazy filter of SUBSET T keeps its subsets
	}
	if n == nil {
		return
	}
	o := c.origins
	inner := covInnerSubset(n)
	st.covNote = func(v value.Value) value.Value { return o.note(o.noteElems(v, inner), n) }
}

// covInnerSubset is, for the node n of SUBSET T with T itself SUBSET U,
// T's node: the subsets of U that TLC's enumeration of T builds keep it,
// also as the elements of a subset of T that x \in SUBSET T (or a filter
// of it) takes, so that a later enumeration of such an element costs
// there (CovSubSub: E \in {F \in SUBSET (SUBSET N) : ...}, then the
// invariant's \A e \in E : e \subseteq N). nil otherwise.
func covInnerSubset(n *CovNode) *CovNode {
	u, ok := n.From.(*ast.Unary)
	if !ok || u.Op != token.SUBSET {
		return nil
	}
	t, ok := ast.Unparen(u.X).(*ast.Unary)
	if !ok || t.Op != token.SUBSET {
		return nil
	}
	return n.byKey[t]
}

// covSubsetBase costs, for the step st (x \in SUBSET T, T SUBSET U)
// enumerating s, T's size on T's node: TLC's enumeration of SUBSET T
// turns T into an enumerated set (SubsetValue.toSetEnum), as a lazy
// filter of it does (covLazy.inner).
func covSubsetBase(st *step, s value.SetValue) {
	if st.covInner != nil {
		st.covInner.cost.Add(subsetBaseSize(s))
	}
}

// subsetBaseSize is |T| for the value v of SUBSET T: its base's size, or,
// for a SUBSET T built already (a constant folded), the logarithm of its
// size, 2^|T|; 0 when v is neither.
func subsetBaseSize(v value.Value) int64 {
	switch s := v.(type) {
	case *value.SubsetV:
		if size, err := s.Base.Size(); err == nil {
			return int64(size)
		}
	case *value.SetV:
		if n := s.Len(); n > 0 {
			return int64(bits.Len64(uint64(n)) - 1)
		}
	}
	return 0
}

// noteElems gives the set v, when n is not nil, a copy whose elements
// that are sets are each noted with n.
func (o *covOrigins) noteElems(v value.Value, n *CovNode) value.Value {
	s, ok := v.(*value.SetV)
	if !ok || n == nil || s.Len() == 0 {
		return v
	}
	elems := s.Elems()
	out := make([]value.Value, len(elems))
	for i, e := range elems {
		out[i] = o.note(e, n)
	}
	return value.SetFromSorted(out)
}

// covVarOrigin is, under coverage, the table of noted sets when the
// binder's set e reads a variable whose read costs a whole enumeration of
// its value (originEnum, marked by covBoundsEnum on the current node).
func (c *compiler) covVarOrigin(e ast.Expr) *covOrigins {
	if c.cov == nil {
		return nil
	}
	if m := c.cov.byKey[ast.Unparen(e)]; m == nil || !m.originEnum {
		return nil
	}
	return c.origins
}

// covVarStopped corrects the cost of a binder's set read from a variable
// (covVarOrig), its loop stopped at element i: TLC's enumerator fetched
// i + 2 values or ends, at most n + 1 (CHOOSE: i + 1), where the read cost
// n + 1 on the node the value was noted with (an \E of a fairness
// condition's ENABLED or step, TLC's liveness checking: covlive.go).
func (b *binder) covVarStopped(k *ctx, s value.SetValue, i int) {
	if b.covVarOrig == nil || k.covMute != 0 {
		return
	}
	m := b.covVarOrig.of(s)
	if m == nil {
		return
	}
	n := int64(s.(*value.SetV).Len()) // of found it: a *value.SetV
	fetched := min(int64(i)+2, n+1)
	if b.covChoose {
		fetched = int64(i) + 1
	}
	b.covVarOrig.charge(m, fetched-(n+1))
}
