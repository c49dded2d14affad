package eval

import (
	"github.com/wspcycle/wspcycle/tla/ast"
	"github.com/wspcycle/wspcycle/tla/token"
	"github.com/wspcycle/wspcycle/tla/value"
)

// A temporal formula that is not one of the shapes of TemporalKind is
// translated into a LiveExpr tree, as TLC's liveness checker translates it
// (tlc2.tool.liveness.Liveness.astToLive): conjunctions, disjunctions,
// negations, implications, [] and <>, P ~> Q as [](~P \/ <>Q), WF_v(A) as
// []<>(~ENABLED <<A>>_v \/ <<A>>_v), SF_v(A) as
// <>[]~ENABLED <<A>>_v \/ []<><<A>>_v, IF c THEN F ELSE G as
// (c /\ F) \/ (~c /\ G), bounded \A and \E over constant sets as the
// conjunction and disjunction of their instances, LET and definitions
// expanded. A subformula without temporal operators is an atom: a state
// predicate (constant- or state-level) or an action (a step predicate;
// [A]_v and <<A>>_v are actions too). What TLC cannot handle (<=> between
// temporal formulas, a parameter standing for a temporal formula, a
// quantifier without a bound) is refused as TLC refuses it
// (liverefusal.go); a quantifier over a set that depends on the state is
// unsupported.

// LiveOp is the operator of a LiveExpr node.
type LiveOp int

// The operators of LiveExpr.
const (
	LiveBool       LiveOp = iota // the constant Value
	LiveState                    // the state predicate State
	LiveAction                   // the action Action, on a step s -> t
	LiveNot                      // ~Kids[0]
	LiveAnd                      // Kids[0] /\ Kids[1] /\ ...
	LiveOr                       // Kids[0] \/ Kids[1] \/ ...
	LiveAlways                   // []Kids[0]
	LiveEventually               // <>Kids[0]
)

// LiveExpr is a temporal formula over state predicates and actions.
type LiveExpr struct {
	Op     LiveOp
	Value  bool
	Kids   []*LiveExpr
	State  func(value.State) (bool, error)
	Action func(s, t value.State) (bool, error)
	Pos    token.Pos
	// Angle marks the LiveAnd of <<A>>_v: Kids[0] is A, Kids[1] v' # v,
	// which TLC evaluates first (LNAction; model/liveaction.go).
	Angle bool
	// Const, on a LiveState atom, is its value when it is constant-level
	// (liveconst.go): TLC's TRUE or FALSE in its liveness problem.
	Const *LiveConst
}

// Temporal reports whether x has a temporal operator.
func (x *LiveExpr) Temporal() bool {
	switch x.Op {
	case LiveAlways, LiveEventually:
		return true
	}
	for _, k := range x.Kids {
		if k.Temporal() {
			return true
		}
	}
	return false
}

// HasAction reports whether x has an action atom.
func (x *LiveExpr) HasAction() bool {
	if x.Op == LiveAction {
		return true
	}
	for _, k := range x.Kids {
		if k.HasAction() {
			return true
		}
	}
	return false
}

func liveNode(op LiveOp, pos token.Pos, kids ...*LiveExpr) *LiveExpr {
	return &LiveExpr{Op: op, Kids: kids, Pos: pos}
}

// generalProperty adds the temporal formula e (of no simple shape) as a
// General part of the property.
func (b *builder) generalProperty(e ast.Expr, en cenv, pc propCtx, parts *[]Temporal) bool {
	f, ok := b.live(e, en, pc)
	if !ok && b.refusal != nil {
		// TLC's refusal, reported by the checker where TLC reports it.
		b.registerRefusal()
		return true
	}
	if !ok {
		return false
	}
	*parts = append(*parts, b.partConsts(Temporal{Kind: General, Formula: f, Name: pc.label()}))
	return true
}

// liveLevel compiles e on the side: 1 for a state predicate (or a
// constant), 2 for an action, 0 when e has a temporal operator or does not
// compile.
func (b *builder) liveLevel(e ast.Expr, en cenv) int {
	prime, temporal, ok := b.c.trial(e, en)
	switch {
	case temporal || !ok:
		return 0
	case prime:
		return 2
	}
	return 1
}

// live translates the temporal formula e.
func (b *builder) live(e ast.Expr, en cenv, pc propCtx) (*LiveExpr, bool) {
	c := b.c
	if lvl := b.liveLevel(e, en); lvl > 0 {
		if n := b.liveAngle(e, en, pc); lvl == 2 && n != nil {
			return n, true
		}
		return b.liveAtom(e, en, pc, lvl == 2), true
	}
	all := func(op LiveOp, pos token.Pos, xs ...ast.Expr) (*LiveExpr, bool) {
		n := liveNode(op, pos)
		for _, x := range xs {
			k, ok := b.live(x, en, pc)
			if !ok {
				return nil, false
			}
			n.Kids = append(n.Kids, k)
		}
		return n, true
	}
	switch e := e.(type) {
	case *ast.Paren:
		return b.live(e.X, en, pc)
	case *ast.Label:
		// A label names a subexpression; it means nothing to the
		// evaluation (TLC's Liveness.astToLive: LabelKind).
		return b.live(e.Body, en, pc)
	case *ast.Junction:
		if e.Op == token.AND {
			return all(LiveAnd, e.Pos(), e.Items...)
		}
		return all(LiveOr, e.Pos(), e.Items...)
	case *ast.Binary:
		switch e.Op {
		case token.AND:
			return all(LiveAnd, e.Pos(), e.X, e.Y)
		case token.OR:
			return all(LiveOr, e.Pos(), e.X, e.Y)
		case token.IMPLIES:
			n, ok := all(LiveOr, e.Pos(), e.X, e.Y)
			if ok {
				n.Kids[0] = liveNode(LiveNot, e.Pos(), n.Kids[0])
			}
			return n, ok
		case token.LEADSTO:
			n, ok := all(LiveOr, e.Pos(), e.X, e.Y)
			if !ok {
				return nil, false
			}
			n.Kids[0] = liveNode(LiveNot, e.Pos(), n.Kids[0])
			n.Kids[1] = liveNode(LiveEventually, e.Pos(), n.Kids[1])
			return liveNode(LiveAlways, e.Pos(), n), true
		}
	case *ast.Unary:
		switch e.Op {
		case token.NOT:
			return all(LiveNot, e.Pos(), e.X)
		case token.BOX:
			return all(LiveAlways, e.Pos(), e.X)
		case token.EVENTUALLY:
			return all(LiveEventually, e.Pos(), e.X)
		}
	case *ast.BoxAction:
		// [A]_v is A \/ v' = v.
		a, ok := b.live(e.Action, en, pc)
		if !ok || a.Temporal() {
			break
		}
		return liveNode(LiveOr, e.Pos(), a, liveNode(LiveNot, e.Pos(), b.subChanged(e.Sub, en, pc))), true
	case *ast.AngleAction:
		// <<A>>_v is A /\ v' # v.
		a, ok := b.live(e.Action, en, pc)
		if !ok || a.Temporal() {
			break
		}
		n := liveNode(LiveAnd, e.Pos(), a, b.subChanged(e.Sub, en, pc))
		n.Angle = true
		return n, true
	case *ast.Fairness:
		return b.liveFairness(e, en, pc), true
	case *ast.If:
		n, ok := all(LiveAnd, e.Pos(), e.Cond, e.Then, e.Else) // the first failure stops TLC
		if !ok {
			return nil, false
		}
		g, t, f, p := n.Kids[0], n.Kids[1], n.Kids[2], e.Pos()
		return liveNode(LiveOr, p, liveNode(LiveAnd, p, g, t), liveNode(LiveAnd, p, liveNode(LiveNot, p, g), f)), true
	case *ast.Let:
		return b.live(e.Body, b.liveLet(e, en), pc)
	case *ast.Quant:
		if e.Op == token.FORALL || e.Op == token.EXISTS {
			return b.liveQuant(e, en, pc)
		}
	case *ast.Ident, *ast.OpApp, *ast.ModRef:
		if b.isParam(e, en) {
			break // TLC does not look through a parameter's argument
		}
		if x, xen, ok := b.operandBody(e, en); ok {
			return b.refusing(e, en, false, func() (*LiveExpr, bool) { return b.live(x, xen, pc) })
		}
		if d, de, ok := c.userOp(e, en); ok && !b.isNative(e, d, de) {
			if len(d.Params) == 0 {
				pc.defName = d.Name.Name
			}
			return b.refusing(e, en, false, func() (*LiveExpr, bool) { return b.live(d.Body, de, pc) })
		}
	}
	return nil, b.refuse(e, en, false)
}

// isParam reports whether e is an operator parameter without arguments
// (bound to an argument as written).
func (b *builder) isParam(e ast.Expr, en cenv) bool {
	id, ok := e.(*ast.Ident)
	if !ok {
		return false
	}
	s := en.sc.lookup(id.Name)
	return s != nil && s.kind == bArg
}

// operandBody returns what F(args) applies when F is an operator
// parameter: the body of the LAMBDA or of the definition passed for F,
// its parameters bound to args (TLC binds an operator argument to the
// definition itself, OpDefNode, and expands it as any definition).
func (b *builder) operandBody(e ast.Expr, en cenv) (ast.Expr, cenv, bool) {
	app, ok := e.(*ast.OpApp)
	if !ok {
		return nil, en, false
	}
	s := en.sc.lookup(app.Name.Name)
	if s == nil || s.kind != bArg {
		return nil, en, false
	}
	x, xen, err := b.c.operandCall(app.Pos(), s.arg, s.argEnv, app.Args, en, en)
	if err != nil {
		return nil, en, false
	}
	switch x.(type) {
	case *ast.OpApp, *ast.ModRef: // a definition passed by name
		if d, de, ok := b.c.userOp(x, xen); ok && !b.isNative(x, d, de) {
			return d.Body, de, true
		}
		return nil, en, false
	}
	return x, xen, true
}

// isNative reports whether the application e of d (defined in de) is of
// an operator TLC implements in Java (PrintT, Len, ...): TLC's lookup
// finds no definition to expand there.
func (b *builder) isNative(e ast.Expr, d *ast.OpDef, de cenv) bool {
	if de.m == nil || de.m.mod == nil || de.m.mod.Name == nil {
		return false
	}
	_, ok := nativeOf(de.m.mod.Name.Name, d.Name.Name, len(d.Params))
	return ok
}

// liveLet is the environment of the body of the LET e of a temporal
// formula, which TLC translates with the definitions in scope.
func (b *builder) liveLet(e *ast.Let, en cenv) cenv {
	le, _ := b.c.letScopeMemo(e, en)
	// The atoms are evaluated outside the LET's own evaluation, where
	// nothing clears memo slots: every use is compiled in place.
	for sc := le.sc; sc != nil && sc != en.sc; sc = sc.parent {
		sc.memo = -1
	}
	return le
}

// appArgs lists the arguments of the application e (an instance's too:
// I(3)!Op has one).
func appArgs(e ast.Expr) []ast.Expr {
	switch e := e.(type) {
	case *ast.OpApp:
		return e.Args
	case *ast.ModRef:
		var args []ast.Expr
		for _, st := range e.Path {
			args = append(args, st.Args...)
		}
		return append(args, e.Args...)
	}
	return nil
}

// liveAngle returns <<A>>_v (through parentheses and labels; SANY wants
// it written out after []<> and <>[]) as the LiveAnd of A and v' # v marked Angle, nil for
// another action: TLC evaluates v' # v first there, as its own step
// predicate does (Liveness.astToLive, LNAction), which decides what a
// Print in A prints.
func (b *builder) liveAngle(e ast.Expr, en cenv, pc propCtx) *LiveExpr {
	switch e := e.(type) {
	case *ast.Paren:
		return b.liveAngle(e.X, en, pc)
	case *ast.Label:
		return b.liveAngle(e.Body, en, pc)
	case *ast.AngleAction:
		n := liveNode(LiveAnd, e.Pos(), b.liveAction(e.Action, en, pc), b.subChanged(e.Sub, en, pc))
		n.Angle = true
		return n
	}
	return nil
}

// liveAtom compiles a formula without temporal operators.
func (b *builder) liveAtom(e ast.Expr, en cenv, pc propCtx, action bool) *LiveExpr {
	n := &LiveExpr{Op: LiveState, Pos: e.Pos()}
	if k := b.liveConst(e, en, pc); k != nil && k.whole {
		n.State, n.Const = b.constPred(k), k
		return n
	}
	var x cx
	b.c.covSink(func() { x = b.c.expr(e, en) }) // covlive.go
	if action {
		n.Op, n.Action = LiveAction, b.actionPredIn(x, pc.binds)
	} else {
		n.State = b.statePredIn(x, pc.binds)
	}
	return n
}

// liveAction compiles the action A of <<A>>_v, which TLC takes whole
// (LNAction): its constant-level parts are not evaluated while TLC
// builds its liveness problem (liveconst.go).
func (b *builder) liveAction(e ast.Expr, en cenv, pc propCtx) *LiveExpr {
	var x cx
	b.c.covSink(func() { x = b.c.expr(e, en) })
	return &LiveExpr{Op: LiveAction, Pos: e.Pos(), Action: b.actionPredIn(x, pc.binds)}
}

// subChanged is the action v' # v.
func (b *builder) subChanged(sub ast.Expr, en cenv, pc propCtx) *LiveExpr {
	c := b.c
	var cur, nxt cx
	c.covSink(func() {
		cur = c.expr(sub, en)
		ne := en
		ne.primed = true
		nxt = c.expr(sub, ne)
	})
	return &LiveExpr{Op: LiveAction, Pos: sub.Pos(), Action: b.stepFn(pc.binds, func(k *ctx) (bool, error) {
		eq, err := subEqual(k, cur, nxt)
		return !eq, err
	})}
}

// actionPredIn evaluates the action x on a step s -> t under the values of
// expanded quantifiers.
func (b *builder) actionPredIn(x cx, binds []propBind) func(s, t value.State) (bool, error) {
	return b.stepFn(binds, func(k *ctx) (bool, error) { return evalBool(k, x) })
}

// stepFn evaluates f on a step s -> t under the values of expanded
// quantifiers.
func (b *builder) stepFn(binds []propBind, f func(k *ctx) (bool, error)) func(s, t value.State) (bool, error) {
	p := &b.prog
	return func(s, t value.State) (bool, error) {
		k := (*p).get()
		defer (*p).put(k)
		k.s = s
		k.levelAs = levelOfStep
		copy(k.t, t)
		if err := bindAll(k, binds); err != nil {
			return false, err
		}
		return f(k)
	}
}

// subEqual reports whether the subscript v of [A]_v or <<A>>_v has the
// same value in both states of the step (cur and nxt are v compiled in
// the current and the next state).
func subEqual(k *ctx, cur, nxt cx) (bool, error) {
	x, y, err := eval2(k, cur, nxt)
	if err != nil {
		return false, err
	}
	eq, err := value.EqualChecked(x, y)
	return eq, wrap(cur.pos, err)
}

// liveFairness expands WF_v(A) and SF_v(A) written in a property or as a
// fairness conjunct of another form than the specification's own.
func (b *builder) liveFairness(f *ast.Fairness, en cenv, pc propCtx) (x *LiveExpr) {
	b.c.covSink(func() { x = b.liveFairnessIn(f, en, pc) }) // covlive.go
	return x
}

func (b *builder) liveFairnessIn(f *ast.Fairness, en cenv, pc propCtx) *LiveExpr {
	c := b.c
	def := fairDef{strong: f.Op == token.SF, steps: c.action(f.Action, en), sub: c.expr(f.Sub, en)}
	ne := en
	ne.primed = true
	def.subNxt = c.expr(f.Sub, ne)
	c.fairEnabled(&def, f, en)
	for i := range pc.binds {
		def.binds = append(def.binds, fairBind{b: &pc.binds[i].bd, v: pc.binds[i].v})
	}
	fc := b.fairnessOf(&def)
	p := f.Pos()
	en1 := &LiveExpr{Op: LiveState, Pos: p, State: fc.Enabled}
	tk := &LiveExpr{Op: LiveAction, Pos: p, Action: fc.Taken}
	notEn := liveNode(LiveNot, p, en1)
	if def.strong {
		return liveNode(LiveOr, p, liveNode(LiveEventually, p, liveNode(LiveAlways, p, notEn)),
			liveNode(LiveAlways, p, liveNode(LiveEventually, p, tk)))
	}
	return liveNode(LiveAlways, p, liveNode(LiveEventually, p, liveNode(LiveOr, p, notEn, tk)))
}

// liveQuant expands \A and \E over constant sets into a conjunction or a
// disjunction of instances (an empty set: TRUE or FALSE).
func (b *builder) liveQuant(e *ast.Quant, en cenv, pc propCtx) (*LiveExpr, bool) {
	c := b.c
	for _, bd := range e.Bounds {
		if bd.Set == nil {
			return nil, b.refuse(e, en, false) // TLC: OPCODE_uf, OPCODE_ue
		}
	}
	bs, ben := c.bounds(e.Bounds, en)
	for i := range bs {
		if bs[i].set.dep != 0 {
			return nil, b.refuseStateSet(e, en, bs[i].pos)
		}
	}
	if e.Op == token.EXISTS && b.exRefusal == nil {
		// An error evaluating a constant part of the body is TLC's
		// refusal of the outermost such \E (liveconst.go, exRefusal).
		b.exRefusal = b.refusalOf(e, en)
		defer func() { b.exRefusal = nil }()
	}
	// A body TLC cannot handle: the \A refused with it, the \E instead.
	return b.refusing(e, en, e.Op == token.FORALL, func() (*LiveExpr, bool) { return b.liveQuantBody(e, bs, ben, pc) })
}

// liveQuantBody is the conjunction (\A) or disjunction (\E) of the
// instances of e's body, one per combination of the bounds' values.
func (b *builder) liveQuantBody(e *ast.Quant, bs []binder, ben cenv, pc propCtx) (*LiveExpr, bool) {
	c := b.c
	op := LiveAnd
	if e.Op == token.EXISTS {
		op = LiveOr
	}
	n := liveNode(op, e.Pos())
	var expand func(i int, pc propCtx) bool
	expand = func(i int, pc propCtx) bool {
		if i == len(bs) {
			k, ok := b.live(e.Body, ben, pc)
			if ok {
				n.Kids = append(n.Kids, k)
			}
			return ok
		}
		elems, err := evalElems(b.ctxForCompile(), bs[i].set)
		if err != nil {
			c.errorf(bs[i].pos, "%v", err)
			return false
		}
		for _, v := range elems {
			if !expand(i+1, pc.bind(bs[i], v)) {
				return false
			}
		}
		return true
	}
	if !expand(0, pc) {
		return nil, false
	}
	if len(n.Kids) == 0 {
		return &LiveExpr{Op: LiveBool, Value: op == LiveAnd, Pos: e.Pos()}, true
	}
	return n, true
}
