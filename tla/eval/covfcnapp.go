package eval

import (
	"github.com/wspcycle/wspcycle/tla/ast"
	"github.com/wspcycle/wspcycle/tla/value"
)

// TLC evaluates f[a], f a definition without parameters whose body is a
// function constructor [x \in S |-> e] (or a constant the cfg replaces by
// such a definition, C <- Op), by evaluating the body to a
// FcnLambdaValue and applying it: Tool.evalAppl evaluates the
// definition's body at each use (processConstantDefns' value is not used
// for a replaced constant, nor computed for a definition that reads a
// variable) and FcnLambdaValue.apply evaluates e at a only (MCDieHarder's
// Capacity[j] with Capacity <- MCCapacity, a CASE on j: each application
// counts the CASE once, its second arm's test only when j is the second
// jug). wspcycle does the same: the function's name and constructor are
// compiled to yield the domain (counted there), and e is evaluated,
// counted, at a (covCountedApp); building it ran e's effects and errors
// at every point.

// covLazyApp is, under coverage, the application e = f[a] (a compiled;
// for f[a, b], the tuple <<a, b>>, which the constructor's one name
// binds, as Echo's R[m, n] with R <- R1, R1 == [edge \in N \X N |-> ...])
// of such a definition, counted as TLC counts it; ok false for any other
// application. A LET definition without parameters that TLC's
// generator expands at each use (covLetAtUse) is applied so too: TLC's
// tree lists its body under the name, as a module definition's.
func (c *compiler) covLazyApp(e *ast.FuncApp, en cenv, a cx) (cx, bool) {
	n := c.covHere(e)
	if n == nil {
		return cx{}, false
	}
	id, ok := ast.Unparen(e.Fn).(*ast.Ident)
	if !ok {
		return cx{}, false
	}
	nerr := len(c.errs)
	var d *ast.OpDef
	var de cenv
	override, let := false, false
	if b := en.sc.lookup(id.Name); b != nil {
		if b.kind != bLetOp || !b.covAtUse || len(b.op.Params) > 0 || c.isRecursiveOp(b.op) {
			return cx{}, false
		}
		d, de, let = b.op, en, true
		de.sc, de.at = b.opEnv, -1
	} else {
		x, ok := c.lookupName(id.Name, en)
		c.errs = c.errs[:nerr]
		if !ok || x.kind != eDef {
			return cx{}, false
		}
		if d, ok = x.node.(*ast.OpDef); !ok || len(d.Params) > 0 {
			return cx{}, false
		}
		de = cenv{m: x.env, primed: en.primed, init: en.init, at: -1}
		override = c.isOverride(id.Name, x, en)
	}
	fc, ok := covUnwrap(d.Body).(*ast.FuncCons)
	if !ok || len(fc.Bounds) != 1 || fc.Bounds[0] == nil || fc.Bounds[0].Tuple || len(fc.Bounds[0].Names) != 1 || fc.Bounds[0].Set == nil {
		return cx{}, false
	}
	idn := n.child(id, id, id)
	fn0 := idn.byKey[fc]
	fcn := idn.child(fc, fc, fc)
	if fn0 != nil && !fcn.lazyBody {
		// The constructor's node was compiled before, counting its body.
		return cx{}, false
	}
	fcn.lazyBody = true
	fn := c.expr(e.Fn, en)
	if !override && !let && fn.dep&(depState|depNext|depEnv|depRun|depPending) == 0 {
		// A constant: evaluated once, listed without its body (a LET
		// definition expanded at each use is evaluated there).
		fcn.lazyBody = false
		c.errs = c.errs[:nerr]
		return cx{}, false
	}
	// Compiled again, yielding the domain (covCountedApp), once known
	// not to be a constant.
	fcn.domOnly = true
	c.covDomOnly++
	fn = c.expr(e.Fn, en)
	c.covDomOnly--
	fcn.domOnly = false
	return c.covCountedApp(e, en, fc, fcn, de, fn, a, nerr)
}

// covCountedApp is e = f[a] with f, compiled as fn, the constructor fc
// whose body's counts go to fcn: fc's body, compiled in de, is
// evaluated at a only, counted, as TLC's FcnLambdaValue.apply evaluates
// it (its effects, TLCSet or Print, and its errors there only: building
// the whole function ran them at every point, a wrong verdict under
// -coverage where an invariant read TLCGet). fn, compiled with fcn's
// domOnly set (funcCons), yields the constructor's domain, counting the
// name, the constructor and the domain as TLC's making of the
// FcnLambdaValue does. An argument outside the domain (or a domain the
// built function would not enumerate) builds the function, its body
// uncounted, for TLC's error. ok false when compiling the body failed
// (errors beyond nerr, dropped by the caller's fallback).
func (c *compiler) covCountedApp(e *ast.FuncApp, en cenv, fc *ast.FuncCons, fcn *CovNode, de cenv, fn, a cx, nerr int) (cx, bool) {
	saved := c.cov
	c.cov = fcn
	bs, ben := c.bounds(fc.Bounds, de)
	body := c.expr(fc.Body, ben)
	c.cov = saved
	if len(c.errs) > nerr {
		return cx{}, false
	}
	pos := e.Pos()
	lam := c.lambdaApplied(e.Fn, en, fn.dep)
	p := &recPoint{bs: bs, body: body}
	built := c.funcConsBuilt(fc, bs, covMuted(body))
	if c.covPointed == nil {
		c.covPointed = map[*ast.FuncApp]bool{}
	}
	c.covPointed[e] = true
	return cx{fn: func(k *ctx) (value.Value, error) {
		d, err := fn.fn(k)
		if err != nil {
			return nil, err
		}
		v, err := a.fn(k)
		if err != nil {
			return nil, err
		}
		if s, ok := d.(value.SetValue); ok {
			err := p.bindIn(k, []value.SetValue{s}, []value.Value{v})
			if err == nil {
				return body.fn(k)
			}
			if err != errPointMiss {
				return nil, err
			}
			if d, err = evalMuted(k, built.fn); err != nil {
				return nil, err
			}
		}
		r, err := apply(d, v, pos)
		if err != nil {
			return nil, withExpr(applyError(err, lam, d, v), e, pos)
		}
		return r, nil
	}, dep: deps(fn, a) | bodyDep(bs, body)}, true
}
