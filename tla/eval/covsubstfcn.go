package eval

import (
	"sync/atomic"

	"github.com/wspcycle/wspcycle/tla/ast"
	"github.com/wspcycle/wspcycle/tla/token"
	"github.com/wspcycle/wspcycle/tla/value"
)

// TLC evaluates a function constructor [x \in S |-> e] to a
// FcnLambdaValue: each application evaluates e at its argument, until
// something turns the value into a table (FcnLambdaValue.toFcnRcd, which
// membership in a set of functions [D -> R] calls): that costs |S| on the
// constructor's node and evaluates e at every element, and later
// applications of the same value read the table. A variable of an
// instantiated module substituted by a definition that is such a
// constructor (MCPaxos' INSTANCE Voting with Paxos' votes == [a \in
// Acceptor |-> ...]) is read through a LazyValue, cached while TLC caches
// it (covinst.go): the applications in one evaluation of an invariant
// share one FcnLambdaValue, tabulated at most once (CovSubFcn: votes[a]
// applied 16 times per state counts the body 16 times, not 2).
//
// Here the function is built at once, as without coverage, its body's
// evaluations not counted (the constructor's node is marked lazyBody); a
// read of the substituted name notes itself on the context (ctx.covFcn),
// which an application of the name right after it and a membership of
// it in [D -> R] look at to count what TLC's FcnLambdaValue evaluates.

// covSubstFcn is a substitution's function constructor, read primed or
// not.
type covSubstFcn struct {
	fc *ast.FuncCons
	n  *CovNode // the constructor's node
	b  binder
	// body is e compiled under n, evaluated at one argument bound by b.
	body cx
	// tab is the key of the cached value tabulated last.
	tab atomic.Int64
}

// covFcnRead is one read of a substituted function constructor: its
// value, and whether TLC's value is a cached one, named by key (an
// epoch, positive, or a generation of the tagged cache, negative).
type covFcnRead struct {
	sf     *covSubstFcn
	f      value.Value
	key    int64
	cached bool
}

// tabulated reports whether TLC's value of the read is a table already.
func (r *covFcnRead) tabulated() bool { return r.cached && r.sf.tab.Load() == r.key }

// substFcnDef is the function constructor of one bound (one name) that
// the substitution expression e of the context en names (a definition
// without parameters whose body it is), with the definition's context.
func (c *compiler) substFcnDef(e ast.Expr, en cenv) (*ast.FuncCons, *modEnv) {
	id, ok := ast.Unparen(e).(*ast.Ident)
	if !ok || en.sc.lookup(id.Name) != nil {
		return nil, nil
	}
	nerr := len(c.errs)
	defer func() { c.errs = c.errs[:nerr] }()
	x, ok := c.lookupName(id.Name, en)
	if !ok || x.kind != eDef {
		return nil, nil
	}
	d, ok := x.node.(*ast.OpDef)
	if !ok || len(d.Params) > 0 {
		return nil, nil
	}
	fc, ok := covUnwrap(d.Body).(*ast.FuncCons)
	if !ok || len(fc.Bounds) != 1 || fc.Bounds[0] == nil || fc.Bounds[0].Tuple || len(fc.Bounds[0].Names) != 1 || fc.Bounds[0].Set == nil {
		return nil, nil
	}
	return fc, x.env
}

// covSubstFcnPrep marks, before the substitution expression e (of the
// context en) is compiled under the substitution's node n, the node of
// the function constructor it names as one whose body the build does not
// count; nil when e names none.
func (c *compiler) covSubstFcnPrep(n *CovNode, e ast.Expr, en cenv) *ast.FuncCons {
	fc, _ := c.substFcnDef(e, en)
	if fc == nil || n == nil {
		return nil
	}
	n.child(fc, fc, fc).lazyBody = true
	return fc
}

// covSubstFcnFor compiles, once per substitution and priming, the body of
// fc at one argument under the constructor's node.
func (c *compiler) covSubstFcnFor(sn *covSubstNode, p int, fc *ast.FuncCons, s substArg, en cenv) *covSubstFcn {
	if sf := sn.fcn[p]; sf != nil {
		return sf
	}
	_, m := c.substFcnDef(s.e, s.en)
	fn := sn.n.byKey[fc]
	if fn == nil || m == nil {
		return nil
	}
	de := cenv{m: m, primed: s.en.primed || en.primed, init: s.en.init || en.init, at: -1}
	saved := c.cov
	c.cov = fn
	bs, ben := c.bounds(fc.Bounds, de)
	body := c.expr(fc.Body, ben)
	c.cov = saved
	sf := &covSubstFcn{fc: fc, n: fn, b: bs[0], body: body}
	sn.fcn[p] = sf
	return sf
}

// covFcnUse is how a read of a substituted function constructor is used:
// applied (f[a]), a member of [D -> R], the function of an EXCEPT, or
// otherwise (compared, UNCHANGED), where TLC's FcnLambdaValue is turned
// into a table at once.
type covFcnUse uint8

const (
	covFcnOther covFcnUse = iota
	covFcnApplyUse
	covFcnMember
	covFcnExceptUse
)

// covFcnMemberUse notes, before e \in [D -> R] is compiled, that the read
// of e is a member's (covFcnTabulateIn).
func (c *compiler) covFcnMemberUse(e ast.Expr, en cenv) {
	b, ok := e.(*ast.Binary)
	if !ok || b.Op != token.IN {
		return
	}
	if _, ok := ast.Unparen(b.Y).(*ast.FuncSet); ok && c.substFcnName(b.X, en) {
		c.covFcnUse = covFcnMember
	}
}

// covFcnReadWrap makes each read x of the substitution note itself on
// the context, or, used otherwise than applied or as a member, count
// TLC's tabulation of it.
func covFcnReadWrap(x cx, sf *covSubstFcn, is *covInstSubst, cachedHere bool, use covFcnUse) cx {
	return covFcnReadNoting(x, use, func(k *ctx, v value.Value) *covFcnRead {
		return &covFcnRead{sf: sf, f: v, key: is.epoch.Load(), cached: cachedHere || k.phase == phaseState}
	})
}

// covFcnReadNoting makes each read x note the covFcnRead read makes of
// its value on the context, or, when use is neither an application nor a
// membership, count TLC's tabulation of it.
func covFcnReadNoting(x cx, use covFcnUse, read func(k *ctx, v value.Value) *covFcnRead) cx {
	fn := x.fn
	x.fn = func(k *ctx) (value.Value, error) {
		v, err := fn(k)
		if err == nil {
			r := read(k, v)
			if use == covFcnOther || use == covFcnExceptUse {
				r.tabulateFor(k, use)
				return v, nil
			}
			k.covFcn = r
		}
		return v, err
	}
	x.into = nil
	return x
}

// at counts the evaluation of the body at the argument v.
func (sf *covSubstFcn) at(k *ctx, v value.Value) {
	if err := sf.b.bind(k, v); err != nil {
		return
	}
	_, _ = sf.body.fn(k) // its value is the table's: only its counts matter
}

// tabulateFor counts what the use of the read r costs: another use than
// an application, a membership or an EXCEPT turns it into a table.
func (r *covFcnRead) tabulateFor(k *ctx, use covFcnUse) {
	if use == covFcnExceptUse {
		k.covFcn = r // covFcnExcept
		return
	}
	r.tabulate(k)
}

// covFcnExcept counts, for [f EXCEPT ![a] = ...] with f a read of a
// substituted function constructor (noted on k), what TLC's Tool counts:
// it selects f's value at a (the value of @), which evaluates the body
// there unless f is a table already, and takeExcept makes a copy with
// the update, tabulated when compared: a copy without the constructor's
// CostModel (FcnLambdaValue's copy constructor), which costs only its
// domain's enumeration (TLC rev cc6b616: MCPaxos' votes' = [votes EXCEPT
// ![a] = @ \cup {<<b, v>>}] in its implied action). f stays untabulated.
func covFcnExcept(k *ctx, ups []exceptUpdate) {
	r := k.covFcn
	k.covFcn = nil
	if r == nil || k.covMute != 0 || r.tabulated() || len(ups) == 0 || len(ups[0].path) == 0 {
		return
	}
	f, ok := r.f.(*value.FcnV)
	st := &ups[0].path[0]
	if !ok || st.index == nil {
		return
	}
	var key value.Value
	if _, err := evalMuted(k, func(k *ctx) (value.Value, error) {
		var err error
		key, err = st.key(k)
		return key, err
	}); err != nil {
		return
	}
	if _, in := f.Apply(key); !in {
		return
	}
	r.sf.at(k, key)
	if dom := covDomainOf(r.sf.n, r.sf.fc); dom != nil {
		dom.cost.Add(int64(f.Len()) + 1)
	}
}

// tabulate counts TLC's conversion of the read r to a table: |S| on the
// constructor, each element and the end of S on S's set constructor, the
// body at each element.
func (r *covFcnRead) tabulate(k *ctx) {
	if k.covMute != 0 || r.tabulated() {
		return
	}
	f, ok := r.f.(*value.FcnV)
	if !ok {
		return
	}
	sf := r.sf
	sf.n.cost.Add(int64(f.Len()))
	if dom := covDomainOf(sf.n, sf.fc); dom != nil {
		dom.cost.Add(int64(f.Len()) + 1)
	}
	if d, ok := f.Domain().(value.SetValue); ok {
		if e, err := d.Enum(); err == nil {
			for _, v := range e.Elems() {
				sf.at(k, v)
			}
		}
	}
	if r.cached {
		sf.tab.Store(r.key)
	}
}

// substFcnName reports whether e, in the context en, names a variable or
// constant of an instantiated module substituted by a function
// constructor's definition (substFcnDef).
func (c *compiler) substFcnName(e ast.Expr, en cenv) bool {
	id, ok := ast.Unparen(e).(*ast.Ident)
	if !ok || c.cov == nil || en.sc.lookup(id.Name) != nil {
		return false
	}
	nerr := len(c.errs)
	defer func() { c.errs = c.errs[:nerr] }()
	x, ok := c.lookupName(id.Name, en)
	if !ok || (x.kind != eVar && x.kind != eConst) || x.env == nil || x.env.ctx == nil || x.env.ctx.inst == nil {
		return false
	}
	s, ok := x.env.subst[id.Name]
	if !ok {
		return false
	}
	fc, _ := c.substFcnDef(s.e, s.en)
	return fc != nil
}

// covFcnApplied wraps f[a] (fn: f's read, a the argument): an application
// of TLC's untabulated FcnLambdaValue evaluates the body at the argument.
func covFcnApplied(fn, a cx) (cx, func(k *ctx, x value.Value)) {
	read := fn.fn
	fn.fn = func(k *ctx) (value.Value, error) {
		k.covFcn = nil
		return read(k)
	}
	return fn, func(k *ctx, x value.Value) {
		r := k.covFcn
		k.covFcn = nil
		if r == nil || k.covMute != 0 || r.tabulated() {
			return
		}
		if f, ok := r.f.(*value.FcnV); ok {
			if _, in := f.Apply(x); !in {
				return
			}
		}
		r.sf.at(k, x)
	}
}

// covFcnTabulateIn wraps the membership x of e \in [D -> R] (b) when e
// names a substituted function constructor: SetOfFcnsValue.member turns
// TLC's value into a table.
func (c *compiler) covFcnTabulateIn(x cx, b *ast.Binary, en cenv) cx {
	if b.Op != token.IN {
		return x
	}
	if _, ok := ast.Unparen(b.Y).(*ast.FuncSet); !ok || !c.substFcnName(b.X, en) {
		return x
	}
	fn := x.fn
	x.fn = func(k *ctx) (value.Value, error) {
		k.covFcn = nil
		v, err := fn(k)
		r := k.covFcn
		k.covFcn = nil
		if err == nil && r != nil {
			r.tabulate(k)
		}
		return v, err
	}
	x.into = nil
	return x
}

// covFcnApply is f[a] for f a substituted function constructor under
// coverage (funcApp's one-argument case, with covFcnApplied's counts).
func (c *compiler) covFcnApply(e *ast.FuncApp, fn, a cx, lam fcnClass) cx {
	fn, applied := covFcnApplied(fn, a)
	pos := e.Pos()
	return cx{fn: func(k *ctx) (value.Value, error) {
		f, err := fn.fn(k)
		if err != nil {
			return nil, err
		}
		r := k.covFcn
		x, err := a.fn(k)
		if err != nil {
			return nil, err
		}
		k.covFcn = r
		applied(k, x)
		v, err := apply(f, x, pos)
		if err != nil {
			return nil, withExpr(applyError(err, lam, f, x), e, pos)
		}
		return v, nil
	}, dep: deps(fn, a)}
}
