package eval

import (
	"runtime"
	"weak"

	"github.com/wspcycle/wspcycle/tla/ast"
	"github.com/wspcycle/wspcycle/tla/token"
	"github.com/wspcycle/wspcycle/tla/value"
)

// TLC's function constructor [x \in S |-> e] turns its FcnLambdaValue
// into a table at once (Tool's fc case: toFcnRcd) when every domain is
// Reducible (an interval or an enumerated set) and the value is not read
// as the function of an application f[a] (EvalControl.KeepLazy, which
// the evaluation of f passes down to every definition, argument and
// substitution it reaches): each element costs on the constructor's node
// and the enumeration of an enumerated domain on its set constructor, as
// in a comparison (covfcnmat.go). DOMAIN [i \in 0..2 |-> x[i]], or
// 1 \in DOMAIN F with F such a constructor, costs 3 per evaluation
// (CovFcnEager). ctx.covApplied counts the applications whose function
// is being evaluated; a value charged here is not charged again by the
// assignment or the value that stores it (covfcnstore.go).

// covReducibleBounds reports whether every bound of f ranges over a set
// TLC's value of which is Reducible: written as a..b or {a, b, ...}.
func covReducibleBounds(f *ast.FuncCons) bool {
	for _, b := range f.Bounds {
		if b == nil || b.Set == nil {
			return false
		}
		switch s := ast.Unparen(b.Set).(type) {
		case *ast.SetEnum:
		case *ast.Binary:
			if s.Op != token.DOTDOT {
				return false
			}
		default:
			return false
		}
	}
	return true
}

// covFcnEager wraps x, the function constructor f (node n), to cost what
// TLC's eager conversion costs where TLC converts.
func (c *compiler) covFcnEager(x cx, n *CovNode, f *ast.FuncCons) cx {
	if c.origins == nil || c.origins.sink || x.dep == 0 {
		// A constant one is a definition TLC evaluates once, before
		// the run, and keeps lazy (CovPrintFcn's Single).
		return x
	}
	o := c.fcnOrigins()
	dom := covDomainOf(n, f)
	fn := x.fn
	x.fn = func(k *ctx) (value.Value, error) {
		v, err := fn(k)
		if g, ok := v.(*value.FcnV); ok && err == nil && k.covMute == 0 && k.covApplied == 0 {
			n.cost.Add(int64(g.Len()))
			if dom != nil {
				dom.cost.Add(int64(g.Len()) + 1)
			}
			o.markEager(g)
		}
		return v, err
	}
	x.into = nil
	return x
}

// markEager notes g as a table already costed.
func (o *covFcnOrigins) markEager(g *value.FcnV) {
	key := weak.Make(g)
	if _, loaded := o.eager.LoadOrStore(key, true); !loaded {
		runtime.AddCleanup(g, func(key weak.Pointer[value.FcnV]) { o.eager.Delete(key) }, key)
	}
}

// isEager reports whether v is a table costed where it was built.
func (o *covFcnOrigins) isEager(v value.Value) bool {
	g, ok := v.(*value.FcnV)
	if !ok || o == nil {
		return false
	}
	_, ok = o.eager.Load(weak.Make(g))
	return ok
}

// covAppliedFn wraps fn, the function of an application, to be evaluated
// with ctx.covApplied raised.
func covAppliedFn(fn cx) cx {
	f := fn.fn
	fn.fn = func(k *ctx) (value.Value, error) {
		k.covApplied++
		v, err := f(k)
		k.covApplied--
		return v, err
	}
	fn.into = nil
	return fn
}
