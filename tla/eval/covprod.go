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
	default:
		return nil, false
	}
	sh = &prodShape{n: n}
	for _, s := range sets {
		s = ast.Unparen(s)
		var m *CovNode
		if n != nil {
			m = n.byKey[s]
		}
		if sub, ok := c.covProdShape(m, s); ok {
			sh.factors = append(sh.factors, sub)
			continue
		}
		if !setConstructor(s) {
			m = nil
		}
		sh.factors = append(sh.factors, &prodShape{n: m})
	}
	return sh, true
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
	if sh.factors == nil {
		return e
	}
	for i, f := range sh.factors {
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
	if e.sh.factors == nil {
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
	if e.sh.factors == nil {
		e.pos = 0
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
// set, whose node, under the current one, has the field's range when the
// set is a constant: SANY makes a field a pair of its name and its set,
// which TLC lists from the name ("line 14, col 21 to line 14, col 30" for
// a : {1, 2}), but a set that depends on the state from the set (b :
// {x}).
func (c *compiler) covField(f *ast.Field, compile func() cx) cx {
	v := ast.Unparen(f.Value)
	if c.cov == nil || !covKind(v) {
		return compile()
	}
	n := c.cov.child(v, f.Name, f.Value)
	x := compile()
	if x.dep&(depState|depNext|depRun|depEnv) != 0 {
		n.From = f.Value
	}
	return x
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
