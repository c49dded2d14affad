package eval

import (
	"strings"

	"github.com/wspcycle/wspcycle/tla/ast"
	"github.com/wspcycle/wspcycle/tla/token"
	"github.com/wspcycle/wspcycle/tla/value"
)

// A PROPERTY entry is split as TLC splits it (tlc2.tool.impl.SpecProcessor,
// processConfigProps), through conjunctions and definitions:
//
//   - []P with P of level bound below an action's is an invariant: TLC appends it to the
//     invariants of the INVARIANT entries (invVec), checks it on every state
//     during the search and reports "Invariant P is violated." (exit 12). It
//     is named after P when P is a name (the box argument is an operator
//     application without arguments), else after the enclosing definition
//     reached by name, else (a conjunct written in place) after its
//     location: "line 7, col 20 to line 7, col 29 of module M" (nodeName).
//   - [][A]_v is an implied action (impliedActionVec), checked on every step
//     the search generates (ModelChecker.doNextCheckImplied), reported as
//     "Action property Prop is violated." (exit 13). Its name is never that
//     of A: the enclosing definition's, or the conjunct's location.
//   - a state predicate P (level bound 0 or 1) is an implied init
//     (impliedInitVec): TLC checks it on the initial states only and reports
//     "Property P is violated by the initial state" (exit 13).
//   - everything else is temporal (impliedTemporalVec) and goes to the
//     liveness checker; here it must be one of the shapes of Temporal.
//
// TLC goes through what the formula names as it goes through the
// conjunctions: a definition without parameters, a LET (its body), an
// operator parameter (the argument it stands for: TLC's LazyValue), and
// an application of a user-defined operator to arguments (its body, the
// parameters bound to the arguments), unless the application sits inside
// an instance with substitutions (TLC rev cc6b616 splits it only while
// its list of substitutions is empty: a SubstInNode is the body of every
// definition of an instance of a module with constants or variables).
// Each of these names what is found under it, by the operator's name as
// written (K!Inv, a parameter Op of Apply(Op(_), v) == Op(v)): with
// Bnd(n) == [](x < n), PROPERTY Bnd(2) is the invariant Bnd, and with
// Id(a) == a, Id(<>P) is the temporal formula <>P, which TLC's liveness
// checker could not take whole (liverefusal.go). An application inside
// an instance with substitutions is temporal as a whole, as TLC takes
// it. The levels are TLC's level bound (levelBound), which counts every
// argument of a definition; a part whose bound is an action's is refused
// (refuseActionProperty). \A x \in S : F with
// S constant is expanded into one copy of F per element, each split as a
// conjunct is (TLC rev cc6b616: \A i \in {1, 2} : [](x < 2 + i) is two
// invariants named by the range of [](x < 2 + i), exit 12); a temporal
// part of a copy is named after the definition and the values, e.g.
// "WaitingStartupCompletes(t1)" (TLC's liveness checker expands a bounded
// \A the same way: tlc2.tool.liveness.Liveness.astToLiveAppl, case
// OPCODE_bf). A set that cannot be evaluated without a state leaves the
// formula whole: an implied init if it is a state predicate, else a
// temporal formula, which TLC's liveness checker refuses
// (liverefusal.go).

// propCtx says where a subformula of a PROPERTY sits.
type propCtx struct {
	name    string    // TLC's name for an invariant or action property found here
	pos     token.Pos // its position
	defName string    // the nearest definition reached by name (for quantified parts)
	inSubst bool      // inside an instance with substitutions: applications are not split
	binds   []propBind
	vals    []string // the bound values, printed, for names
}

// propBind is one value of an expanded quantifier.
type propBind struct {
	bd binder
	v  value.Value
}

func (pc propCtx) bind(bd binder, v value.Value) propCtx {
	pc.binds = append(append([]propBind(nil), pc.binds...), propBind{bd, v})
	pc.vals = append(append([]string(nil), pc.vals...), v.String())
	return pc
}

// label names a part found here: "" (the property's own name) unless it is
// an instance of a quantified formula.
func (pc propCtx) label() string {
	if len(pc.vals) == 0 {
		return ""
	}
	return pc.defName + "(" + strings.Join(pc.vals, ", ") + ")"
}

// propertyEntry decomposes the PROPERTY entry name (defined by d).
func (b *builder) propertyEntry(name string, d *ast.OpDef, de cenv) {
	var parts []Temporal
	pc := propCtx{name: name, pos: d.Pos(), defName: name}
	if b.isStatePred(d.Body, de) && b.c.levelBoundTLA(d.Body, de) == 1 {
		// (Not a constant-level one TLC could not compute at startup,
		// which it checks in the initial states without the warning:
		// TLC rev cc6b616 on P == Assert(FALSE, "boom"), TLCSet(1, 2),
		// (CHOOSE n \in Nat : TRUE) = 0 or TLCGet("level") = 0.)
		b.sp.StateLevelProperties = append(b.sp.StateLevelProperties, name)
	}
	b.refused = false
	b.partMark = len(b.sp.LiveConsts)
	if b.property(d.Body, de, pc, &parts) && (len(parts) > 0 || b.refused) {
		b.sp.Properties = append(b.sp.Properties, Property{Name: name, Pos: d.Pos(), Parts: parts})
	}
}

// conjunct is the context of one conjunct of a conjunction: TLC names it by
// its location (SemanticNode.toString, nodeName), unless it is itself a
// name. The module is the one the conjunct is written in (HourClock for a
// conjunct of HC!HC).
func (b *builder) conjunct(pc propCtx, e ast.Expr, en cenv) propCtx {
	pc.name, pc.pos = b.c.nodeName(e, b.c.env(en).mod.Name.Name), ast.Unparen(e).Pos()
	return pc
}

// property decomposes a temporal formula into invariants, action
// properties and temporal parts.
func (b *builder) property(e ast.Expr, en cenv, pc propCtx, parts *[]Temporal) bool {
	c := b.c
	switch e := e.(type) {
	case *ast.Paren:
		return b.property(e.X, en, pc, parts)
	case *ast.Junction:
		if e.Op == token.AND {
			ok := true
			for _, it := range e.Items {
				ok = b.property(it, en, b.conjunct(pc, it, en), parts) && ok
			}
			return ok
		}
	case *ast.Binary:
		switch e.Op {
		case token.AND:
			ok := b.property(e.X, en, b.conjunct(pc, e.X, en), parts)
			return b.property(e.Y, en, b.conjunct(pc, e.Y, en), parts) && ok
		case token.LEADSTO:
			if !b.isStatePred(e.X, en) || !b.isStatePred(e.Y, en) || b.constLevel(e.X, en) {
				return b.generalProperty(e, en, pc, parts)
			}
			p, ok1 := b.temporalPred(e.X, en, pc)
			q, ok2 := b.temporalPred(e.Y, en, pc)
			if ok1 && ok2 {
				*parts = append(*parts, b.partConsts(Temporal{Kind: LeadsTo, P: p, Q: q, Name: pc.label()}))
				return true
			}
			return false
		}
	case *ast.Unary:
		inner := ast.Unparen(e.X)
		add := func(kind TemporalKind, pe, qe ast.Expr) bool {
			if !b.isStatePred(pe, en) || (qe != nil && !b.isStatePred(qe, en)) {
				return b.generalProperty(e, en, pc, parts)
			}
			p, ok := b.temporalPred(pe, en, pc)
			if !ok {
				return false
			}
			t := Temporal{Kind: kind, P: p, Name: pc.label()}
			if qe != nil {
				if t.Q, ok = b.temporalPred(qe, en, pc); !ok {
					return false
				}
			}
			*parts = append(*parts, b.partConsts(t))
			return true
		}
		switch e.Op {
		case token.BOX:
			if ba, ok := inner.(*ast.BoxAction); ok {
				return b.actionProperty(ba, en, pc)
			}
			if u, ok := inner.(*ast.Unary); ok && u.Op == token.EVENTUALLY {
				return add(AlwaysEventually, u.X, nil)
			}
			if im, ok := inner.(*ast.Binary); ok && im.Op == token.IMPLIES {
				if u, ok := ast.Unparen(im.Y).(*ast.Unary); ok && u.Op == token.EVENTUALLY && !b.constLevel(im.X, en) {
					return add(LeadsTo, im.X, u.X)
				}
			}
			if c.levelBound(inner, en) < 2 {
				b.impliedInvariant(inner, en, pc)
				return true
			}
			return add(Always, inner, nil)
		case token.EVENTUALLY:
			if u, ok := inner.(*ast.Unary); ok && u.Op == token.BOX {
				return add(EventuallyAlways, u.X, nil)
			}
			return add(Eventually, inner, nil)
		}
	case *ast.Let:
		return b.property(e.Body, b.liveLet(e, en), pc, parts)
	case *ast.Ident, *ast.OpApp, *ast.ModRef:
		if x, xen, npc, ok := b.namedProperty(e, en, pc); ok {
			return b.property(x, xen, npc, parts)
		}
	}
	// TLC expands \A x \in S : F over a constant S before it looks at
	// levels: each copy of F is split as a conjunct is (quantifiedProperty).
	// A set that depends on the state (or no set) leaves the \A whole, as
	// TLC's enumeration of it fails: a temporal \A goes to the liveness
	// checker, which refuses it (liverefusal.go).
	if q, ok := e.(*ast.Quant); ok && q.Op == token.FORALL {
		if bs, ben, bad := b.constantBounds(q, en); !bad.IsValid() {
			return b.quantifiedProperty(q, bs, ben, pc, parts)
		}
	}
	// TLC: a state predicate (level <= 1) is an implied init, an action
	// is refused, a temporal formula goes to the liveness checker.
	switch c.levelBound(e, en) {
	case 0, 1:
		b.impliedInit(e, en, pc)
		return true
	case 2:
		b.refuseActionProperty(e, en, pc)
		return false
	}
	return b.generalProperty(e, en, pc, parts)
}

// namedProperty is what TLC's processConfigProps finds under e when e
// names a formula (see the head of this file): the formula, where it is
// written, and the context it is split in.
func (b *builder) namedProperty(e ast.Expr, en cenv, pc propCtx) (ast.Expr, cenv, propCtx, bool) {
	c := b.c
	if b.isParam(e, en) {
		s := en.sc.lookup(e.(*ast.Ident).Name)
		ae := s.argEnv
		ae.primed, ae.init = ae.primed || en.primed, ae.init || en.init
		return s.arg, ae, pc, true
	}
	d, de, ok := c.userOp(e, en)
	withArgs := len(appArgs(e)) > 0
	if ok && len(d.Params) == 0 && !withArgs {
		pc.name, pc.pos, pc.defName = opName(e), d.Pos(), d.Name.Name
		pc.inSubst = pc.inSubst || substEnv(de)
		return d.Body, de, pc, true
	}
	if pc.inSubst {
		return nil, en, pc, false
	}
	if x, xen, ok := b.operandBody(e, en); ok {
		pc.name, pc.pos = opName(e), ast.Unparen(x).Pos()
		pc.inSubst = substEnv(xen)
		return x, xen, pc, true
	}
	if ok && !b.isNative(e, d, de) {
		pc.name, pc.pos = opName(e), d.Pos()
		pc.inSubst = substEnv(de)
		return d.Body, de, pc, true
	}
	return nil, en, pc, false
}

// opName is the name of the operator e applies, as SANY names it: Op,
// or I!Op for a definition of the instance I.
func opName(e ast.Expr) string {
	switch e := e.(type) {
	case *ast.Ident:
		return e.Name
	case *ast.OpApp:
		return e.Name.Name
	case *ast.ModRef:
		var sb strings.Builder
		for _, st := range e.Path {
			sb.WriteString(st.Name.Name + "!")
		}
		return sb.String() + e.Name.Name
	}
	return ""
}

// substEnv reports whether en is the context of an instance with
// substitutions (its module declares constants or variables).
func substEnv(en cenv) bool {
	return en.m != nil && len(en.m.subst) > 0
}

// impliedInit adds a state predicate conjunct of a PROPERTY: TLC checks it
// on the initial states only (impliedInitVec; DoInitFunctor reports
// "Property P is violated by the initial state", exit 13).
func (b *builder) impliedInit(p ast.Expr, en cenv, pc propCtx) {
	var x cx
	b.c.covSinkAs(false, func() { x = b.c.expr(p, en) }) // covlive.go
	// A value that is not a boolean is TLC's 2215 naming the conjunct
	// (DoInitFunctor, as for an invariant): its range, or a number's
	// value (P == PrintT("eq") /\ 1: "... did not find one. 1").
	x = boolRanged(x, p)
	b.sp.InitProperties = append(b.sp.InitProperties, StatePred{Name: pc.name, Pos: pc.pos, Eval: b.statePredIn(x, pc.binds), From: b.statePredFrom(x, pc.binds)})
}

// constantBounds compiles the bounds of \A x \in S : F; bad is the
// position of the first set that is not constant (TLC enumerates them
// without a state).
func (b *builder) constantBounds(e *ast.Quant, en cenv) (bs []binder, ben cenv, bad token.Pos) {
	for _, bd := range e.Bounds {
		if bd.Set == nil { // \A x : F, as before: as a whole
			return nil, en, bd.Pos()
		}
	}
	bs, ben = b.c.bounds(e.Bounds, en)
	for i := range bs {
		if bs[i].set.dep != 0 {
			return nil, ben, bs[i].pos
		}
	}
	return bs, ben, token.Pos{}
}

// quantifiedProperty expands \A x \in S : F over the elements of the
// constant sets of bs (several binders: every combination, in TLC's
// order). TLC's SpecProcessor splits each copy of F as it splits a
// conjunct, named by F's location: \A i \in {1, 2} : [](x < 2 + i) is two
// invariants, both "line 10, col 25 to line 10, col 37 of module M" (TLC
// rev cc6b616); a temporal part keeps the definition's name and the values
// ("WaitingStartupCompletes(t1)").
func (b *builder) quantifiedProperty(e *ast.Quant, bs []binder, ben cenv, pc propCtx, parts *[]Temporal) bool {
	c := b.c
	body := c.nodeName(e.Body, c.env(ben).mod.Name.Name)
	var expand func(i int, pc propCtx) bool
	expand = func(i int, pc propCtx) bool {
		if i == len(bs) {
			pc.name, pc.pos = body, ast.Unparen(e.Body).Pos()
			return b.property(e.Body, ben, pc, parts)
		}
		elems, err := evalElems(b.ctxForCompile(), bs[i].set)
		if err != nil {
			c.errorf(bs[i].pos, "%v", err)
			return false
		}
		for _, v := range elems {
			if !expand(i+1, pc.bind(bs[i], v)) {
				return false // one report of what is wrong is enough
			}
		}
		return true
	}
	return expand(0, pc)
}

// impliedInvariant adds []P (P a state predicate) to the invariants, named
// as TLC names it.
func (b *builder) impliedInvariant(p ast.Expr, en cenv, pc propCtx) {
	name, pos := pc.name, pc.pos
	if id, ok := p.(*ast.Ident); ok {
		name, pos = id.Name, id.Pos()
		if d, _, ok := b.c.userOp(id, en); ok {
			pos = d.Pos()
		}
	}
	var x cx
	root := b.c.covRoot(func() { x = b.c.expr(p, en) })
	b.covImplied(root, p)
	b.sp.Invariants = append(b.sp.Invariants, StatePred{Name: name, Pos: pos, Eval: b.statePredIn(x, pc.binds), From: b.statePredFrom(x, pc.binds)})
}

// actionProperty adds [][A]_v: A must be an action (no temporal operator).
func (b *builder) actionProperty(ba *ast.BoxAction, en cenv, pc propCtx) (ok bool) {
	b.c.covSinkAs(false, func() { ok = b.actionPropertyIn(ba, en, pc) }) // covlive.go
	return ok
}

func (b *builder) actionPropertyIn(ba *ast.BoxAction, en cenv, pc propCtx) bool {
	c := b.c
	prime, temporal := c.sawPrime, c.temporal
	c.temporal = false
	a := c.csWrap(c.expr(ba.Action, en), ba) // TLC evaluates [A]_v itself
	bad := c.temporal
	c.temporal = false
	c.covUnchCur = true
	sub := c.expr(ba.Sub, en)
	c.covUnchCur = false
	ne := en
	ne.primed = true
	subNxt := c.expr(ba.Sub, ne)
	bad = bad || c.temporal
	c.sawPrime, c.temporal = prime, temporal
	if bad {
		c.errs = append(c.errs, token.Unsupported(ba.Pos(), "temporal property of this form (a temporal operator inside [A]_v)"))
		return false
	}
	b.sp.ActionProperties = append(b.sp.ActionProperties, ActionPred{Name: pc.name, Pos: pc.pos, Eval: b.boxActionFn(a, sub, subNxt, pc.binds)})
	return true
}

// temporalPred compiles P of []P, <>P, P ~> Q: it must be a state
// predicate; anything else is unsupported (never a wrong answer).
func (b *builder) temporalPred(e ast.Expr, en cenv, pc propCtx) (func(value.State) (bool, error), bool) {
	if !b.isStatePred(e, en) {
		b.c.errs = append(b.c.errs, token.Unsupported(e.Pos(), "temporal property of this form (a subformula that is not a state predicate)"))
		return nil, false
	}
	if k := b.liveConst(e, en, pc); k != nil && k.whole {
		return b.constPred(k), true
	}
	var x cx
	b.c.covSink(func() { x = b.c.expr(e, en) }) // covlive.go
	return b.statePredIn(x, pc.binds), true
}

// bindAll gives the expanded quantifiers' variables their values.
func bindAll(k *ctx, binds []propBind) error {
	for i := range binds {
		if err := binds[i].bd.bind(k, binds[i].v); err != nil {
			return err
		}
	}
	return nil
}

// statePredIn is statePredFn under the values of expanded quantifiers.
func (b *builder) statePredIn(x cx, binds []propBind) func(value.State) (bool, error) {
	if len(binds) == 0 {
		return b.statePredFn(x)
	}
	p := &b.prog
	return func(s value.State) (bool, error) {
		k := (*p).get()
		defer (*p).put(k)
		k.s = s
		k.levelAs = levelOfState
		if err := bindAll(k, binds); err != nil {
			return false, err
		}
		return evalBool(k, x)
	}
}

// boxActionFn evaluates [A]_v on a step s -> t as TLC's Tool does for
// [A]_v (OPCODE_sa): A first; when A is false, v in s against v in t.
func (b *builder) boxActionFn(a, sub, subNxt cx, binds []propBind) func(s, t value.State) (bool, error) {
	return b.stepFn(binds, func(k *ctx) (bool, error) {
		// A step of the search, as an ACTION_CONSTRAINT's: TLCGet("level")
		// is s's level and Trace the behaviour to s (TLC's s0).
		k.phase = phaseNext
		ok, err := evalBool(k, a)
		if err != nil || ok {
			return ok, err
		}
		return subEqual(k, sub, subNxt)
	})
}
