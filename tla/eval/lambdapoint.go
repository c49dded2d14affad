package eval

import (
	"errors"

	"github.com/wspcycle/wspcycle/tla/ast"
	"github.com/wspcycle/wspcycle/tla/value"
)

// A function constructor applied, F[a], where F is the constructor
// written there, a LET definition without parameters, an operator
// application G(v), an operator's parameter bound to one of these (TLC
// binds it to a lazy value) or a module-level definition whose body is
// one: TLC
// keeps the constructor lazy (FcnLambdaValue) and evaluates its body at a
// only, so an error or an effect (TLCSet, Print) at any other point of the
// domain is no part of TLC's outcome. Building the whole function made
// such an error wspcycle's verdict (G(v)[0] with a body failing at 1) and
// ran the effects |S| times.
//
// lambdaPoint evaluates the body at the point, after checking that each
// argument is in its binder's set; an error of the body at the point is
// the outcome, as TLC's. An argument outside the domain (or a domain the
// built function would not enumerate) evaluates the general application,
// which builds the function and words TLC's error. A constant
// constructor that builds without error keeps the built value (computed
// once; TLC evaluates a constant definition once at startup). A chain
// F[a][b] of a constructor whose body is a constructor (G3(v)[0][0]) is
// evaluated at each point in turn, as TLC's FcnLambdaValue whose body is
// another. Under coverage see lambdaPoint: only a constructor a name
// denotes keeps its general application first.

// lambdaCons resolves fe, the function of an application, to the
// function constructor it denotes and the environment its binders and
// body are compiled in.
//
// A record's field [a |-> F, b |-> e].a or a tuple's element <<F, e>>[1]
// is F too: TLC builds the record or tuple of values, F's a lazy
// function. The other fields or elements are evaluated all the same,
// for their errors and effects: they are compiled into *sib when sib is
// not nil.
func (c *compiler) lambdaCons(fe ast.Expr, en cenv, sib *[]cx) (*ast.FuncCons, cenv, bool) {
	x, en, ok := c.lambdaResolve(fe, en, sib, nil)
	fc, cons := x.(*ast.FuncCons)
	return fc, en, ok && cons
}

// lambdaResolve is lambdaCons stopping at a function constructor, at an
// EXCEPT (lambdaExcept) or at a choice of one at run time, an IF or a
// CASE (lambdachoice.go). When trail is not nil, the expressions it went
// through (the names, the applications) are appended to it, outermost
// first: TLC's call stack shows them while it evaluates the choice.
func (c *compiler) lambdaResolve(fe ast.Expr, en cenv, sib *[]cx, trail *[]ast.Expr) (ast.Expr, cenv, bool) {
	return c.lazyResolve(fe, en, sib, trail, resolveReq{rec: true})
}

// resolveReq is what lazyResolve stops at.
type resolveReq struct {
	// container: a record or a tuple written with its fields; else a
	// function's value (a constructor, an EXCEPT, a choice).
	container bool
	// sel, when not nil, lets a selection whose record or tuple is a
	// choice of them at run time ((IF c THEN R(v) ELSE R(1)).a) resolve
	// to the choice: the selections are appended to *sel, innermost
	// first, for each branch to make again (lambdachoice.go).
	sel *[]ast.Expr
	// rec lets an application r[a] of a recursive function resolve to
	// r's body, a in r's domain bound by a sibling (recApp): only for
	// a caller that runs *sib before what it compiled in the
	// environment returned (lambdaPointWith, lambdaExcept).
	rec bool
}

// lazyResolve follows fe to the expression whose value it is, as TLC
// passes a value on without looking at it: a name (an operator's
// parameter, a LET or module definition), an operator's application, a
// LET expression's body, a record's field or a tuple's element (the
// record or tuple itself resolved the same way: LET r == [a |-> F] IN
// r.a, R(v).a, <<F>>[1], Head(<<F>>)). It stops at what it was asked
// for: a function's value (a constructor, an EXCEPT, a choice) or, with
// container, a record or a tuple. This is the one place where laziness
// flows through names and structures; each shape reaching it is kept
// lazy alike.
func (c *compiler) lazyResolve(fe ast.Expr, en cenv, sib *[]cx, trail *[]ast.Expr, rq resolveReq) (ast.Expr, cenv, bool) {
	in := resolveReq{container: true, sel: rq.sel} // a selection's record or tuple
	for i := 0; i < maxInline; i++ {
		fe = ast.Unparen(fe)
		if trail != nil {
			switch fe.(type) {
			case *ast.FuncCons, *ast.If, *ast.Case, *ast.Except, *ast.Record, *ast.Tuple:
			default:
				*trail = append(*trail, fe)
			}
		}
		switch x := fe.(type) {
		case *ast.If, *ast.Case:
			return x, en, !rq.container || rq.sel != nil
		case *ast.FuncCons, *ast.Except:
			return x, en, !rq.container
		case *ast.Record, *ast.Tuple:
			return x, en, rq.container
		case *ast.Dot:
			var path []ast.Expr
			r, ren, ok := c.lazyResolve(x.X, en, sib, &path, in)
			appendTrail(trail, path)
			if ok && c.selChoice(r, x, rq) {
				return r, ren, true
			}
			rec, isRec := r.(*ast.Record)
			if !ok || !isRec {
				return nil, en, false
			}
			var elems []ast.Expr
			at := -1
			for j, f := range rec.Fields {
				elems = append(elems, f.Value)
				if f.Name.Name == x.Field.Name {
					at = j
				}
			}
			if at < 0 {
				return nil, en, false
			}
			c.siblings(elems, at, ren, sib, rec, append([]ast.Expr{x}, path...))
			fe, en = elems[at], ren
		case *ast.FuncApp:
			if body, ben, ok := c.recApp(x, en, sib, rq); ok {
				fe, en = body, ben
				continue
			}
			if len(x.Args) != 1 {
				return nil, en, false
			}
			n, ok := ast.Unparen(x.Args[0]).(*ast.Number)
			if !ok || n.Decimal {
				return nil, en, false
			}
			var path []ast.Expr
			tup, ten, ok := c.lazyResolve(x.Fn, en, sib, &path, in)
			appendTrail(trail, path)
			if !ok {
				return nil, en, false
			}
			if c.selChoice(tup, x, rq) {
				return tup, ten, true
			}
			if fe, en, ok = c.element(tup, int(n.Value), append([]ast.Expr{x}, path...), ten, sib); !ok {
				return nil, en, false
			}
		case *ast.Let:
			if c.cov != nil {
				// Its definitions are coverage nodes of their own.
				return nil, en, false
			}
			le, memos := c.letScopeMemo(x, en)
			setLetMode(le.sc, en.sc, letEval)
			if sib != nil && len(memos) > 0 {
				// Its definitions are evaluated anew each time, as
				// c.let clears them.
				sibBefore(sib, cx{fn: func(k *ctx) (value.Value, error) {
					for _, m := range memos {
						k.env[m] = nil
					}
					return nil, nil
				}})
			}
			fe, en = x.Body, le
		case *ast.Ident:
			if b := en.sc.lookup(x.Name); b != nil {
				if b.kind == bArg && b.arg != nil && !b.argEnv.primed {
					// An operator's parameter: TLC binds it to its
					// argument, a lazy value whose function stays lazy.
					fe, en = b.arg, b.argEnv
					continue
				}
				if b.kind == bLetOp && len(b.op.Params) == 0 && !c.isRecursiveOp(b.op) {
					fe, en.sc, en.at = b.op.Body, b.opEnv, -1
					continue
				}
				return nil, en, false
			}
			if s, sen, ok := c.substBody(x, en); ok {
				// An instance's constant or variable: the expression
				// substituted, TLC's lazy value (lazyinst.go).
				fe, en = s, sen
				continue
			}
			body, m, named := c.namedBody(x, en)
			if !named || c.constantBuilds(x, en) {
				return nil, en, false
			}
			fe, en = body, cenv{m: m, init: en.init, at: -1}
		case *ast.ModRef:
			// I!F, I!G(a), through instances (lazyinst.go).
			var ok bool
			if fe, en, ok = c.refBody(x, en); !ok {
				return nil, en, false
			}
		case *ast.OpApp:
			if len(x.Args) == 0 {
				return nil, en, false
			}
			name := x.Name.Name
			if b := en.sc.lookup(name); b != nil {
				if b.kind != bLetOp || c.isRecursiveOp(b.op) || len(b.op.Params) != len(x.Args) {
					return nil, en, false
				}
				oe := en
				oe.sc, oe.at = b.opEnv, -1
				en = c.bindArgs(b.op, x.Args, oe, en)
				fe = b.op.Body
				continue
			}
			d, ok := c.lookupName(name, en)
			if !ok && name == "Head" && len(x.Args) == 1 {
				// The standard Head(s) is TLC's first element of s,
				// the value as it is: s's element 1.
				var path []ast.Expr
				t, ten, ok := c.lazyResolve(x.Args[0], en, sib, &path, in)
				appendTrail(trail, path)
				if !ok {
					return nil, en, false
				}
				if c.selChoice(t, x, rq) {
					return t, ten, true
				}
				if fe, en, ok = c.element(t, 1, append([]ast.Expr{x}, path...), ten, sib); !ok {
					return nil, en, false
				}
				continue
			}
			if !ok || d.kind != eDef {
				return nil, en, false
			}
			od, ok := d.node.(*ast.OpDef)
			if !ok || c.isRecursiveOp(od) || len(od.Params) != len(x.Args) {
				return nil, en, false
			}
			if _, native := nativeOf(d.env.mod.Name.Name, name, len(x.Args)); native {
				return nil, en, false
			}
			en = c.bindArgs(od, x.Args, defEnv(d, en), en)
			fe = od.Body
		default:
			return nil, en, false
		}
	}
	return nil, en, false
}

// recApp resolves r[a], an application of a recursive function r whose
// body is a function constructor, to that body in an environment where
// r's binders are bound to a: TLC's r[a] is the body evaluated at a, a
// FcnLambdaValue it keeps lazy (Relation's TransitiveClosure, whose
// LET body trcl[N] is applied at the points anc[a, b] only). The
// binding is a sibling run before the point: it evaluates a and r's
// domain, and misses (errPointMiss: the general application builds and
// words TLC's error) when a is outside it.
func (c *compiler) recApp(x *ast.FuncApp, en cenv, sib *[]cx, rq resolveReq) (ast.Expr, cenv, bool) {
	if !rq.rec || rq.container || en.primed {
		return nil, en, false
	}
	id, ok := ast.Unparen(x.Fn).(*ast.Ident)
	if !ok {
		return nil, en, false
	}
	r := c.recFor(id.Name, en)
	if r == nil || c.pointCons(r) == nil {
		return nil, en, false
	}
	for _, b := range r.def.Bounds {
		if b.Tuple || b.Set == nil {
			return nil, en, false
		}
	}
	nerr := len(c.errs)
	args := c.exprs(x.Args, en)
	bs, ben := c.bounds(r.def.Bounds, r.env)
	if len(c.errs) > nerr || (deps(args...)|binderDeps(bs))&(depSide|depRun|depPending) != 0 {
		c.errs = c.errs[:nerr]
		return nil, en, false
	}
	if sib != nil {
		c.recSibs++
		p := &recPoint{bs: bs, anyDomain: true}
		sibBefore(sib, cx{fn: func(k *ctx) (value.Value, error) {
			sets, err := p.domains(k)
			if err != nil {
				return nil, err
			}
			vs, err := evalAll(k, args)
			if err != nil {
				return nil, err
			}
			return nil, p.bindIn(k, sets, vs)
		}, dep: deps(args...) | binderDeps(bs)})
	}
	return r.def.Body, ben, true
}

// selChoice reports whether r, the record or tuple a selection sel is
// of, is a choice of them (rq.sel asked for one): sel is appended to
// *rq.sel.
func (c *compiler) selChoice(r, sel ast.Expr, rq resolveReq) bool {
	switch r.(type) {
	case *ast.If, *ast.Case:
		*rq.sel = append(*rq.sel, sel)
		return true
	}
	return false
}

// reselect is sel, a selection lazyResolve went through (a field, an
// element, Head), made again of x.
func reselect(sel, x ast.Expr) ast.Expr {
	switch s := sel.(type) {
	case *ast.Dot:
		return &ast.Dot{X: x, Field: s.Field}
	case *ast.FuncApp:
		return &ast.FuncApp{Fn: x, Lbrack: s.Lbrack, Args: s.Args}
	case *ast.OpApp:
		return &ast.OpApp{Name: s.Name, Args: []ast.Expr{x}}
	}
	return x
}

// element is t's element n, when t is a tuple written with one (path
// selecting it, as siblings), its siblings compiled into *sib.
func (c *compiler) element(t ast.Expr, n int, path []ast.Expr, en cenv, sib *[]cx) (ast.Expr, cenv, bool) {
	tup, ok := t.(*ast.Tuple)
	if !ok || n < 1 || n > len(tup.Elems) {
		return nil, en, false
	}
	c.siblings(tup.Elems, n-1, en, sib, tup, path)
	return tup.Elems[n-1], en, true
}

// selectsTuple reports whether in, an application fe[n] of a number,
// has fe resolve to a tuple written with its elements (lazyResolve), or
// to a choice at run time of such tuples ((IF c THEN <<F>> ELSE
// <<G>>)[1][0]): the application selects an element, no level of a
// chain.
func (c *compiler) selectsTuple(in *ast.FuncApp, en cenv) bool {
	if len(in.Args) != 1 {
		return false
	}
	if _, num := ast.Unparen(in.Args[0]).(*ast.Number); !num {
		return false
	}
	nerr := len(c.errs)
	defer func() { c.errs = c.errs[:nerr] }()
	return c.tupleValued(in.Fn, en, 0)
}

// tupleValued reports whether x resolves to a tuple written with its
// elements or to an IF or CASE each of whose branches does (selected
// as x selected the choice: lazyResolve's sel, choiceNode's leaves).
func (c *compiler) tupleValued(x ast.Expr, en cenv, depth int) bool {
	if depth > maxInline {
		return false
	}
	var sel []ast.Expr
	t, ten, ok := c.lazyResolve(x, en, nil, nil, resolveReq{container: true, sel: &sel})
	if !ok {
		return false
	}
	var branches []ast.Expr
	switch y := t.(type) {
	case *ast.Tuple:
		return true
	case *ast.If:
		branches = []ast.Expr{y.Then, y.Else}
	case *ast.Case:
		for _, a := range y.Arms {
			branches = append(branches, a.Value)
		}
		if y.Other != nil {
			branches = append(branches, y.Other)
		}
	default:
		return false
	}
	for _, b := range branches {
		for _, s := range sel {
			b = reselect(s, b)
		}
		if !c.tupleValued(b, ten, depth+1) {
			return false
		}
	}
	return true
}

// sibBefore puts x in *sib before its mark (the element selected), or at
// its end when it has none: run before the selected element is.
func sibBefore(sib *[]cx, x cx) {
	for j, y := range *sib {
		if y.fn == nil {
			*sib = append(append(append([]cx(nil), (*sib)[:j]...), x), (*sib)[j:]...)
			return
		}
	}
	*sib = append(*sib, x)
}

// appendTrail appends path to *trail, when trail is not nil.
func appendTrail(trail *[]ast.Expr, path []ast.Expr) {
	if trail != nil {
		*trail = append(*trail, path...)
	}
}

// siblings compiles into *sib (when sib is not nil) the elements of a
// record or tuple other than the one at at; path, outermost first, are
// the selection of one from whole, the record or tuple, and the names
// and applications whole was reached through (LET r == [...] IN r.a:
// r.a, then r), which TLC's call stack shows evaluated around an
// element's error.
func (c *compiler) siblings(elems []ast.Expr, at int, en cenv, sib *[]cx, whole ast.Expr, path []ast.Expr) {
	if sib == nil {
		return
	}
	// TLC evaluates the elements in the order written, the one selected
	// (making the lazy function: its domain) among them. A mark (no fn)
	// stands for the selected one; an element's own elements, resolved
	// after it, replace the mark.
	var own []cx
	for j, x := range elems {
		if j == at {
			own = append(own, cx{})
		} else {
			y := c.csFrame(c.expr(x, en), whole)
			for i := len(path) - 1; i >= 0; i-- {
				fs, made := c.selFrames[path[i]]
				if !made {
					fs = path[i : i+1]
				}
				for j := len(fs) - 1; j >= 0; j-- {
					y = c.csFrame(y, fs[j])
				}
			}
			own = append(own, y)
		}
	}
	for j, x := range *sib {
		if x.fn == nil {
			*sib = append(append(append([]cx(nil), (*sib)[:j]...), own...), (*sib)[j+1:]...)
			return
		}
	}
	*sib = append(*sib, own...)
}

// runSibs runs sib's elements (siblings) from the first until the mark,
// or from the mark to the end when after is set.
func runSibs(k *ctx, sib []cx, after bool) error {
	in := !after
	for _, x := range sib {
		if x.fn == nil {
			if !after {
				return nil
			}
			in = true
			continue
		}
		if in {
			if _, err := x.fn(k); err != nil {
				return err
			}
		}
	}
	return nil
}

// csFrame makes x push e on TLC's call stack while it runs, as csExpr
// does for e compiled.
func (c *compiler) csFrame(x cx, e ast.Expr) cx {
	if c.cs == nil || csTransparent(e) || !inModuleFile(e) {
		return x
	}
	return c.csWrap(x, e)
}

// lambdaPoint compiles e, F[args] with F a function constructor (see
// lambdaCons), as an evaluation at the point; general is e compiled as
// any application. A chain F[a][b]... whose constructor's body is a
// constructor (resolved the same way, in the body's environment), and so
// on for each argument list, is evaluated at the point of each.
func (c *compiler) lambdaPoint(e *ast.FuncApp, en cenv, args []cx, general cx) (cx, bool) {
	return c.lambdaPointWith(e, en, nil, args, general)
}

// lambdaPointWith is lambdaPoint with argument lists pre, compiled
// already (in another environment), applied after e's own and before
// args: a leaf of a chain (IF c THEN G3(v) ELSE G3(1))[a][b] applied to
// [a] then [b] (lambdachoice.go); e.Args is not read.
func (c *compiler) lambdaPointWith(e *ast.FuncApp, en cenv, pre [][]cx, args []cx, general cx) (cx, bool) {
	if en.primed {
		return cx{}, false
	}
	// F[a][b]...: the argument lists before the last, innermost first.
	var mid [][]ast.Expr
	var midApps []*ast.FuncApp // the applications mid's lists are of
	fe := e.Fn
	for {
		in, ok := ast.Unparen(fe).(*ast.FuncApp)
		if !ok {
			break
		}
		if c.selectsTuple(in, en) {
			break // <<F, e>>[1]: F (lambdaCons)
		}
		mid = append([][]ast.Expr{in.Args}, mid...)
		midApps = append([]*ast.FuncApp{in}, midApps...)
		fe = in.Fn
	}
	// Under coverage a constructor written there or reached through an
	// operator's application is evaluated at the point and counted
	// there, as TLC's FcnLambdaValue. One a definition's name denotes
	// (a LET or module definition, or an operator's parameter bound to
	// one) has its own counting (covLazyApp, covlet.go), whose listing a
	// second node for the body would change: where covCountedApp
	// compiled it, the general application is evaluated at the point
	// already; elsewhere (a choice of names, a chain, an instance's
	// definition) it is evaluated first, as before, and the point
	// evaluation, compiled without coverage nodes, gives the outcome
	// only where building failed (its counts and effects are then those
	// of a partial build).
	var cov *CovNode
	if c.cov != nil && c.covPointed[e] {
		return cx{}, false // general is evaluated at the point (covCountedApp)
	}
	if c.namesDef(fe, en) {
		cov, c.cov = c.cov, nil
		defer func() { c.cov = cov }()
	}
	nerr := len(c.errs)
	recSibs := c.recSibs
	if len(mid)+len(pre) == 0 {
		// An EXCEPT, written there or reached through names, fields
		// and elements (lazyResolve), whose siblings then come first.
		x, _, ok := c.lambdaResolve(fe, en, nil, nil)
		if ex, isEx := x.(*ast.Except); ok && isEx {
			var sib []cx
			_, xen, _ := c.lambdaResolve(fe, en, &sib, nil)
			return c.lambdaExcept(e, ex, xen, sib, args, general, recSibs)
		}
		c.errs = c.errs[:nerr]
	}
	fail := func() (cx, bool) {
		c.errs = c.errs[:nerr]
		return cx{}, false
	}
	if len(mid)+len(pre) > 0 {
		// A chain only when every level is a constructor; else the
		// inner application is evaluated at its point, by itself.
		if _, _, ok := c.lambdaCons(fe, en, nil); !ok {
			return fail()
		}
	}
	lists := make([][]cx, 0, len(mid)+len(pre)+1)
	for _, m := range mid {
		lists = append(lists, c.exprs(m, en))
	}
	lists = append(lists, pre...)
	lists = append(lists, args)
	var ps []*recPoint
	var body cx
	var sib []cx
	var sel cx // the selected element F, when F has siblings
	for i := range lists {
		var own []cx
		fc, fen, ok := c.lambdaCons(fe, en, &own)
		if i == 0 && ok && len(own) > 0 {
			sel = c.expr(fc, fen)
		}
		if !ok || len(c.errs) > nerr || (i > 0 && len(own) > 0) {
			// A body reaching its constructor through a record or
			// tuple (whose other elements read the binders) is built.
			return fail()
		}
		sib = append(sib, own...)
		for _, b := range fc.Bounds {
			if b.Tuple || b.Set == nil {
				return fail()
			}
		}
		bs, ben := c.bounds(fc.Bounds, fen)
		setTupleBind(bs, bindPrefix, fc)
		if i > 0 && i-1 < len(midApps) {
			// A later level's domain is evaluated as TLC makes the
			// constructor, the function's body at the previous
			// level's point: its call stack shows that application
			// and the constructor around it (G(6)[0][a], the domain
			// failing: G(6)[0], then the constructor). A level of
			// pre (a choice's chain) has its application elsewhere.
			for j := range bs {
				bs[j].set = c.csFrame(c.csFrame(bs[j].set, fc), midApps[i-1])
			}
		}
		p := &recPoint{bs: bs}
		ps = append(ps, p)
		if i == len(lists)-1 {
			// Only the last constructor's body is compiled: one
			// before, applied outside its domain, is built by the
			// general application, whose error is TLC's.
			body = c.expr(fc.Body, ben)
			p.body = body
			c.pointNames(p, fc)
		}
		fe, en = fc.Body, ben
	}
	if len(c.errs) > nerr {
		return fail()
	}
	d := body.dep
	for _, p := range ps {
		d |= binderDeps(p.bs)
	}
	for _, x := range sib {
		d |= x.dep
	}
	if c.cov == nil && cov == nil && general.dep == 0 && d&(depSide|depRun) == 0 {
		if _, err := general.fn(c.constCtx()); err == nil {
			return cx{}, false // a constant, built once
		}
	}
	for _, l := range lists {
		d |= deps(l...)
	}
	if c.recSibs == recSibs {
		// Not where a sibling binds a recursive function's binders
		// (recApp: r[a], a outside r's domain, misses there): F's
		// value needs them, and the general application words TLC's
		// error.
		general = c.selGeneral(e, en, sel, lists, general)
	}
	// TLC's order: the record's or tuple's elements before F, F's
	// domains (making the FcnLambdaValue), the elements after, then the
	// arguments; in a chain each level's domains (F[a]'s body made)
	// before that level's arguments.
	point := func(k *ctx) (value.Value, error) {
		for i, p := range ps {
			if i == 0 {
				if err := runSibs(k, sib, false); err != nil {
					return nil, err
				}
			}
			sets, err := p.domains(k)
			if err != nil {
				return nil, err
			}
			if i == 0 {
				if err := runSibs(k, sib, true); err != nil {
					return nil, err
				}
			}
			vs, err := evalAll(k, lists[i])
			if err != nil {
				return nil, err
			}
			if err := p.bindIn(k, sets, vs); err != nil {
				return nil, err
			}
		}
		return body.fn(k)
	}
	fn := pointOrGeneral(point, general, covBuildFirst(cov != nil, d))
	return cx{fn: fn, dep: general.dep | d, pos: general.pos}, true
}

// namesDef reports whether fe is the name of a definition (of a LET or
// the module), or an operator's parameter bound to one or, under
// coverage, to a constructor written as the argument.
func (c *compiler) namesDef(fe ast.Expr, en cenv) bool {
	for i := 0; i < maxInline; i++ {
		if _, let := ast.Unparen(fe).(*ast.Let); let {
			// (LET K == G(v) IN K)[a]: definitions with their own
			// coverage nodes, which lazyResolve follows only
			// without counting (its Let case).
			return true
		}
		id, ok := ast.Unparen(fe).(*ast.Ident)
		if !ok {
			return false
		}
		b := en.sc.lookup(id.Name)
		if b == nil || b.kind != bArg || b.arg == nil {
			return true
		}
		if _, cons := covUnwrap(b.arg).(*ast.FuncCons); cons && b.cov != nil && b.covRec == nil {
			// A constructor written as the argument: under coverage
			// covLazyArgApp counts its applications.
			return true
		}
		fe, en = b.arg, b.argEnv
	}
	return true
}

// covBuildFirst reports whether an application under coverage whose
// point evaluation depends on d evaluates the general application first,
// for its counts (pointOrGeneral's built): not when d has an effect
// (Print, TLCSet) or reads the run (TLCGet, RandomElement), which
// building would run at every point of the domain where TLC's
// FcnLambdaValue runs them at the argument only (a TLCSet an invariant
// reads made its verdict). The point, compiled without coverage nodes,
// counts nothing of the function then: the report misses the body's
// counts, not TLC's verdict.
func covBuildFirst(cov bool, d uint8) bool {
	return cov && d&(depSide|depRun) == 0
}

// pointOrGeneral is the application evaluated at the point, falling back
// to general (building the function) where the point misses
// (errPointMiss); under coverage (built) general first, as before, the
// point giving the outcome only where building failed.
func pointOrGeneral(point func(*ctx) (value.Value, error), general cx, built bool) func(*ctx) (value.Value, error) {
	if built {
		return func(k *ctx) (value.Value, error) {
			v, err := general.fn(k)
			if err == nil {
				return v, nil
			}
			if pv, perr := point(k); perr == nil || !errors.Is(perr, errPointMiss) {
				return pv, perr
			}
			return nil, err
		}
	}
	return func(k *ctx) (value.Value, error) {
		v, err := point(k)
		if err == errPointMiss {
			return general.fn(k)
		}
		return v, err
	}
}

// selGeneral is the fallback of a point application e whose function F
// is selected from a record or tuple (sel, F compiled; fn nil when it is
// not): F's value applied to lists, instead of general, which would
// evaluate the record's or tuple's other elements (Print, TLCSet) a
// second time after the point evaluation ran them and missed; TLC
// evaluates them once.
func (c *compiler) selGeneral(e *ast.FuncApp, en cenv, sel cx, lists [][]cx, general cx) cx {
	if sel.fn == nil {
		return general
	}
	lam := c.lambdaApplied(e.Fn, en, sel.dep)
	pos := e.Pos()
	return cx{fn: func(k *ctx) (value.Value, error) {
		f, err := sel.fn(k)
		if err != nil {
			return nil, err
		}
		for _, l := range lists {
			vs, err := evalAll(k, l)
			if err != nil {
				return nil, err
			}
			x := vs[0]
			if len(vs) != 1 {
				x = value.TupleOf(vs)
			}
			v, err := apply(f, x, pos)
			if err != nil {
				return nil, withExpr(applyError(err, lam, f, x), e, pos)
			}
			f = v
		}
		return f, nil
	}, dep: general.dep, pos: general.pos}
}
