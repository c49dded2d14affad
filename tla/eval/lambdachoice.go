package eval

import (
	"github.com/wspcycle/wspcycle/tla/ast"
	"github.com/wspcycle/wspcycle/tla/value"
)

// A choice of function constructors at run time applied, (IF c THEN G(v)
// ELSE G(1))[a] or a CASE's (the choice written there, or reached through
// a name as lambdaCons reaches a constructor: C(v)[a] with C(n) == IF ...,
// a LET definition F == IF ... applied F[a]), the branches themselves
// possibly choices: TLC evaluates the IF or CASE to the branch's value, a
// lazy function (FcnLambdaValue) when the branch is a constructor, and
// applies that at a only. Building the chosen constructor made an error of
// its body away from a wspcycle's verdict (TLC exit 0, wspcycle 255).
//
// lambdaChoice compiles the conditions as a chooser of a leaf, each leaf
// the point application of its constructor (lambdaPoint). A leaf that is
// no constructor (a function value, a constructor TLC evaluates once as a
// constant) evaluates the general application, the conditions again: so
// no condition may have an effect then. TLC's call stack shows the IF or
// CASE (and the enclosing choices) only while the conditions are
// evaluated, not at the body's error at the point: the chooser pushes
// them, the leaf's application runs after. A chain (ch)[a][b] of
// constructors whose bodies are constructors is evaluated at each point
// (lambdaPointWith), [a] compiled once for every leaf.

// choiceTree is a compiled choice: choose evaluates the conditions and
// returns the index of the leaf chosen (an IntV); leaves are the
// applications at the point.
type choiceTree struct {
	leaves  []cx
	general bool // some leaf is the general application
	// pre are the argument lists applied before the last, innermost
	// first: (ch)[a][b]'s [a].
	pre [][]cx
}

// lambdaChoice compiles e, ch[args] with ch a choice of constructors (see
// above); general is e compiled as any application.
func (c *compiler) lambdaChoice(e *ast.FuncApp, en cenv, args []cx, general cx) (cx, bool) {
	if en.primed {
		return cx{}, false
	}
	// Under coverage the IF's and CASE's own counting (covArm) is that
	// of the general application, evaluated first, as lambdaPoint does
	// for a constructor a name denotes: the choice, compiled without
	// coverage nodes, gives the outcome only where building failed.
	cov := c.cov
	if cov != nil {
		c.cov = nil
		defer func() { c.cov = cov }()
	}
	// (ch)[a][b]...: the argument lists before the last, innermost
	// first, and the applications they make, outermost first.
	var mid [][]ast.Expr
	var apps []ast.Expr
	fe := e.Fn
	for {
		in, ok := ast.Unparen(fe).(*ast.FuncApp)
		if !ok {
			break
		}
		if c.selectsTuple(in, en) {
			break // <<ch, e>>[1]: ch (lazyResolve)
		}
		mid = append([][]ast.Expr{in.Args}, mid...)
		apps = append(apps, in)
		fe = in.Fn
	}
	nerr := len(c.errs)
	fail := func() (cx, bool) {
		c.errs = c.errs[:nerr]
		return cx{}, false
	}
	var sel []ast.Expr
	x, _, ok := c.lazyResolve(fe, en, nil, nil, resolveReq{sel: &sel})
	if !ok {
		return fail()
	}
	switch x.(type) {
	case *ast.If, *ast.Case:
	default:
		return fail()
	}
	pre := make([][]cx, len(mid))
	for i, m := range mid {
		pre[i] = c.exprs(m, en)
	}
	t := &choiceTree{pre: pre}
	choose, ok := c.choiceNode(t, fe, en, nil, nil, e, args, general, 0)
	if !ok || len(c.errs) > nerr {
		return fail()
	}
	for i := len(apps) - 1; i >= 0; i-- {
		choose = c.csFrame(choose, apps[i])
	}
	if t.general {
		if choose.dep&(depSide|depRun) != 0 {
			return fail() // the conditions evaluated twice
		}
		all := true
		for _, l := range t.leaves {
			all = all && l.fn == nil
		}
		if all {
			return fail()
		}
	}
	d := choose.dep | general.dep
	leaves := t.leaves
	for i, l := range leaves {
		if l.fn == nil {
			leaves[i] = general
		}
		d |= leaves[i].dep
	}
	point := func(k *ctx) (value.Value, error) {
		iv, err := choose.fn(k)
		if err != nil {
			return nil, err
		}
		return leaves[iv.(value.IntV)].fn(k)
	}
	fn := point
	if cov != nil {
		fn = pointOrGeneral(point, general, covBuildFirst(true, d))
	}
	return cx{fn: fn, dep: d, pos: general.pos}, true
}

// choiceNode compiles x (in en), a branch of a choice, as the chooser of
// its leaf, adding its leaves to t: an IF or CASE chooses among its
// branches' choosers, inside its call-stack frame; a constructor is a
// leaf, its point application; anything else a leaf of the general
// application (a zero cx, filled in by lambdaChoice). sel are the
// selections (fields, elements) the choice was reached through, of
// records or tuples it chooses among (resolveReq), innermost first: a
// leaf is its branch selected so.
func (c *compiler) choiceNode(t *choiceTree, x ast.Expr, en cenv, sel, frames []ast.Expr, e *ast.FuncApp, args []cx, general cx, depth int) (cx, bool) {
	if depth > maxInline {
		return cx{}, false
	}
	orig, oen := x, en
	var sib []cx
	var trail []ast.Expr
	var own []ast.Expr
	r, ren, ok := c.lazyResolve(x, en, &sib, &trail, resolveReq{sel: &own})
	bsel := append(own, sel...)
	// The frames of a leaf's selections: those written, outermost
	// first, then the choices down to it.
	bframes := frames
	if len(own) > 0 {
		bframes = nil
		for i := len(bsel) - 1; i >= 0; i-- {
			bframes = append(bframes, bsel[i])
		}
	}
	bframes = append(append(append([]ast.Expr(nil), bframes...), trail...), r)
	// The frames of the names and applications the choice was reached
	// through, around its own; the siblings of the fields and elements
	// it was reached through before (TLC evaluates the record or tuple
	// in the order written, the choice among them).
	framed := func(x cx) cx {
		for i := len(trail) - 1; i >= 0; i-- {
			x = c.csFrame(x, trail[i])
		}
		if len(sib) == 0 {
			return x
		}
		return cx{fn: func(k *ctx) (value.Value, error) {
			if err := runSibs(k, sib, false); err != nil {
				return nil, err
			}
			v, err := x.fn(k)
			if err != nil {
				return nil, err
			}
			return v, runSibs(k, sib, true)
		}, dep: x.dep | deps(sib...)}
	}
	if ok {
		switch y := r.(type) {
		case *ast.If:
			cond := c.expr(y.Cond, ren)
			th, ok1 := c.choiceNode(t, y.Then, ren, bsel, bframes, e, args, general, depth+1)
			el, ok2 := c.choiceNode(t, y.Else, ren, bsel, bframes, e, args, general, depth+1)
			if !ok1 || !ok2 {
				return cx{}, false
			}
			return framed(c.csFrame(cx{fn: func(k *ctx) (value.Value, error) {
				b, err := evalBool(k, cond)
				if err != nil {
					return nil, ifNotBool(err, y, cond)
				}
				if b {
					return th.fn(k)
				}
				return el.fn(k)
			}, dep: deps(cond, th, el)}, y)), true
		case *ast.Case:
			conds := make([]cx, len(y.Arms))
			vals := make([]cx, len(y.Arms))
			for i, a := range y.Arms {
				conds[i] = c.expr(a.Cond, ren)
				v, ok := c.choiceNode(t, a.Value, ren, bsel, bframes, e, args, general, depth+1)
				if !ok {
					return cx{}, false
				}
				vals[i] = v
			}
			d := deps(conds...) | deps(vals...)
			var other *cx
			if y.Other != nil {
				o, ok := c.choiceNode(t, y.Other, ren, bsel, bframes, e, args, general, depth+1)
				if !ok {
					return cx{}, false
				}
				other = &o
				d |= o.dep
			}
			pos := y.Pos()
			return framed(c.csFrame(cx{fn: func(k *ctx) (value.Value, error) {
				for i, cond := range conds {
					b, err := evalBool(k, cond)
					if err != nil {
						return nil, c.caseNotBool(err, y.Arms[i].Cond, cond)
					}
					if b {
						return vals[i].fn(k)
					}
				}
				if other != nil {
					return other.fn(k)
				}
				// As caseExpr (TLC rev cc6b616: CCaseNone).
				return nil, &Error{Pos: pos, Expr: y, Msg: "Attempted to evaluate a CASE with no conditions true."}
			}, dep: d}, y)), true
		}
	}
	// A leaf.
	for _, s := range sel {
		orig = reselect(s, orig)
		if c.selFrames == nil {
			c.selFrames = map[ast.Expr][]ast.Expr{}
		}
		c.selFrames[orig] = nil
	}
	if len(sel) > 0 {
		c.selFrames[orig] = frames
	}
	nerr := len(c.errs)
	leaf, ok := c.lambdaPointWith(&ast.FuncApp{Fn: orig, Lbrack: e.Lbrack}, oen, t.pre, args, general)
	if !ok {
		c.errs = c.errs[:nerr]
		leaf = cx{}
		t.general = true
	}
	i := value.IntV(len(t.leaves))
	t.leaves = append(t.leaves, leaf)
	return cx{fn: func(*ctx) (value.Value, error) { return i, nil }}, true
}
