package eval

import (
	"github.com/wspcycle/wspcycle/tla/ast"
	"github.com/wspcycle/wspcycle/tla/value"
)

// TLC enumerates a cartesian product S1 \X ... \X Sk (SetOfTuplesValue's
// Enumerator) and a set of records [a1 : S1, ..., ak : Sk] (SetOfRcdsValue's,
// its fields sorted by name) alike: an odometer of enumerators of the Si,
// the last varying fastest, that costs k on the set's node for each tuple
// or record it makes; each step of the Si's enumerators (each element and
// the end, and again the first element after a reset) costs on the node
// that built Si when a constructor did ({1, 2}, {e : x \in S}, {x \in S :
// p}). x \in S in the initial predicate or an action enumerates it so; a
// quantifier over it first converts it to an enumerated set (toSetEnum:
// the elements, then their number, on the set's node) and enumerates that
// (each element and the end): N(k + 2) + 1 for N elements. CovCost.tla of
// the golden test: \A p \in {1, 2} \X {3, 4} costs 17 on the product, 3 on
// {1, 2} and 7 on {3, 4}; \A r \in [a : {1, 2}, b : {3}] 9, 3 and 5.

// prodShape is a product or record set (n its node), with a shape for
// each of its sets in the order TLC enumerates them: a product or record
// set again, or a set (factors nil; n the node of the constructor that
// built it, nil when none did).
type prodShape struct {
	n       *CovNode
	factors []*prodShape
	// rng, for a set of functions [D -> R] among the sets: R's shape. Its
	// enumerator (SetOfFcnsValue's) is an odometer of |D| enumerators of
	// R, costing |D| on n for each function it makes (factors are made
	// for each value, one per element of D).
	rng *prodShape
}

// covProdShape is the shape of the product or record set e (node n);
// ok is false when e is neither.
func (c *compiler) covProdShape(n *CovNode, e ast.Expr) (sh *prodShape, ok bool) {
	var sets []ast.Expr
	switch e := ast.Unparen(e).(type) {
	case *ast.Product:
		sets = e.Factors
	case *ast.RecordSet:
		fs, sorted := c.sortedFields(e.Fields)
		if !sorted {
			return nil, false
		}
		for _, f := range fs {
			sets = append(sets, f.Value)
		}
		sh = &prodShape{n: n}
		for i, f := range fs {
			// A field's set is a child of its $Pair (covField).
			var m *CovNode
			if n != nil {
				m = n.byKey[f]
			}
			sh.factors = append(sh.factors, c.covFactorShape(m, sets[i]))
		}
		return sh, true
	default:
		return nil, false
	}
	sh = &prodShape{n: n}
	for _, s := range sets {
		sh.factors = append(sh.factors, c.covFactorShape(n, s))
	}
	return sh, true
}

// covFactorShape is the shape of the set s, one of the sets of a product,
// record set or set of functions whose node is parent: a product, record
// set or set of functions again, or a set (its constructor's node, if a
// constructor builds it).
func (c *compiler) covFactorShape(parent *CovNode, s ast.Expr) *prodShape {
	s = ast.Unparen(s)
	var m *CovNode
	if parent != nil {
		m = parent.byKey[s]
	}
	if sub, ok := c.covProdShape(m, s); ok {
		return sub
	}
	if fs, ok := s.(*ast.FuncSet); ok {
		return &prodShape{n: m, rng: c.covFactorShape(m, fs.Rng)}
	}
	if !setConstructor(s) {
		m = nil
	}
	return &prodShape{n: m}
}

// prodVal is the sizes of a value of a prodShape: a set's size, or its
// parts'.
type prodVal struct {
	size  int64
	parts []*prodVal
}

// prodValOf is the sizes of v, a value of shape sh: lazy, or, when a
// constant one was folded, enumerated (then the number of distinct values
// of each component of its elements).
func prodValOf(v value.Value, sh *prodShape) (*prodVal, bool) {
	if sh.rng != nil {
		return fcnSetVal(v, sh.rng)
	}
	if sh.factors == nil {
		s, ok := v.(value.SetValue)
		if !ok {
			return nil, false
		}
		n, err := s.Size()
		if err != nil {
			return nil, false
		}
		return &prodVal{size: int64(n)}, true
	}
	var sets []value.SetValue
	switch v := v.(type) {
	case *value.ProductV:
		sets = v.Sets
	case *value.RcdSetV:
		sets = v.Sets
	case *value.SetV:
		comps, ok := prodComponents(v, len(sh.factors))
		if !ok {
			return nil, false
		}
		sets = make([]value.SetValue, len(comps))
		for i, c := range comps {
			sets[i] = value.NewSet(c)
		}
	default:
		return nil, false
	}
	if len(sets) != len(sh.factors) {
		return nil, false
	}
	pv := &prodVal{}
	for i, x := range sets {
		sub, ok := prodValOf(x, sh.factors[i])
		if !ok {
			return nil, false
		}
		pv.parts = append(pv.parts, sub)
	}
	return pv, true
}

// fcnSetVal is the sizes of v, a set of functions whose range has the
// shape rng: one part, the range's, per element of the domain. A folded
// constant one (the functions enumerated) only when its range is a plain
// set.
func fcnSetVal(v value.Value, rng *prodShape) (*prodVal, bool) {
	var d int64
	var rv *prodVal
	switch v := v.(type) {
	case *value.FcnSetV:
		n, err := v.Dom.Size()
		if err != nil {
			return nil, false
		}
		sub, ok := prodValOf(v.Rng, rng)
		if !ok {
			return nil, false
		}
		d, rv = int64(n), sub
	case *value.SetV:
		dd, r, ok := fcnSetShapeOf(v)
		if !ok {
			return nil, false
		}
		d, rv = dd, &prodVal{size: r}
		if rng.factors != nil || rng.rng != nil {
			// The range is the set of the values the functions take.
			sub, ok := prodValOf(fcnRange(v), rng)
			if !ok {
				return nil, false
			}
			rv = sub
		}
	default:
		return nil, false
	}
	pv := &prodVal{parts: make([]*prodVal, d)}
	for i := range pv.parts {
		pv.parts[i] = rv
	}
	return pv, true
}

// fcnRange is the set of the values the functions of s take (s is a
// whole [D -> R], non-empty: fcnSetShapeOf).
func fcnRange(s *value.SetV) *value.SetV {
	var vals []value.Value
	for _, e := range s.Elems() {
		if f, ok := e.(*value.FcnV); ok {
			for i := 0; i < f.Len(); i++ {
				vals = append(vals, f.At(i))
			}
		}
	}
	return value.NewSet(vals)
}

// factorsOf are the shapes of the enumerators of a value pv of shape sh:
// a set of functions has one per element of its domain.
func factorsOf(sh *prodShape, pv *prodVal) []*prodShape {
	if sh.rng == nil {
		return sh.factors
	}
	out := make([]*prodShape, len(pv.parts))
	for i := range out {
		out[i] = sh.rng
	}
	return out
}

// A prodEnum is one of TLC's enumerators over a value of a prodShape,
// counting what TLC's counts: a set's enumerator costs 1 on its
// constructor's node at each call, the end included (SetEnumValue's), a
// product's or record set's k on its node for each element it makes
// (SetOfTuplesValue's, SetOfRcdsValue's odometer, the last set varying
// fastest, resetting and restarting a set's enumerator when it ends).
type prodEnum struct {
	sh   *prodShape
	pv   *prodVal
	subs []*prodEnum
	pos  int64
	done bool
}

// newProdEnum is elements(): a product's starts each set's enumerator
// and takes its first element, and is done (for good) at an empty one.
func newProdEnum(sh *prodShape, pv *prodVal) *prodEnum {
	e := &prodEnum{sh: sh, pv: pv}
	if sh.factors == nil && sh.rng == nil {
		return e
	}
	for i, f := range factorsOf(sh, pv) {
		sub := newProdEnum(f, pv.parts[i])
		if !sub.next() {
			e.subs, e.done = nil, true
			return e
		}
		e.subs = append(e.subs, sub)
	}
	return e
}

func (e *prodEnum) next() bool {
	if e.sh.factors == nil && e.sh.rng == nil {
		if e.sh.n != nil {
			e.sh.n.cost.Add(1)
		}
		if e.pos < e.pv.size {
			e.pos++
			return true
		}
		return false
	}
	if e.done {
		return false
	}
	if e.sh.n != nil {
		e.sh.n.cost.Add(int64(len(e.subs)))
	}
	if len(e.subs) == 0 {
		// No sets (a function of an empty domain): one element.
		e.done = true
		return true
	}
	for i := len(e.subs) - 1; i >= 0; i-- {
		if e.subs[i].next() {
			break
		}
		if i == 0 {
			e.done = true
			break
		}
		e.subs[i].reset()
		e.subs[i].next()
	}
	return true
}

func (e *prodEnum) reset() {
	if e.sh.factors == nil && e.sh.rng == nil {
		e.pos = 0
		return
	}
	if e.sh.rng != nil && len(e.pv.parts) == 0 {
		e.done = false // the one function of an empty domain
		return
	}
	if e.subs == nil {
		return // an empty set ended it for good
	}
	for _, s := range e.subs {
		s.reset()
		s.next()
	}
	e.done = false
}

// covProdEnum costs one enumeration of v (shape sh) by TLC and returns
// the number of its elements; ok is false when v's sizes are not known.
func covProdEnum(sh *prodShape, v value.Value) (num int64, ok bool) {
	pv, ok := prodValOf(v, sh)
	if !ok {
		return 0, false
	}
	e := newProdEnum(sh, pv)
	for e.next() {
		num++
	}
	return num, true
}

// prodUse is how TLC uses a product or record set, which decides its
// cost: enumerated by a quantifier (toSetEnum, then the enumeration of
// that), or compared with = or # (toSetEnum only: N(k + 1)).
type prodUse uint8

const (
	prodQuant prodUse = iota + 1
	prodCompared
)

// covProdCompared marks the operands of = or # (node n) that are products
// or record sets: TLC turns them into enumerated sets to compare them
// (SetOfTuplesValue.convertAndCache). CovCost.tla: {1} \X {2} # {} costs
// 3 on the product, 2 on {1} and 3 on {2}.
func covProdCompared(n *CovNode, xs ...ast.Expr) {
	for _, x := range xs {
		switch x := ast.Unparen(x).(type) {
		case *ast.Product, *ast.RecordSet:
			n.child(x, x, x).prodEnum = prodCompared
		}
	}
}

// covProdQuant wraps the product or record set x (node n, expression e),
// used as use says, with TLC's cost of that use.
func (c *compiler) covProdQuant(x cx, n *CovNode, e ast.Expr, use prodUse) cx {
	sh, ok := c.covProdShape(n, e)
	if !ok {
		return x
	}
	fn := x.fn
	x.fn = func(k *ctx) (value.Value, error) {
		v, err := fn(k)
		if err != nil || k.covMute != 0 {
			return v, err
		}
		if num, ok := covProdEnum(sh, v); ok {
			// toSetEnum: the elements, then their number.
			if use == prodQuant {
				n.cost.Add(2*num + 1)
			} else {
				n.cost.Add(num)
			}
		}
		return v, err
	}
	x.into = nil
	return x
}

// covProdOf notes on the step st (x \in y) the nodes of y and of its sets
// when y is a product or a record set.
func (c *compiler) covProdOf(st *step, y ast.Expr) {
	if st.cov == nil || st.kind != sMember {
		return
	}
	y = ast.Unparen(y)
	n, ok := st.cov.byKey[y]
	if !ok {
		return
	}
	if sh, ok := c.covProdShape(n, y); ok {
		st.covCost, st.covProd = n, sh
	}
}

// covField compiles (with compile) the set of the field f of a record
// set under the field's node: SANY makes a field a $Pair of its name and
// its set, which counts nothing (covpair.go): TLC lists it from the name
// when its subtree counts one number ("line 14, col 21 to line 14, col
// 30" for a : {1, 2}), else the set's nodes in its place (b : {x}, alive
// : {TRUE}: the set, then x or TRUE under it).
func (c *compiler) covField(f *ast.Field, compile func() cx) cx {
	restore := c.covPair(f, f.Name, f.Value)
	defer restore()
	return compile()
}

// covFieldPairs makes the $Pair nodes of the fields of a record set under
// the current node in the order they are written, as TLC's walk meets
// them (the set is compiled in the order of the field names).
func (c *compiler) covFieldPairs(fs []*ast.Field) {
	if c.cov == nil {
		return
	}
	for _, f := range fs {
		c.cov.child(f, f.Name, f.Value)
	}
}

// prodComponents is, for a set of k-tuples or records of k fields that is a
// whole product, the elements of its factors: the distinct values of each
// component (none for the empty set, whose factors are not known: TLC's
// cost of it is then counted as if the first were empty).
func prodComponents(s *value.SetV, k int) ([][]value.Value, bool) {
	out := make([][]value.Value, k)
	for i := range k {
		seen := map[uint64][]value.Value{}
		for _, e := range s.Elems() {
			f, ok := e.(*value.FcnV)
			if !ok || f.Len() != k {
				return nil, false
			}
			v := f.At(i)
			h := v.Hash()
			dup := false
			for _, w := range seen[h] {
				if value.Equal(v, w) {
					dup = true
					break
				}
			}
			if !dup {
				seen[h] = append(seen[h], v)
				out[i] = append(out[i], v)
			}
		}
	}
	return out, true
}
