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
// are in the domains; f[a][b][c] of a constructor whose body is one, at
// c (recPoint.inner). An error of the body at the point is the outcome,
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
	// heads are, for a constructor of several binders, the first name
	// of each of its bounds and at the index in bs of that name's
	// binder (pointNamesN); nil otherwise.
	heads  []string
	headAt []int
	// inner is the constructor the body is, when it is one (g3[n] ==
	// [x \in S |-> [y \in T |-> e]]): f[a][b][c] evaluates e at c only,
	// as TLC's FcnLambdaValue whose body is another. Its binders and body
	// are compiled with the outer body (compiler.keepCons), in the
	// function's slots.
	inner *recPoint
	// noTab makes outOfDomain a miss where it would tabulate: the
	// function has EXCEPTs TLC's text would show (lambdaExcept).
	noTab bool
	// cov is the constructor's coverage node, when it is a recursive
	// function's body compiled under coverage (recBody).
	cov *CovNode
	// anyDomain: the binders are a recursive function's, whose general
	// application does not enumerate its domain (Nat): an argument is
	// only checked to be in it (recApp).
	anyDomain bool
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
			if p.noTab {
				return errPointMiss
			}
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
	saved := c.cov
	if c.cov != nil {
		// TLC lists the constructor under the definition, its body's
		// node and then its domain's, and counts it at each
		// FcnLambdaValue made: each point evaluation (domains).
		p.cov = c.cov.child(fc, fc, fc)
		covBodyFirst(p.cov, fc)
		c.cov = p.cov
	}
	defer func() { c.cov = saved }()
	x := c.exprCoreOf(fc, func() cx {
		bs, ben := c.bounds(fc.Bounds, en)
		setTupleBind(bs, bindPrefix, fc)
		kept := c.keepInner(&p, fc)
		p.bs, p.body = bs, c.expr(fc.Body, ben)
		c.keptInner(&p, kept)
		return c.funcConsBuilt(fc, bs, p.body)
	})
	if (binderDeps(p.bs)|p.body.dep)&(depRun|depPending) == 0 {
		c.pointNames(&p, fc)
		r.point = &p
	}
	return x
}

// keepInner registers the constructors nested in fc's body (its body
// is one, whose body is one, ...) for funcCons to keep their compiled
// pieces in a chain of recPoints from p.inner; it returns them.
func (c *compiler) keepInner(p *recPoint, fc *ast.FuncCons) []*ast.FuncCons {
	var kept []*ast.FuncCons
	for q := p; ; {
		in, ok := ast.Unparen(fc.Body).(*ast.FuncCons)
		if !ok || !c.pointable(in) || c.keepCons[in] != nil {
			return kept
		}
		if c.keepCons == nil {
			c.keepCons = map[*ast.FuncCons]*recPoint{}
		}
		q.inner = &recPoint{}
		c.keepCons[in] = q.inner
		kept = append(kept, in)
		q, fc = q.inner, in
	}
}

// keptInner ends keepInner's registration, after fc's body compiled:
// a nested constructor whose pieces were not kept (compiled some other
// way) ends the chain.
func (c *compiler) keptInner(p *recPoint, kept []*ast.FuncCons) {
	q := p
	for _, in := range kept {
		next := c.keepCons[in]
		delete(c.keepCons, in)
		if q == nil {
			continue
		}
		if next.body.fn == nil {
			q.inner, q = nil, nil
			continue
		}
		c.pointNames(next, in)
		q = next
	}
}

// pointNames keeps in p what TLC prints of fc, a constructor of one
// binder, applied outside its domain.
func (c *compiler) pointNames(p *recPoint, fc *ast.FuncCons) {
	if len(fc.Bounds) != 1 || len(fc.Bounds[0].Names) != 1 {
		c.pointNamesN(p, fc) // recpointdom.go
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
	// f[a][b][c]...: the argument lists between f[a] and the last.
	var mid [][]ast.Expr
	for {
		next, ok := ast.Unparen(in.Fn).(*ast.FuncApp)
		if !ok {
			break
		}
		mid = append([][]ast.Expr{in.Args}, mid...)
		in = next
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
	lists := make([][]cx, 0, len(mid)+1)
	for _, m := range mid {
		lists = append(lists, c.exprs(m, en))
	}
	lists = append(lists, args)
	if len(c.errs) > nerr {
		c.errs = c.errs[:nerr]
		return cx{}, false
	}
	d := deps(inner...)
	for _, l := range lists {
		d |= deps(l...)
	}
	if d&(depSide|depRun) != 0 {
		return cx{}, false
	}
	name, pos := id.Name, in.Pos()
	return c.covRecUse(cx{fn: func(k *ctx) (value.Value, error) {
		p := r.point
		if p == nil || k.pointOff > 0 {
			return general.fn(k)
		}
		v, err := r.applyPoint(k, p, inner, lists, name, pos)
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

// applyPoint evaluates f[a][b]... at the point: f's arguments a, the
// constructors' lists b, ....
func (r *recFcn) applyPoint(k *ctx, p *recPoint, inner []cx, lists [][]cx, name string, pos token.Pos) (value.Value, error) {
	as, err := evalAll(k, inner)
	if err != nil {
		return nil, err
	}
	var one [1][]value.Value
	bss := one[:0]
	for _, l := range lists {
		bs, err := evalAll(k, l)
		if err != nil {
			return nil, err
		}
		bss = append(bss, bs)
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
	v, err := r.pointAt(k, p, as, bss, name, pos)
	k.pointIn--
	copy(k.env[r.lo:r.hi], saved)
	return v, err
}

func (r *recFcn) pointAt(k *ctx, p *recPoint, as []value.Value, bss [][]value.Value, name string, pos token.Pos) (value.Value, error) {
	// TLC builds the FcnLambdaValue of r once per evaluation of the LET
	// that uses it (covBuild): the definition's node and r's domain count
	// then, not at each point.
	if err := r.bindArgs(k, as, name, pos, r.covBuild(k)); err != nil {
		return nil, err
	}
	if k.recActive[r.id] >= maxRecursion {
		return nil, errPointMiss
	}
	k.recActive[r.id]++
	v, err := p.atChain(k, bss, pos)
	k.recActive[r.id]--
	return v, err
}

// atChain evaluates p's body at bss[0], and when more lists follow, the
// constructor the body is (p.inner) at bss[1], and so on; a body that is
// no kept constructor is built and applied to the rest, any failure of
// that falling back to building (errPointMiss).
func (p *recPoint) atChain(k *ctx, bss [][]value.Value, pos token.Pos) (value.Value, error) {
	for {
		if err := p.bind(k, bss[0]); err != nil {
			return nil, err
		}
		bss = bss[1:]
		if len(bss) == 0 {
			return p.body.fn(k)
		}
		if p.inner == nil {
			break
		}
		p = p.inner
	}
	v, err := p.body.fn(k)
	if err != nil {
		return nil, err
	}
	for _, bs := range bss {
		x := bs[0]
		if len(bs) > 1 {
			x = value.TupleOf(bs)
		}
		if v, err = apply(v, x, pos); err != nil {
			return nil, errPointMiss
		}
	}
	return v, nil
}

// at evaluates the constructor's body at bs, its arguments.
func (p *recPoint) at(k *ctx, bs []value.Value) (value.Value, error) {
	if err := p.bind(k, bs); err != nil {
		return nil, err
	}
	return p.body.fn(k)
}

// bind binds the constructor's binders to bs, its arguments, after
// checking they are in its domain.
func (p *recPoint) bind(k *ctx, bs []value.Value) error {
	sets, err := p.domains(k)
	if err != nil {
		return err
	}
	return p.bindIn(k, sets, bs)
}

// domains evaluates the constructor's domains, in the order written:
// TLC evaluates them when it makes the FcnLambdaValue, before the
// arguments it is applied to.
func (p *recPoint) domains(k *ctx) ([]value.SetValue, error) {
	if p.cov != nil && k.covMute == 0 {
		p.cov.count.Add(1)
	}
	sets := make([]value.SetValue, len(p.bs))
	for i := range p.bs {
		s, err := evalSet(k, p.bs[i].set)
		if err != nil {
			return nil, err
		}
		sets[i] = s
	}
	return sets, nil
}

// bindIn binds the constructor's binders to bs, its arguments, after
// checking they are in sets, its domains (domains).
func (p *recPoint) bindIn(k *ctx, sets []value.SetValue, bs []value.Value) error {
	vals := bs
	switch {
	case len(p.bs) == 1 && len(bs) > 1:
		vals = []value.Value{value.TupleOf(bs)}
	case len(p.bs) > 1 && len(bs) == 1:
		f, ok := bs[0].(*value.FcnV)
		if (!ok || !f.IsTuple()) && p.heads != nil {
			return p.notArgList(k, bs[0])
		}
		if !ok || !f.IsTuple() || f.Len() != len(p.bs) {
			return errPointMiss
		}
		vals = f.Elems()
	case len(bs) > len(p.bs) && p.heads != nil:
		// TLC's FcnLambdaValue.select reads as many arguments as the
		// constructor has binders and ignores the others (TLC rev
		// cc6b616: recpoint's LzTwoOutLen, H(v)[0, 0, 0], exit 0).
		vals = bs[:len(p.bs)]
	case len(p.bs) != len(bs):
		return errPointMiss
	}
	for i := range p.bs {
		b := &p.bs[i]
		s := sets[i]
		// The domain must be one the built function enumerates.
		if isMixed(s) {
			return errPointMiss
		}
		if n, err := s.Size(); !p.anyDomain && (err != nil || n > value.MaxEnum()) {
			return errPointMiss
		}
		in, err := s.Member(vals[i])
		if err != nil {
			return errPointMiss
		}
		if !in {
			if p.name != "" && len(p.bs) == 1 {
				return p.outOfDomain(k, s, vals[0])
			}
			if p.heads != nil {
				return p.outOfDomainN(k, i, vals[i])
			}
			return errPointMiss
		}
		b.bindSlot(k, vals[i])
	}
	return nil
}
