package eval

import (
	"github.com/wspcycle/wspcycle/tla/ast"
	"github.com/wspcycle/wspcycle/tla/token"
	"github.com/wspcycle/wspcycle/tla/value"
)

// The order in which TLC binds the variables of a quantifier or set map
// with several binders (\A a \in S, b \in T : P, {e : a \in S, b \in T}):
// Tool's ContextEnumerator evaluates every binder's set first, in order
// (SANY lets no set name an earlier binder's variable), and then steps
// through the combinations as an odometer whose first binder turns
// fastest: <<1, 3>>, <<2, 3>>, <<1, 4>>, <<2, 4>> for a \in {1, 2},
// b \in {3, 4} (QOrd: PrintT in the body prints them so). The order shows
// in what the body prints and in which failing combination's error is
// reported; the coverage counts see each set evaluated once.
//
// Under coverage a set built by a constructor costs each element TLC's
// enumerators fetch and each end they meet (covTLCFetches): the odometer
// fetches the first value of every set, then one value of the first set
// per step; a set that ends is enumerated anew (its first value fetched
// again) and the next one steps. With every combination visited, the set
// of binder i costs (|S_i| + 1) * |S_i+1| * ... * |S_n| plus 1 but for the
// last (CovQB: {1}, {x, 3}, {x, 4} cost 9, 7 and 3 per evaluation). When
// the body stops the loop, the first set's enumerator has fetched one
// value more, the next (CovQB3: \E a \in {x, 3}, b \in {4, x} : a = b,
// true at once, costs 2 and 1).

// forAllTLC calls f for each combination of bs's values in TLC's order
// until f says stop; found reports whether it did. Each set is evaluated
// once and then enumerated lazily (value.Prepare): a loop that stops early
// never builds SUBSET (1..20) whole, as TLC's enumerators do not.
func forAllTLC(k *ctx, bs []binder, lazy bool, f func() (stop bool, err error)) (bool, error) {
	if len(bs) <= 1 {
		return forAllLazy(k, bs, lazy, f)
	}
	sets := make([]value.SetValue, len(bs))
	doms := make([]*value.Elements, len(bs))
	for i := range bs {
		s, err := evalSet(k, bs[i].set)
		if err != nil {
			return false, err
		}
		d, err := prepareSet(s, bs[i].set.pos, lazy)
		if err != nil {
			return false, err
		}
		sets[i], doms[i] = s, d
	}
	curs := make([]*value.Cursor, len(bs))
	vals := make([]value.Value, len(bs))
	empty := -1
	for i := range bs {
		curs[i] = doms[i].Cursor()
		v, ok := curs[i].Next()
		vals[i] = v
		if !ok && empty < 0 {
			empty = i
		}
	}
	if empty >= 0 {
		if covOn(bs) {
			covTLCFetches(k, bs, sets, covFetchedEmpty(len(bs), empty))
		}
		return false, nil
	}
	var fetched []int64
	if covOn(bs) {
		fetched = make([]int64, len(bs))
		defer covTLCFetches(k, bs, sets, fetched)
		for i := range fetched {
			fetched[i] = 1
		}
	}
	for i := range bs {
		if err := bs[i].bind(k, vals[i]); err != nil {
			return false, err
		}
	}
	for {
		stop, err := f()
		if err != nil || stop {
			if fetched != nil {
				covLookAhead(curs, fetched)
			}
			return stop, err
		}
		i := 0
		for ; i < len(bs); i++ {
			v, ok := curs[i].Next()
			if fetched != nil {
				fetched[i]++ // a value, or the end
			}
			if ok {
				vals[i] = v
				break
			}
			if i == len(bs)-1 {
				return false, nil
			}
			curs[i] = doms[i].Cursor()
			vals[i], _ = curs[i].Next()
			if fetched != nil {
				fetched[i]++ // enumerated anew: its first value
			}
		}
		for j := 0; j <= i; j++ {
			if err := bs[j].bind(k, vals[j]); err != nil {
				return false, err
			}
		}
	}
}

// prepareSet readies s, the set of a binder at pos, for enumeration: lazy
// for a quantifier or CHOOSE; a set map or a function's domain builds
// SUBSET whole, as TLC does (its refusal of a set too large: expr_test's
// {s : s \in SUBSET (1..30)}).
func prepareSet(s value.SetValue, pos token.Pos, lazy bool) (*value.Elements, error) {
	if _, ok := s.(*value.SubsetV); ok && !lazy {
		all, err := s.Enum()
		if err != nil {
			return nil, wrap(pos, err)
		}
		s = all
	}
	e, err := value.Prepare(s)
	if err != nil {
		// A set holding an infinite one ([e : Int]) keeps it as the
		// cause: TLC's words are its class's (boundNotEnumerable,
		// chooseNotEnumerable).
		return nil, enumFailed(pos, err, s)
	}
	return e, nil
}

// covOn reports whether a binder of bs has a set constructor's node, or
// a name bound to a set that may have one (covOrig).
func covOn(bs []binder) bool {
	for i := range bs {
		if bs[i].cov != nil || bs[i].covOrig != nil {
			return true
		}
	}
	return false
}

// covTLCFetches costs on each binder's set constructor what TLC's
// enumerators fetched (less the one enumeration its evaluation cost).
func covTLCFetches(k *ctx, bs []binder, sets []value.SetValue, fetched []int64) {
	if k.covMute != 0 {
		return
	}
	for i := range bs {
		if n := bs[i].cov; n != nil {
			d := fetched[i]
			if bs[i].covPre {
				n, _ := sets[i].Size() // a set constructor's: enumerated
				d -= n + 1
			}
			n.cost.Add(d)
		} else if o := bs[i].covOrig; o != nil {
			// A name bound to a set noted with its constructor's node.
			if m := o.of(sets[i]); m != nil {
				o.charge(m, fetched[i])
			}
		}
	}
}

// covLookAhead adds to fetched what TLC's ContextEnumerator fetched ahead
// of the combination whose body stopped the loop: it steps the odometer
// before it returns a combination, so the first set fetches one value
// more, and when that is its end, it is enumerated anew (its first value)
// and the next set steps in turn (CovQEnum's G: \A d \in 0..b, a \in Q
// : ... false at once costs 2 on Q when d has no value left). The cursors
// are spent.
func covLookAhead(curs []*value.Cursor, fetched []int64) {
	for i := range curs {
		fetched[i]++ // a value, or the end
		if _, ok := curs[i].Next(); ok || i == len(curs)-1 {
			return
		}
		fetched[i]++ // enumerated anew: its first value
	}
}

// covFetchedEmpty is what TLC's ContextEnumerator fetches from n sets
// whose set i is the first empty one: the first value of each set before
// it and i's end, nothing of the sets after it (CovQEnum's \A a \in Q, d
// \in (b + 1)..2 : ... costs 1 on Q's {1} when the interval is empty).
func covFetchedEmpty(n, i int) []int64 {
	fetched := make([]int64, n)
	for j := 0; j <= i; j++ {
		fetched[j] = 1
	}
	return fetched
}

// covBoundNode is, under coverage, the node of the set e of a binder
// when e is a set constructor whose enumerations cost (covEnum), nil
// otherwise (a lazy filter costs as covfilter.go says).
func (c *compiler) covBoundNode(e ast.Expr) *CovNode {
	if c.cov == nil {
		return nil
	}
	e = ast.Unparen(e)
	if id, ok := e.(*ast.Ident); ok {
		// A name whose definition's body (or replacing definition's,
		// covoverride.go) is the set constructor, listed under it.
		m := c.cov.byKey[id]
		if m == nil || len(m.Children) != 1 {
			return nil
		}
		if k := asExpr(m.Children[0].key); k == nil || !setConstructor(covUnwrap(k)) {
			return nil
		}
		n := m.Children[0]
		if !n.enumCost || n.lazy != nil {
			return nil
		}
		return n
	}
	if app, ok := e.(*ast.OpApp); ok {
		// An application whose definition's body is the set
		// constructor (covAppBodyEnum), listed under it with the
		// arguments.
		m := c.cov.byKey[app]
		if m == nil || !m.enumUse {
			return nil
		}
		for _, n := range m.Children {
			if k := asExpr(n.key); k != nil && setConstructor(covUnwrap(k)) && n.enumCost && n.lazy == nil {
				return n
			}
		}
		return nil
	}
	if !setConstructor(e) {
		return nil
	}
	n := c.cov.byKey[e]
	if n == nil || !n.enumCost || n.lazy != nil {
		return nil
	}
	return n
}

// asExpr is the expression key k of a node (nil for another key).
func asExpr(k any) ast.Expr {
	e, _ := k.(ast.Expr)
	return e
}

// covStopped corrects, under coverage, the cost of the set constructor of
// b, set s, whose loop stopped at its element i: TLC's enumerator fetched
// i + 2 values or ends, at most n + 1, where the set's evaluation counted
// n + 1 (CovQB4: \E a \in {x, 2, 5} : a = x costs 2 when x is first).
func (b *binder) covStopped(k *ctx, s value.SetValue, i int) {
	if b.cov == nil || !b.covPre || k.covMute != 0 {
		return
	}
	n, _ := s.Size() // a set constructor's: enumerated
	b.covStoppedAt(k, int(n), i)
}

// covStoppedAt is covStopped for a set of n elements. CHOOSE's loop
// fetches the elements up to the one it returns, no more (CovChoose:
// CHOOSE m \in {x, 7, 9} : m < 8 costs 1 when x < 8).
func (b *binder) covStoppedAt(k *ctx, n, i int) {
	if b.cov == nil || !b.covPre || k.covMute != 0 {
		return
	}
	fetched := min(i+2, n+1)
	if b.covChoose {
		fetched = i + 1
	}
	b.cov.cost.Add(int64(fetched - (n + 1)))
}
