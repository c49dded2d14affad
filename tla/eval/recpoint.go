package eval

import (
	"errors"

	"github.com/wspcycle/wspcycle/tla/ast"
	"github.com/wspcycle/wspcycle/tla/span"
	"github.com/wspcycle/wspcycle/tla/token"
	"github.com/wspcycle/wspcycle/tla/value"
)

// TLC keeps a function constructor [x \in S |-> e] lazy (FcnLambdaValue):
// applied, it evaluates e at the argument only. wspcycle builds the
// function, whose value is TLC's; but for the idiom of a recursive
// function whose body is a function constructor,
//
//	trcl[n \in Nat] == [x, y \in S |-> ... trcl[n-1][x, z] ...]
//
// (Relation's TransitiveClosure), building trcl[n-1] at each application
// costs all |S|^2 entries, each applying trcl[n-1] again: 63^3 entries for
// three nodes where TLC evaluates 7^3 (echo/MCEcho's invariant, a second
// per state, which made `-simulate` crawl).
//
// A point application f[a][b] of such an f is evaluated as TLC evaluates
// it: f's body at a, the constructor's body at b, after checking a and b
// are in the domains. An error of the body at the point is the outcome,
// as TLC's (building the function would make an error at another point
// the verdict), and so is b outside the constructor's domain, in TLC's
// FcnLambdaValue wording (recPoint.outOfDomain). Other misses (a domain
// that could not be built or compared, a is outside f's domain, the
// recursion bound) make the outermost point application evaluate again
// by building, point applications off (ctx.pointOff), so that the
// outcome is the built function's, as before. Bodies with effects (Print)
// or that draw from the run (RandomElement) are always built. Coverage
// and TLC's call stack see the point evaluation, as TLC's lazy value is
// counted and recorded. lambdaPoint.go does the same for a constructor
// that is no recursive function's body.

// recPoint is a function constructor that is a recursive function's body:
// its binders and body, compiled in the function's slots (which a nested
// application saves).
type recPoint struct {
	bs   []binder
	body cx
	// name and bodyName make TLC's text of the constructor when it
	// cannot be tabulated: its binder's name and its body's node name
	// (outOfDomain); name is empty when an argument outside the domain
	// falls back to building.
	name, bodyName string
	pos            token.Pos
}

// outOfDomain is TLC's error for the constructor applied to x, outside
// its domain s (a FcnLambdaValue's apply): "In applying the function\n" f
// ...; f printed tabulated when it can be, else, when the body fails at
// some point, as [x \in S |-> <expression ...>] (TLC rev cc6b616, golden
// recpoint/PtOutDom). Tabulating runs the body at every point, as TLC's
// toString does, and leaves the call stack at its first failure.
func (p *recPoint) outOfDomain(k *ctx, s value.SetValue, x value.Value) error {
	shown := ""
	if es, err := s.Enum(); err == nil {
		b := &p.bs[0]
		var keys, vals []value.Value
		ok := true
		for _, key := range es.Elems() {
			b.bindSlot(k, key)
			v, err := p.body.fn(k)
			if err != nil {
				ok = false
				break
			}
			keys, vals = append(keys, key), append(vals, v)
		}
		if ok {
			shown = value.FcnFromPairs(keys, vals).String()
		}
	}
	if shown == "" {
		shown = "[" + p.name + " \\in " + s.String() + " |-> <expression " + p.bodyName + ">]"
	}
	return errorf(p.pos, "In applying the function\n%s,\nthe first argument is:\n%s\nwhich is not in its domain.\n", shown, x)
}

// errPointMiss is a nested point application's failure that is no error
// of the body's (an argument outside a domain): the outermost one, which
// catches every failure, evaluates again by building.
var errPointMiss = errors.New("eval: point application falls back to building the function")

// pointable reports whether fc, a recursive function's body, can be
// evaluated at a point by this compiler.
func (c *compiler) pointable(fc *ast.FuncCons) bool {
	for _, b := range fc.Bounds {
		if b.Tuple || b.Set == nil {
			return false
		}
	}
	return true
}

// pointCons is the function constructor r's body is, if it can be
// evaluated at a point.
func (c *compiler) pointCons(r *recFcn) *ast.FuncCons {
	fc, ok := ast.Unparen(r.def.Body).(*ast.FuncCons)
	if !ok || !c.pointable(fc) {
		return nil
	}
	return fc
}

// recBody compiles r's body in en, keeping a function constructor's
// binders and body in r.point.
func (c *compiler) recBody(r *recFcn, en cenv) cx {
	fc := c.pointCons(r)
	if fc == nil || c.nest >= maxNest {
		return c.expr(r.def.Body, en)
	}
	// c.expr's bookkeeping, then exprCore's with the pieces kept.
	c.nest++
	c.nexprs++
	defer func() { c.nest-- }()
	var p recPoint
	x := c.exprCoreOf(fc, func() cx {
		bs, ben := c.bounds(fc.Bounds, en)
		setTupleBind(bs, bindPrefix, fc)
		p.bs, p.body = bs, c.expr(fc.Body, ben)
		return c.funcConsBuilt(fc, bs, p.body)
	})
	if (binderDeps(p.bs)|p.body.dep)&(depSide|depRun|depPending) == 0 {
		c.pointNames(&p, fc)
		r.point = &p
	}
	return x
}

// pointNames keeps in p what TLC prints of fc, a constructor of one
// binder, applied outside its domain.
func (c *compiler) pointNames(p *recPoint, fc *ast.FuncCons) {
	if len(fc.Bounds) != 1 || len(fc.Bounds[0].Names) != 1 {
		return
	}
	p.name = fc.Bounds[0].Names[0].Name
	p.bodyName = c.nodeName(fc.Body, span.Module(fc.Body.Pos().Filename))
	p.pos = fc.Pos()
}

// pointApp compiles e, f[a][b] with f a function definition whose body is
// a function constructor, as a point application; general is e compiled
// as any application, which it falls back to.
func (c *compiler) pointApp(e *ast.FuncApp, en cenv, args []cx, general cx) (cx, bool) {
	in, ok := ast.Unparen(e.Fn).(*ast.FuncApp)
	if !ok {
		return cx{}, false
	}
	id, ok := in.Fn.(*ast.Ident)
	if !ok {
		return cx{}, false
	}
	r := c.recFor(id.Name, en)
	if r == nil || c.pointCons(r) == nil {
		return cx{}, false
	}
	// f's arguments a compiled again (general holds them too): any
	// error they have is reported once.
	nerr := len(c.errs)
	inner := c.exprs(in.Args, en)
	if len(c.errs) > nerr {
		c.errs = c.errs[:nerr]
		return cx{}, false
	}
	if (deps(inner...)|deps(args...))&(depSide|depRun) != 0 {
		return cx{}, false
	}
	name, pos := id.Name, in.Pos()
	return c.covRecUse(cx{fn: func(k *ctx) (value.Value, error) {
		p := r.point
		if p == nil || k.pointOff > 0 {
			return general.fn(k)
		}
		v, err := r.applyPoint(k, p, inner, args, name, pos)
		if err == nil || !errors.Is(err, errPointMiss) {
			// The body's error at the point, or an argument outside
			// the constructor's domain, is TLC's outcome.
			return v, err
		}
		if k.pointIn > 0 {
			return nil, err // the outermost point application builds
		}
		k.pointOff++
		v, err = general.fn(k)
		k.pointOff--
		return v, err
	}, dep: general.dep, pos: general.pos}, name, en), true // covrecarg.go
}

// applyPoint evaluates f[a][b] at the point: f's arguments a, the
// constructor's b.
func (r *recFcn) applyPoint(k *ctx, p *recPoint, inner, args []cx, name string, pos token.Pos) (value.Value, error) {
	as, err := evalAll(k, inner)
	if err != nil {
		return nil, err
	}
	bs, err := evalAll(k, args)
	if err != nil {
		return nil, err
	}
	// r's slots are given back even to an application not nested in
	// another: on a failure the caller evaluates again, in the
	// environment it started in (a lazy function's body reads its
	// binders after applying r).
	var buf [8]value.Value
	saved := buf[:0]
	if n := r.hi - r.lo; n > len(buf) {
		saved = make([]value.Value, 0, n)
	}
	saved = append(saved, k.env[r.lo:r.hi]...)
	k.pointIn++
	v, err := r.pointAt(k, p, as, bs, name, pos)
	k.pointIn--
	copy(k.env[r.lo:r.hi], saved)
	return v, err
}

func (r *recFcn) pointAt(k *ctx, p *recPoint, as, bs []value.Value, name string, pos token.Pos) (value.Value, error) {
	if err := r.bindArgs(k, as, name, pos, true); err != nil {
		return nil, err
	}
	if k.recActive[r.id] >= maxRecursion {
		return nil, errPointMiss
	}
	k.recActive[r.id]++
	v, err := p.at(k, bs)
	k.recActive[r.id]--
	return v, err
}

// at evaluates the constructor's body at bs, its arguments.
func (p *recPoint) at(k *ctx, bs []value.Value) (value.Value, error) {
	vals := bs
	switch {
	case len(p.bs) == 1 && len(bs) > 1:
		vals = []value.Value{value.TupleOf(bs)}
	case len(p.bs) > 1 && len(bs) == 1:
		f, ok := bs[0].(*value.FcnV)
		if !ok || !f.IsTuple() || f.Len() != len(p.bs) {
			return nil, errPointMiss
		}
		vals = f.Elems()
	case len(p.bs) != len(bs):
		return nil, errPointMiss
	}
	for i := range p.bs {
		b := &p.bs[i]
		s, err := evalSet(k, b.set)
		if err != nil {
			return nil, err
		}
		// The domain must be one the built function enumerates.
		if isMixed(s) {
			return nil, errPointMiss
		}
		if n, err := s.Size(); err != nil || n > value.MaxEnum() {
			return nil, errPointMiss
		}
		in, err := s.Member(vals[i])
		if err != nil {
			return nil, errPointMiss
		}
		if !in {
			if p.name != "" && len(p.bs) == 1 {
				return nil, p.outOfDomain(k, s, vals[0])
			}
			return nil, errPointMiss
		}
		b.bindSlot(k, vals[i])
	}
	return p.body.fn(k)
}
