package eval

import "testing"

// TestProdEnum checks the simulation of TLC's odometer (covprod.go) on the
// enumerations whose costs TLC's runs on CovProd.tla and CovLazy.tla showed
// (one enumeration each, the numbers per evaluation of those runs):
// {1, 2} \X {3, 4} costs 8 on the product, 3 on {1, 2}, 7 on {3, 4};
// [a : {1}, b : {2, 3}] \X {5} costs 4 on the product, 4 on the record
// set, 2 on {1}, 4 on {2, 3}, 5 on {5}. An empty set ends the odometer at
// once: {} \X {1} costs 1 on {} and nothing else.
func TestProdEnum(t *testing.T) {
	leaf := func() *prodShape { return &prodShape{n: &CovNode{}} }
	size := func(n int64) *prodVal { return &prodVal{size: n} }
	type want struct {
		node *CovNode
		cost int64
	}
	a, b := leaf(), leaf()
	flat := &prodShape{n: &CovNode{}, factors: []*prodShape{a, b}}
	f1, f2, f3 := leaf(), leaf(), leaf()
	rec := &prodShape{n: &CovNode{}, factors: []*prodShape{f1, f2}}
	nested := &prodShape{n: &CovNode{}, factors: []*prodShape{rec, f3}}
	e1, e2 := leaf(), leaf()
	empty := &prodShape{n: &CovNode{}, factors: []*prodShape{e1, e2}}
	for _, tc := range []struct {
		name  string
		sh    *prodShape
		pv    *prodVal
		elems int64
		costs []want
	}{
		{"{1, 2} \\X {3, 4}", flat, &prodVal{parts: []*prodVal{size(2), size(2)}}, 4,
			[]want{{flat.n, 8}, {a.n, 3}, {b.n, 7}}},
		{"[a : {1}, b : {2, 3}] \\X {5}", nested, &prodVal{parts: []*prodVal{{parts: []*prodVal{size(1), size(2)}}, size(1)}}, 2,
			[]want{{nested.n, 4}, {rec.n, 4}, {f1.n, 2}, {f2.n, 4}, {f3.n, 5}}},
		{"{} \\X {1}", empty, &prodVal{parts: []*prodVal{size(0), size(1)}}, 0,
			[]want{{empty.n, 0}, {e1.n, 1}, {e2.n, 0}}},
	} {
		e := newProdEnum(tc.sh, tc.pv)
		var n int64
		for e.next() {
			n++
		}
		if n != tc.elems {
			t.Errorf("%s: %d elements, want %d", tc.name, n, tc.elems)
		}
		for i, w := range tc.costs {
			if got := w.node.Cost(); got != w.cost {
				t.Errorf("%s: cost %d of node %d, want TLC's %d", tc.name, got, i, w.cost)
			}
		}
	}
}
