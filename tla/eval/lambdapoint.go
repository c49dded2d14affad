package eval

import (
	"github.com/wspcycle/wspcycle/tla/ast"
	"github.com/wspcycle/wspcycle/tla/value"
)

// A function constructor applied, F[a], where F is the constructor
// written there, a LET definition without parameters, an operator
// application G(v) or a module-level definition whose body is one: TLC
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
// once; TLC evaluates a constant definition once at startup), and under
// coverage the general application is kept, which counts TLC's way for
// built functions.

// lambdaCons resolves fe, the function of an application, to the
// function constructor it denotes and the environment its binders and
// body are compiled in.
func (c *compiler) lambdaCons(fe ast.Expr, en cenv) (*ast.FuncCons, cenv, bool) {
	for i := 0; i < maxInline; i++ {
		fe = ast.Unparen(fe)
		switch x := fe.(type) {
		case *ast.FuncCons:
			return x, en, true
		case *ast.Ident:
			if b := en.sc.lookup(x.Name); b != nil {
				if b.kind == bLetOp && len(b.op.Params) == 0 && !c.isRecursiveOp(b.op) {
					fe, en.sc, en.at = b.op.Body, b.opEnv, -1
					continue
				}
				return nil, en, false
			}
			body, m, named := c.namedBody(x, en)
			if !named {
				return nil, en, false
			}
			// A constant-level definition TLC evaluates once at startup
			// (its effects then, none at the application), and keeps
			// lazy when that fails.
			nerr := len(c.errs)
			def := c.expr(x, en)
			c.errs = c.errs[:nerr]
			if def.dep == 0 {
				if _, err := def.fn(c.constCtx()); err == nil {
					return nil, en, false
				}
			}
			fe, en = body, cenv{m: m, init: en.init, at: -1}
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

// lambdaPoint compiles e, F[args] with F a function constructor (see
// lambdaCons), as an evaluation at the point; general is e compiled as
// any application.
func (c *compiler) lambdaPoint(e *ast.FuncApp, en cenv, args []cx, general cx) (cx, bool) {
	if en.primed || c.cov != nil {
		return cx{}, false
	}
	nerr := len(c.errs)
	fc, fen, ok := c.lambdaCons(e.Fn, en)
	if !ok || len(c.errs) > nerr {
		c.errs = c.errs[:nerr]
		return cx{}, false
	}
	for _, b := range fc.Bounds {
		if b.Tuple || b.Set == nil {
			return cx{}, false
		}
	}
	bs, ben := c.bounds(fc.Bounds, fen)
	setTupleBind(bs, bindPrefix, fc)
	body := c.expr(fc.Body, ben)
	if len(c.errs) > nerr {
		c.errs = c.errs[:nerr]
		return cx{}, false
	}
	if general.dep == 0 && body.dep&(depSide|depRun) == 0 {
		if _, err := general.fn(c.constCtx()); err == nil {
			return cx{}, false // a constant, built once
		}
	}
	p := &recPoint{bs: bs, body: body}
	c.pointNames(p, fc)
	return cx{fn: func(k *ctx) (value.Value, error) {
		vals, err := evalAll(k, args)
		if err != nil {
			return nil, err
		}
		v, err := p.at(k, vals)
		if err == errPointMiss {
			return general.fn(k)
		}
		return v, err
	}, dep: general.dep | deps(args...) | bodyDep(bs, body), pos: general.pos}, true
}
