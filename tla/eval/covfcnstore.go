package eval

import (
	"runtime"
	"sync"
	"sync/atomic"
	"weak"

	"github.com/wspcycle/wspcycle/tla/ast"
	"github.com/wspcycle/wspcycle/tla/value"
)

// A function constructor whose value an assignment gives a variable
// inside another value (clock = [n \in S |-> [m \in S |-> 0]], c' = [c
// EXCEPT ![n] = M(n, @)] with M's body a constructor): TLC's value is a
// FcnLambdaValue, turned into a table once, by the assignment (also when
// the action then fails: CovFcnFail's Merge), each element costing on
// the constructor's node and the enumeration of its domain on the
// domain's set constructor (Examples' EWD998ChanID: its clocks). The
// value the variable itself holds costs where the assignment or the
// comparison turns it into a table (covAssign, covfcnmat.go); the ones
// inside it cost here: each evaluation of a constructor notes its value,
// and each assignment charges the noted values inside its value, once
// per evaluation that built them (a constant constructor gives the same
// value each time).

// covFcnOrigin is what a noted function value has still to cost: pending
// evaluations built it since it last cost, on n and dom.
type covFcnOrigin struct {
	n, dom  *CovNode
	pending atomic.Int64
}

// covFcnOrigins maps the function values constructors built, weakly, to
// their covFcnOrigin.
type covFcnOrigins struct {
	m sync.Map // weak.Pointer[value.FcnV] -> *covFcnOrigin
	// eager: the tables costed where they were built (covfcneager.go).
	eager sync.Map // weak.Pointer[value.FcnV] -> true
}

// fcnOrigins is c.origins.fcn, made on first use.
func (c *compiler) fcnOrigins() *covFcnOrigins {
	if c.origins.fcn == nil {
		c.origins.fcn = &covFcnOrigins{}
	}
	return c.origins.fcn
}

// covFcnNote wraps x, the function constructor f (node n), to note its
// values.
func (c *compiler) covFcnNote(x cx, n *CovNode, f *ast.FuncCons) cx {
	if c.origins == nil || c.origins.sink {
		return x
	}
	o := c.fcnOrigins()
	dom := covDomainOf(n, f)
	fn := x.fn
	x.fn = func(k *ctx) (value.Value, error) {
		v, err := fn(k)
		if g, ok := v.(*value.FcnV); ok && err == nil && k.covMute == 0 && !o.isEager(g) {
			o.note(g, n, dom)
		}
		return v, err
	}
	x.into = nil
	return x
}

func (o *covFcnOrigins) note(g *value.FcnV, n, dom *CovNode) {
	key := weak.Make(g)
	e, loaded := o.m.LoadOrStore(key, &covFcnOrigin{n: n, dom: dom})
	if !loaded {
		runtime.AddCleanup(g, func(key weak.Pointer[value.FcnV]) { o.m.Delete(key) }, key)
	}
	e.(*covFcnOrigin).pending.Add(1)
}

// chargeAssigned charges the noted function values inside v, the value
// an assignment x' = e (x = e of the initial predicate) gives its
// variable.
func (o *covFcnOrigins) chargeAssigned(v value.Value) {
	if g, ok := v.(*value.FcnV); ok {
		// The variable's own value costs where it is assigned
		// (covAssign) or compared (covfcnmat.go).
		if e, ok := o.m.Load(weak.Make(g)); ok {
			e.(*covFcnOrigin).pending.Store(0)
		}
	}
	o.chargeInside(v)
}

// chargeInside charges the noted function values inside v (not v).
func (o *covFcnOrigins) chargeInside(v value.Value) {
	switch v := v.(type) {
	case *value.FcnV:
		for _, x := range v.Elems() {
			o.charge(x)
		}
	case *value.SetV:
		for _, x := range v.Elems() {
			o.charge(x)
		}
	}
}

// charge charges v, when noted, and the noted values inside it.
func (o *covFcnOrigins) charge(v value.Value) {
	if g, ok := v.(*value.FcnV); ok {
		if e, ok := o.m.Load(weak.Make(g)); ok {
			if p := e.(*covFcnOrigin).pending.Swap(0); p > 0 {
				e := e.(*covFcnOrigin)
				e.n.cost.Add(p * int64(g.Len()))
				if e.dom != nil {
					e.dom.cost.Add(p * (int64(g.Len()) + 1))
				}
			}
		}
	}
	o.chargeInside(v)
}
