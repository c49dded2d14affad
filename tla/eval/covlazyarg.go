package eval

import (
	"github.com/wspcycle/wspcycle/tla/ast"
)

// A function constructor written as an operator's argument and applied
// through the parameter, Op([n \in S |-> e]) with Op(f) == ... f[a] ...:
// TLC's argument is a LazyValue whose value is a FcnLambdaValue, and
// applying it evaluates e at a only: under coverage e is evaluated,
// counted, at a (covCountedApp), as covLazyApp does for a definition
// (Echo's IsParent-like relations passed to Relation's operators).

// covLazyArgApp is, under coverage, e = f[a] (a compiled; the tuple for
// f[a, b]) with f such a parameter; ok false for any other application.
func (c *compiler) covLazyArgApp(e *ast.FuncApp, en cenv, a cx) (cx, bool) {
	n := c.covHere(e)
	if n == nil {
		return cx{}, false
	}
	id, ok := ast.Unparen(e.Fn).(*ast.Ident)
	if !ok {
		return cx{}, false
	}
	p := en.sc.lookup(id.Name)
	if p == nil || p.kind != bArg || p.cov == nil || p.covRec != nil {
		return cx{}, false
	}
	fc, ok := covUnwrap(p.arg).(*ast.FuncCons)
	if !ok || len(fc.Bounds) != 1 || fc.Bounds[0] == nil || fc.Bounds[0].Tuple || len(fc.Bounds[0].Names) != 1 || fc.Bounds[0].Set == nil {
		return cx{}, false
	}
	fcn := p.cov.child(fc, fc, fc)
	if len(fcn.Children) > 0 && !fcn.lazyBody {
		// The constructor's node was compiled before, counting its body.
		return cx{}, false
	}
	nerr := len(c.errs)
	fcn.lazyBody = true
	fn := c.expr(e.Fn, en)
	if fn.dep&(depState|depNext|depEnv|depRun|depPending) == 0 {
		// A constant argument: folded, its body counted as folded.
		fcn.lazyBody = false
		c.errs = c.errs[:nerr]
		return cx{}, false
	}
	de := p.argEnv
	de.primed = de.primed || en.primed
	de.at = -1
	// Compiled again, yielding the domain (covCountedApp), once known
	// not to be a constant.
	fcn.domOnly = true
	c.covDomOnly++
	fn = c.expr(e.Fn, en)
	c.covDomOnly--
	fcn.domOnly = false
	return c.covCountedApp(e, en, fc, fcn, de, fn, a, nerr)
}
