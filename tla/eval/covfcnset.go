package eval

import (
	"github.com/wspcycle/wspcycle/tla/ast"
	"github.com/wspcycle/wspcycle/tla/value"
)

// TLC enumerates a set of functions [D -> R] (SetOfFcnsValue's
// Enumerator) with an odometer of enumerators of R, one per element of D:
// each function built costs |D| on the node of [D -> R], and each step of
// the odometer's enumerators costs on the node that built R (each element
// and the end of R's enumeration, as any enumeration of a set). x \in
// [D -> R] in the initial predicate or an action enumerates it so; a
// quantifier over it first converts it to an enumerated set (the
// functions, then their number, on [D -> R]'s node) and enumerates that
// (each function and the end): N(|D| + 2) + 1 for N functions. FcnSet.tla
// of the golden test: f \in [{"a", "b"} -> {1, 2, 3}] costs 18 and 17.

// covFcnSetOf notes on the step st (x \in y) the nodes of [D -> R] and of
// R when y is a set of functions whose range a constructor builds.
func (c *compiler) covFcnSetOf(st *step, y ast.Expr) {
	if st.cov == nil || st.kind != sMember {
		return
	}
	fs, ok := ast.Unparen(y).(*ast.FuncSet)
	if !ok {
		return
	}
	n, ok := st.cov.byKey[fs]
	if !ok {
		return
	}
	st.covCost = n
	if sh := c.covFactorShape(n, fs.Rng); sh.factors != nil || sh.rng != nil {
		// A range that is a product, a set of records or of functions
		// again: an odometer of its enumerators (covprod.go).
		st.covProd = &prodShape{n: n, rng: sh}
		return
	}
	st.covFcnSet = true
	if r := ast.Unparen(fs.Rng); setConstructor(r) {
		st.covRng = n.byKey[r]
	}
}

// covFcnSetMember costs the enumeration of the set of functions s by
// x \in s: |D| per function on n, the odometer's steps on rng.
func covFcnSetMember(s value.SetValue, n, rng *CovNode) {
	d, r, ok := fcnSetShape(s)
	if !ok {
		return
	}
	n.cost.Add(fcnCount(d, r) * d)
	if rng != nil {
		rng.cost.Add(odometerSteps(d, r))
	}
}

// covFcnSetQuant wraps the set of functions x (node n), which a
// quantifier enumerates, with TLC's cost of that enumeration.
func covFcnSetQuant(x cx, n *CovNode, fs *ast.FuncSet) cx {
	fn := x.fn
	x.fn = func(k *ctx) (value.Value, error) {
		v, err := fn(k)
		if err != nil || k.covMute != 0 {
			return v, err
		}
		s, ok := v.(value.SetValue)
		if !ok {
			return v, err
		}
		d, r, ok := fcnSetShape(s)
		if !ok {
			return v, err
		}
		num := fcnCount(d, r)
		n.cost.Add(num*(d+2) + 1)
		if rn, ok := n.byKey[ast.Unparen(fs.Rng)]; ok && setConstructor(ast.Unparen(fs.Rng)) {
			rn.cost.Add(odometerSteps(d, r))
		}
		return v, err
	}
	return x
}

// fcnSetShape is the sizes of the domain and range of the set of
// functions s: a [D -> R], or the set of its functions (a constant
// [D -> R] is folded into it).
func fcnSetShape(s value.SetValue) (d, r int64, ok bool) {
	if e, isE := s.(*value.SetV); isE {
		return fcnSetShapeOf(e)
	}
	f, isF := s.(*value.FcnSetV)
	if !isF {
		return 0, 0, false
	}
	d, err := f.Dom.Size()
	if err != nil {
		return 0, 0, false
	}
	r, err = f.Rng.Size()
	if err != nil {
		return 0, 0, false
	}
	return d, r, true
}

// fcnCount is r^d, the number of functions (capped, as a cost).
func fcnCount(d, r int64) int64 {
	n := int64(1)
	for i := int64(0); i < d; i++ {
		n *= r
		if n > 1<<40 {
			return 1 << 40
		}
	}
	return n
}

// odometerSteps is the number of times TLC's odometer over d enumerators
// of a set of r elements asks one for its next element: one each to
// start, for each next function one plus two for each digit that wraps
// (the end, then the first element again), and at the end all d wrap but
// the last, which only ends.
func odometerSteps(d, r int64) int64 {
	if d == 0 || r == 0 {
		return d
	}
	digits := make([]int64, d)
	steps := d
	for {
		i := int64(0)
		for i < d && digits[i] == r-1 {
			digits[i] = 0
			i++
		}
		if i == d {
			return steps + 2*d - 1
		}
		steps += 2*i + 1
		digits[i]++
	}
}

// fcnSetShapeOf is fcnSetShape of the functions of a [D -> R] enumerated:
// |D| is the domain's size of one of them, |R| the |D|-th root of their
// number.
func fcnSetShapeOf(e *value.SetV) (d, r int64, ok bool) {
	if e.Len() == 0 {
		return 0, 0, false
	}
	f, isF := e.Elems()[0].(*value.FcnV)
	if !isF {
		return 0, 0, false
	}
	d = int64(f.Len())
	n := int64(e.Len())
	for r = 1; fcnCount(d, r) < n; r++ {
	}
	if fcnCount(d, r) != n {
		return 0, 0, false
	}
	return d, r, true
}
