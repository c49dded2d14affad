package eval

import (
	"strings"

	"github.com/wspcycle/wspcycle/tla/ast"
	"github.com/wspcycle/wspcycle/tla/token"
	"github.com/wspcycle/wspcycle/tla/value"
)

// Unbounded CHOOSE x : P, \E x : P and \A x : P. TLC cannot enumerate
// them, but accepts them as long as it never evaluates them (the usual
// NoVal == CHOOSE v : v \notin S, replaced by a model value in the cfg):
// such an expression compiles to one that fails, with TLC's message and
// the expression's position, only when its value is really needed.

func hasUnbounded(bs []*ast.Bound) bool {
	for _, b := range bs {
		if b != nil && b.Set == nil {
			return true
		}
	}
	return false
}

// unboundedErr compiles an expression whose evaluation is TLC's error for
// an unbounded construct (what: "CHOOSE", "\\E", "\\A").
func unboundedErr(what string, e ast.Expr, pos token.Pos) cx {
	form := what + " x \\in S: P(x)"
	err := errorf(pos, "TLC attempted to evaluate an unbounded %s.\nMake sure that the expression is of form %s.", what, form)
	// TLC names the whole CHOOSE, \E or \A by its range (Choose1, UnbA;
	// an action's \E: unboundedAt).
	err.Expr = e
	return cx{fn: func(*ctx) (value.Value, error) { return nil, err }, dep: depSide, pos: pos}
}

// unboundedQuant compiles \E x : P or \A x : P.
func (c *compiler) unboundedQuant(e *ast.Quant) cx {
	if e.Op == token.FORALL {
		return unboundedErr("\\A", e, e.Pos())
	}
	return unboundedErr("\\E", e, e.Pos())
}

// boundSet compiles the set of a binder; an unbounded binder (in an
// action's \E, a property's \A) fails when its set is needed.
func (c *compiler) boundSet(b *ast.Bound, en cenv) cx {
	if b.Set == nil {
		return unboundedErr("\\E", nil, b.Pos())
	}
	return c.expr(b.Set, en)
}

// applyAtPoint compiles [x \in S |-> e][a] (the constructor written there,
// or a definition without parameters that is one) when S is a constant set
// that cannot be enumerated (Nat, Int, or too large): like TLC, which keeps
// such a function lazy, e is evaluated at a only, after checking that a
// is in S. A function over a set that can be enumerated is built as
// before (a constant one once, at compile time).
func (c *compiler) applyAtPoint(fe ast.Expr, en cenv, arg cx, pos token.Pos) (cx, bool) {
	if en.primed {
		return cx{}, false
	}
	fc, fen, ok := c.funcConsOf(fe, en)
	if !ok || len(fc.Bounds) != 1 || fc.Bounds[0].Tuple || len(fc.Bounds[0].Names) != 1 || fc.Bounds[0].Set == nil {
		return cx{}, false
	}
	nerr := len(c.errs)
	set := c.expr(fc.Bounds[0].Set, fen)
	if set.dep != 0 || len(c.errs) > nerr {
		c.errs = c.errs[:nerr]
		return cx{}, false
	}
	s, err := evalSet(c.constCtx(), set)
	if err != nil {
		return cx{}, false
	}
	if _, err := s.Enum(); err == nil || lazyDomain(s) {
		// A domain that enumerates, or one that is not finite: the
		// function is built, of pairs or lazy (lazyFcn), as TLC's.
		return cx{}, false
	}
	bs, ben := c.bounds(fc.Bounds, fen)
	setTupleBind(bs, bindPrefix, fc)
	b := bs[0]
	body := c.expr(fc.Body, ben)
	return cx{fn: func(k *ctx) (value.Value, error) {
		v, err := arg.fn(k)
		if err != nil {
			return nil, err
		}
		in, err := s.Member(v)
		if err != nil {
			return nil, wrap(pos, err)
		}
		if !in {
			return nil, errorf(pos, "Attempted to apply function:\n%s\nto argument %s, which is not in the domain of the function.", value.Value(s), v)
		}
		if err := b.bind(k, v); err != nil {
			return nil, err
		}
		return body.fn(k)
	}, dep: deps(arg) | bodyDep(bs, body) | depSide, pos: pos}, true
}

// funcConsOf finds the function constructor e is: written there, or the
// body of a module-level definition without parameters that e names.
func (c *compiler) funcConsOf(e ast.Expr, en cenv) (*ast.FuncCons, cenv, bool) {
	body, m, named := c.namedBody(e, en)
	fc, ok := body.(*ast.FuncCons)
	if !ok {
		return nil, en, false
	}
	if named {
		en = cenv{m: m, init: en.init, at: -1}
	}
	return fc, en, true
}

// namedBody is e without parentheses or, when e names a module-level
// definition without parameters, that definition's body and its module
// (named reports which).
func (c *compiler) namedBody(e ast.Expr, en cenv) (body ast.Expr, m *modEnv, named bool) {
	e = ast.Unparen(e)
	id, ok := e.(*ast.Ident)
	if !ok || en.sc.lookup(id.Name) != nil {
		return e, nil, false
	}
	x, ok := c.lookupName(id.Name, en)
	if !ok || x.kind != eDef {
		return e, nil, false
	}
	d, ok := x.node.(*ast.OpDef)
	if !ok || len(d.Params) > 0 {
		return e, nil, false
	}
	return ast.Unparen(d.Body), x.env, true
}

// powersetSubset decides SUBSET A \subseteq SUBSET B without enumerating
// either (it is A \subseteq B), as TLC does: SUBSET (1..23) \subseteq
// SUBSET (1..42) is TRUE at once. done is false for other sets.
func powersetSubset(a, b value.SetValue) (ok, done bool) {
	pa, okA := a.(*value.SubsetV)
	pb, okB := b.(*value.SubsetV)
	if !okA || !okB {
		return false, false
	}
	if ok, done := powersetSubset(pa.Base, pb.Base); done {
		return ok, true
	}
	ea, err := pa.Base.Enum()
	if err != nil {
		return false, false
	}
	for _, v := range ea.Elems() {
		in, err := pb.Base.Member(v)
		if err != nil {
			return false, false
		}
		if !in {
			return false, true
		}
	}
	return true, true
}

// filterMember compiles a \in {x \in S : P} (the filter written there or
// through a definition without parameters) as TLC decides membership in a
// set filter: a \in S and P at x = a, without building the set. Checking
// that a partition is in {DP \in SUBSET SUBSET (1..n) : ...} then costs one
// evaluation of the predicate, not 2^(2^n) (LoopInvariance/MCQuicksort).
//
// A set S TLC cannot sort (value.MixedSetV) is the exception: TLC's
// membership in the filter sorts S, an error, where S's own \in searches
// it as written (1 \in {e \in {1, "a"} : TRUE} fails in TLC), so then
// the membership is whole's, the filter built and asked.
func (c *compiler) filterMember(ye ast.Expr, en cenv, x cx, want bool, pos token.Pos, whole func() cx) (cx, bool) {
	f, fen, ok := c.setFilterOf(ye, en)
	if !ok || f.Bound.Tuple || len(f.Bound.Names) != 1 || f.Bound.Set == nil {
		return cx{}, false
	}
	general := whole()
	bs, ben := c.bounds([]*ast.Bound{f.Bound}, fen)
	b := bs[0]
	pred := c.expr(f.Pred, ben)
	return cx{fn: func(k *ctx) (value.Value, error) {
		a, err := x.fn(k)
		if err != nil {
			return nil, err
		}
		s, err := evalSet(k, b.set)
		if err != nil {
			return nil, err
		}
		switch s.(type) {
		case *value.MixedSetV:
			return general.fn(k)
		case *value.SetV, *value.IntervalV:
			if b.set.lazy == nil {
				// TLC builds a filter of an enumerated set or an
				// interval at once, evaluating P of every element:
				// a P failing on any element fails a \in F even when a is not
				// the element (TLC rev cc6b616, golden FMemEager).
				return general.fn(k)
			}
		}
		in, err := s.Member(a)
		if err != nil {
			return nil, wrap(pos, err)
		}
		if in {
			if err := b.bind(k, a); err != nil {
				return nil, err
			}
			if in, err = evalBool(k, pred); err != nil {
				return nil, err
			}
		}
		return value.Bool(in == want), nil
	}, dep: deps(x) | bodyDep(bs, pred), pos: pos}, true
}

// setFilterOf finds the set filter e is: written there, or the body of a
// module-level definition without parameters that e names.
func (c *compiler) setFilterOf(e ast.Expr, en cenv) (*ast.SetFilter, cenv, bool) {
	body, m, named := c.namedBody(e, en)
	f, ok := body.(*ast.SetFilter)
	if !ok {
		return nil, en, false
	}
	if named {
		en = cenv{m: m, primed: en.primed, init: en.init, at: -1}
	}
	return f, en, true
}

// unboundedAt is err with the range of x, the \E of an sExists step, when
// err is unboundedErr's error of its binder, which knows no range.
func unboundedAt(err error, x ast.Expr) error {
	ee, ok := err.(*Error)
	if !ok || ee.Expr != nil || x == nil || !strings.HasPrefix(ee.Msg, "TLC attempted to evaluate an unbounded ") {
		return err
	}
	c := *ee
	c.Expr = x
	return &c
}
