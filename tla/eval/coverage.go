package eval

import (
	"sync/atomic"

	"github.com/wspcycle/wspcycle/tla/ast"
	"github.com/wspcycle/wspcycle/tla/token"
	"github.com/wspcycle/wspcycle/tla/value"
)

// TLC's per-expression coverage (tlc2.tool.coverage): for the initial
// predicate, each action of Next, each invariant and each constraint, a
// tree of the operator applications reachable from its body (SANY's
// OpApplNodes: every application, name, quantifier, set or function
// constructor, not a number or a string), one subtree per place an
// operator is applied, in the order SANY's walk meets them (an operator's
// body before its arguments). Each node counts how often TLC would
// evaluate it, and, where the node is a conjunct TLC's successor
// generator walks (an assignment, a guard, a variable of UNCHANGED), how
// many times a state was generated through it.
//
// The tree is built while the spec is compiled, only when coverage is
// asked for (Options.Coverage): the compiler inlines operators per call
// site, so each compiled closure of a counted expression belongs to one
// node and is wrapped by a closure that counts. Without coverage nothing
// is wrapped and nothing is counted: the search runs the closures it ran
// before (a step carries one nil pointer more).
//
// The counts agree with TLC's on one worker; with several, the arguments
// of an operator (counted once per application, as TLC's LazyValue
// evaluates them once) may be counted more than once.

// CovNode is one node of a coverage tree.
type CovNode struct {
	// From and To give the node's source range: From's first character to
	// To's last (the same expression but for a CASE arm, from its
	// condition to its value). Both are nil for a tree's root.
	From, To ast.Expr
	// Unchanged marks an UNCHANGED, which TLC prints with the count of
	// its variables (UnchangedOpApplNodeWrapper); Primed an assignment
	// x' = e or x' \in S of an action (TLC's primed locations), which TLC
	// prints even when no state was generated through it; ITE marks the
	// branches and condition of an IF, which TLC's sources print even when
	// never evaluated, but the TLC of model/testdata/tlc does not (CovMix:
	// IF ... THEN Max ..., Max never evaluated, is not listed): not set.
	Unchanged, Primed, ITE bool
	// enumCost marks a set constructor that a quantifier enumerates: each
	// evaluation costs the set's size plus one (TLC's enumerator counts
	// each element and the end on the node that built the set).
	enumCost bool
	// cupLeft and cupRight mark the operands of a \cup whose right one
	// is a set constructor (covcup.go).
	cupLeft, cupRight bool
	// cupVar: the right operand of a \cup is a variable, whose value
	// costs on the node it was noted with; origin, originEnum, cupPass:
	// covorigin.go.
	cupVar, origin, originEnum, cupPass bool
	// keepLeft, enumRange, unionOf: covnested.go.
	keepLeft, enumRange bool
	unionOf             *CovNode
	// cupAt: a \cup whose left operand is @ (covcup.go).
	cupAt bool
	// diffEnum: a binder's set L \ R a loop enumerates (covdiffenum.go).
	diffEnum bool
	// fcnSetEnum: a set of functions a quantifier enumerates
	// (covfcnset.go); prodEnum: a product or record set (covprod.go).
	fcnSetEnum bool
	prodEnum   prodUse
	// enumUse: a name its parent enumerates; ovBody: the body of the
	// definition the cfg replaces the name by (covoverride.go).
	enumUse bool
	ovBody  ast.Expr
	// fcnMat: a function constructor TLC turns into a table
	// (covfcnmat.go); lazyBody: one whose body its build does not count
	// (covsubstfcn.go); domOnly: one applied by covCountedApp, whose
	// closure, compiled while it is set, yields the domain only.
	fcnMat, lazyBody, domOnly bool
	// luOuter: on UNION S, S's node when TLC keeps the union lazy;
	// luElem: an element of that S (covunionlazy.go).
	luOuter *CovNode
	luElem  bool
	// seqLeft, seqRight: the operands of a \subseteq whose left one's
	// value may have a node (covsubsetbind.go).
	seqLeft, seqRight bool
	// lazy: a set filter TLC builds lazily; lazyOf: the set of one
	// (covfilter.go).
	lazy   *covLazy
	lazyOf *CovNode
	// tup: a node of a set expression whose tuples TLC compares with
	// other values (covtupcmp.go).
	tup *covTup
	// OtherArm marks the OTHER arm of a CASE, whose range starts at OTHER.
	OtherArm bool
	Children []*CovNode

	count, cost atomic.Int64
	// liveCost: what the liveness checker's evaluations cost on the node
	// (covlive.go), which no save of the counts puts back.
	liveCost atomic.Int64
	key      any // the expression (a CASE arm: its *ast.CaseArm)
	byKey    map[any]*CovNode
	// seen is the count of the application (the parent) when this
	// argument was last counted: an argument is counted once per
	// application, as TLC evaluates it once (LazyValue).
	seen atomic.Int64
	// evalApp: the node's evaluations are counted (covExpr), so its count
	// tells one application from the next.
	evalApp bool
	// appEpoch, for an application ENABLED's action walks (covenabled.go),
	// counts its applications instead.
	appEpoch atomic.Int64
	// parent: for a node listed under its last use (covletroot.go).
	parent *CovNode
	// replay, when set, counts what a folded closure replays on this
	// node instead (covinst.go).
	replay func(k *ctx, d int64)
}

// Count is the node's count: evaluations, plus the states generated
// through it when it is a conjunct of an action.
func (n *CovNode) Count() int64 { return n.count.Load() }

// Cost is TLC's secondary count of the node (its "cost").
func (n *CovNode) Cost() int64 { return n.cost.Load() + n.liveCost.Load() }

// AddCount adds d to the node's count (the checker counts the states an
// action or the initial predicate generated on its root).
func (n *CovNode) AddCount(d int64) { n.count.Add(d) }

// AddCost adds d to the node's secondary count.
func (n *CovNode) AddCost(d int64) { n.cost.Add(d) }

// reset zeroes the counts of the tree (what compiling evaluated, folding
// constants, is not TLC's).
func (n *CovNode) reset() {
	n.count.Store(0)
	n.cost.Store(0)
	n.liveCost.Store(0)
	n.seen.Store(0)
	for _, c := range n.Children {
		c.reset()
	}
}

// child is the child of n for key, made (from..to) the first time.
func (n *CovNode) child(key any, from, to ast.Expr) *CovNode {
	if m, ok := n.byKey[key]; ok {
		return m
	}
	if n.byKey == nil {
		n.byKey = map[any]*CovNode{}
	}
	m := &CovNode{From: from, To: to, key: key}
	n.byKey[key] = m
	n.Children = append(n.Children, m)
	return m
}

// Coverage holds the coverage trees of a spec compiled with coverage.
// Each root's children are its body's tree (the root itself counts
// nothing).
type Coverage struct {
	Init *CovNode
	// InitMore are the trees of the initial predicate's later conjuncts,
	// indexed as Spec.InitParts[1:]; initDone, initPartOf:
	// covinitparts.go.
	InitMore   []*CovNode
	initDone   []*CovNode
	initPartOf map[*CovNode]int
	// Actions is indexed as Spec.Actions.
	Actions []*CovNode
	// Invariants is indexed as Spec.Invariants (nil for an invariant that
	// comes from a PROPERTY).
	Invariants []*CovNode
	// ImpliedBy is indexed as Invariants: for an invariant TLC checks for a
	// PROPERTY []P, P (covimplied.go); nil for the others.
	ImpliedBy         []ast.Expr
	Constraints       []*CovNode
	ActionConstraints []*CovNode
	// vars counts the values of each variable (covvars.go).
	vars []valueCount
	// parts: the trees of the split's \E and applications (covparts.go).
	parts map[covPartKey]*CovNode
	order []covOrderItem
	// nextSubst, initSubst: SpecSubst, InitSubst.
	nextSubst, initSubst [2]token.Pos
	// live: covlive.go.
	live *atomic.Int32
}

func (cv *Coverage) reset() {
	for _, r := range cv.roots() {
		if r != nil {
			r.reset()
		}
	}
}

func (cv *Coverage) roots() []*CovNode {
	out := []*CovNode{cv.Init}
	out = append(out, cv.InitMore...)
	out = append(out, cv.initDone...)
	out = append(out, cv.Actions...)
	out = append(out, cv.Invariants...)
	out = append(out, cv.Constraints...)
	for _, r := range cv.parts {
		out = append(out, r)
	}
	return append(out, cv.ActionConstraints...)
}

// covKind reports whether SANY makes e an OpApplNode, which TLC's tree
// holds: numbers, strings, parentheses, labels, LET and @ are not.
func covKind(e ast.Expr) bool {
	switch e.(type) {
	case *ast.Number, *ast.String, *ast.Paren, *ast.Label, *ast.Let, *ast.At, nil:
		return false
	}
	return true
}

// covEnter is the node of e under the current node (the current node
// itself when it is e's), nil without coverage or when e is not counted.
func (c *compiler) covEnter(e ast.Expr) *CovNode {
	if c.cov == nil || !covKind(e) {
		return nil
	}
	if c.cov.key == any(e) {
		return c.cov
	}
	return c.cov.child(e, e, e)
}

// covHere is the current node when it is e's.
func (c *compiler) covHere(e ast.Expr) *CovNode {
	if c.cov != nil && c.cov.key == any(e) {
		return c.cov
	}
	return nil
}

// covRoot starts a tree for a body compiled by f.
func (c *compiler) covRoot(f func()) *CovNode {
	if !c.covOn {
		f()
		return nil
	}
	if c.origins == nil {
		c.origins = newCovOrigins()
	}
	saved, savedTop := c.cov, c.covTop
	root := &CovNode{}
	c.cov, c.covTop = root, root
	f()
	c.cov, c.covTop = saved, savedTop
	return root
}

// covCount wraps x so that each evaluation counts on n (unless an
// argument already counted in this application is evaluated again).
func covCount(x cx, n *CovNode) cx {
	fn := x.fn
	x.fn = func(k *ctx) (value.Value, error) {
		if k.covMute == 0 {
			n.count.Add(1)
		}
		return fn(k)
	}
	if into := x.into; into != nil {
		x.into = func(k *ctx, slot **value.FcnV) (value.Value, error) {
			if k.covMute == 0 {
				n.count.Add(1)
			}
			return into(k, slot)
		}
	}
	return x
}

// covArg wraps the use of an operator's argument x (whose node is arg,
// a child of the application call): TLC evaluates the argument once per
// application, so the uses after the first count nothing. A muted use
// (one TLC does not make, as the muted evaluation of a RECURSIVE
// operator's arguments, covreclazy.go) leaves the first to come.
func covArg(x cx, arg, call *CovNode) cx {
	fn := x.fn
	x.fn = func(k *ctx) (value.Value, error) {
		if k.covMute != 0 {
			return fn(k)
		}
		if epoch := call.count.Load(); arg.seen.Load() != epoch {
			arg.seen.Store(epoch)
			return fn(k)
		}
		return evalMuted(k, fn)
	}
	x.into = nil
	return x
}

// selfUncounted reports whether TLC's successor generator, meeting e as
// a conjunct, does not count an evaluation of e itself: an operator that
// is not one of TLA+'s built-in ones (Naturals' <, Sequences' Len, a
// definition whose value is a constant, a variable) is applied to its
// arguments without its node (Tool.getNextStatesAppl, OpValue.eval);
// TRUE and FALSE are such constants (CovTrue: A == x < 3 /\ TRUE /\ ...
// lists TRUE with its 3 states, not 6).
func selfUncounted(e ast.Expr) bool {
	switch e := e.(type) {
	case *ast.Ident, *ast.OpApp, *ast.ModRef, *ast.FuncApp, *ast.Bool:
		// A name, an application of a definition or of a standard
		// module's operator; f[x] (Tool's OPCODE_fa evaluates the
		// function and the argument, not the application). Not r.f:
		// OPCODE_rs is evaluated whole, counting its node (CovFldAct).
		return true
	case *ast.Binary:
		switch e.Op {
		case token.AND, token.OR, token.IMPLIES, token.EQUIV, token.EQ, token.NEQ, token.IN, token.NOTIN,
			token.SUBSETEQ, token.CUP, token.CAP, token.SETMINUS, token.TIMES:
			return false
		}
		return true
	case *ast.Unary:
		return e.Op == token.MINUS
	}
	return false
}

// covUnchanged lists the nodes of the variables of UNCHANGED e, in the
// order unchangedVars lists the variables, under the current node: a
// variable, a tuple of them (its node, then theirs), or a definition
// (its name's node, then its body's).
func (c *compiler) covUnchanged(e ast.Expr, en cenv, out []*CovNode) []*CovNode {
	n := c.covEnter(e)
	saved := c.cov
	if n != nil {
		c.cov = n
	}
	defer func() { c.cov = saved }()
	switch e := e.(type) {
	case *ast.Paren:
		return c.covUnchanged(e.X, en, out)
	case *ast.Tuple:
		for _, x := range e.Elems {
			out = c.covUnchanged(x, en, out)
		}
		return out
	case *ast.Ident:
		if i := c.varSlot(e.Name, en); i >= 0 {
			return append(out, n)
		}
		if b := en.sc.lookup(e.Name); b != nil {
			switch b.kind {
			case bArg:
				return c.covUnchanged(b.arg, b.argEnv, out)
			case bLetOp:
				oe := en
				oe.sc = b.opEnv
				return c.covUnchanged(b.op.Body, oe, out)
			}
			return out
		}
		if x, ok := c.lookupName(e.Name, en); ok {
			switch x.kind {
			case eDef:
				if d, ok := x.node.(*ast.OpDef); ok {
					return c.covUnchanged(d.Body, defEnv(x, en), out)
				}
			case eVar, eConst:
				if s, ok := x.env.subst[e.Name]; ok {
					return c.covUnchanged(s.e, s.en, out)
				}
			}
		}
	case *ast.ModRef:
		if x, ok := c.resolveRef(e, en); ok {
			if d, ok := x.node.(*ast.OpDef); ok {
				return c.covUnchanged(d.Body, defEnv(x, en), out)
			}
		}
	}
	return append(out, n)
}

// covExpr is expr under coverage: e gets its node (under the current
// one), its subexpressions are compiled under it, and its closure counts
// on it.
func (c *compiler) covExpr(e ast.Expr, en cenv) cx {
	n := c.covEnter(e)
	if n == nil {
		return c.exprCore(e, en)
	}
	c.covStoreFlags(n, e)
	covMarkUnchanged(n, e) // covbox.go
	noSelf := c.covNoSelf == e
	c.covNoSelf = nil
	if !noSelf {
		n.evalApp = true
	}
	covBodyFirst(n, e)
	c.covBoundsEnum(n, e, en)
	if f, ok := e.(*ast.FuncCons); ok {
		c.covOriginStore(n, f.Body)
	}
	if f, ok := e.(*ast.SetFilter); ok {
		c.covLazyFilter(n, f, en)
	}
	c.covLUMark(n, e)
	if b, ok := e.(*ast.Binary); ok && !c.userBinary(b, en) {
		covPreMake(n, b.X, b.Y) // in their order, before one is marked
		covTupCompile(n, b)     // covtupcmp.go
		switch b.Op {
		case token.CUP:
			c.covCup(n, b.X, b.Y, en)
			covCupPassOn(n) // covsubsetbind.go
		case token.SETMINUS, token.CAP:
			// SetEnumValue.diff and .cap keep the left operand's
			// CostModel wherever their result goes (covKeepAll).
			n.keepLeft = true
		case token.SUBSETEQ:
			covEnumerated(n, b.X, en)
			c.covSubseteq(n, b.X, b.Y, en) // covsubsetbind.go
		case token.EQ, token.NEQ:
			covProdCompared(n, b.X, b.Y)
			c.covFcnMat(n, b.X, en)
			c.covFcnMat(n, b.Y, en)
		case token.IN:
			if u, ok := ast.Unparen(b.Y).(*ast.Unary); ok && u.Op == token.SUBSET {
				c.covOriginEnum(n, b.X, en) // SubsetValue.member enumerates it
				c.covOriginEnumBound(n, b.X, en)
			}
			c.covMemberEnum(n, b.X, b.Y)
		}
		// \cap and \ cost nothing on their operands in TLC's reports
		// (TLC's SetCapValue and SetDiffValue ask the right operand for
		// membership only; Tokens' D \ {d}: {d} is never charged, nor
		// are {1, 2} and {x, 5} of Cardinality({1, 2} \cap {x, 5})).

	}
	saved := c.cov
	c.cov = n
	argConst := c.covArgConst
	c.covLUElemCompiled(n)
	c.covFcnMemberUse(e, en)
	x := c.exprCore(e, en)
	c.cov = saved
	if f, ok := e.(*ast.SetFilter); ok {
		c.covLazyDone(n, f)
	}
	_, fcons := e.(*ast.FuncCons)
	if c.covArgConst == argConst && n.tup == nil && !fcons {
		// Not folded when it uses a constant argument, which counts on
		// the application's node once per application (covArgUse), nor
		// when it is part of a vector of tuples (covtupcmp.go), which
		// follows its operands each time, nor when it is a function
		// constructor, whose each value TLC builds anew and turns into
		// a table where a state holds it (covfcnstore.go).
		x = covFold(c, x, n)
	}
	if n.lazyOf != nil {
		x = covLazyKeep(x, n.lazyOf)
	}
	if noSelf {
		return x
	}
	x = covCount(x, n)
	if n.enumCost {
		x = covEnum(x, n)
	}
	if f, ok := e.(*ast.FuncCons); ok && n.fcnMat {
		x = covFcnMatWrap(x, n, f)
	}
	if f, ok := e.(*ast.FuncCons); ok && !n.fcnMat && !n.lazyBody && !n.domOnly && covReducibleBounds(f) {
		x = c.covFcnEager(x, n, f) // covfcneager.go
	}
	if f, ok := e.(*ast.FuncCons); ok {
		x = c.covFcnNote(x, n, f) // covfcnstore.go
	}
	if fs, ok := e.(*ast.FuncSet); ok && n.fcnSetEnum {
		x = covFcnSetQuant(x, n, fs)
	}
	if n.prodEnum != 0 {
		x = c.covProdQuant(x, n, e, n.prodEnum)
	}
	if n.keepLeft {
		// Before cupRight: a \cup's right operand S \ T costs on
		// the node its value was noted with.
		x = covKeepWrap(x, c.origins)
	}
	if n.cupLeft {
		x = covCupLeft(x)
	}
	if n.cupRight {
		x = covCupRight(x, n, c.origins)
	}
	x = covNestedWrap(x, n, c.origins)
	x = covLUCollect(x, n, e)
	x = covSubseqLeft(x, n)
	x = covSubseteqRight(x, n, c.origins)
	x = covLUWrap(x, n, c.origins)
	if n.unionOf != nil {
		x = covUnionWrap(x, n.unionOf)
	}
	if b, ok := e.(*ast.Binary); ok {
		x = c.covFcnTabulateIn(x, b, en)
		if n.diffEnum {
			x = c.covDiffEnumWrap(x, n, b) // covdiffenum.go
		}
	}
	return covTupWrap(c.covOriginWrap(x, n), n, e, c.origins)
}

// covArgUse compiles a use of the parameter b of an operator: the
// argument, under the application's node, counted once per application.
func (c *compiler) covArgUse(b *scope, ae cenv, pos token.Pos) cx {
	call := b.cov
	saved := c.cov
	if call != nil {
		c.cov = call
	} else {
		// An argument of an application TLC's tree does not hold (Next's
		// \E p \in S : A(p), which TLC splits into actions): not counted.
		c.cov = nil
	}
	x := c.inline(pos, func() cx { return c.expr(b.arg, ae) })
	c.cov = saved
	if call != nil {
		c.noteCovArg(b.arg) // covargorder.go
	}
	if call == nil || !covKind(b.arg) {
		return x
	}
	if !call.evalApp {
		// An application TLC's successor generator (or ENABLED) walks:
		// its arguments are LazyValues too, evaluated once per
		// application (covenabled.go).
		if x.dep == 0 {
			c.covArgConst++
		}
		return covArgEpoch(x, call.child(b.arg, b.arg, b.arg), call)
	}
	if x.dep == 0 {
		c.covArgConst++
	}
	return covArg(x, call.child(b.arg, b.arg, b.arg), call)
}

// covArm makes the arm i of CASE e (-1: OTHER) the current node, as TLC
// evaluates an arm's condition and value under the arm's own node (a
// $Pair), and returns what restores the current node.
func (c *compiler) covArm(e *ast.Case, i int) func() {
	n := c.covHere(e)
	if n == nil {
		return func() {}
	}
	var m *CovNode
	if i < 0 {
		m = n.child(&e.Other, e.Other, e.Other)
		m.OtherArm = true
	} else {
		a := e.Arms[i]
		m = n.child(a, a.Cond, a.Value)
	}
	saved := c.cov
	c.cov = m
	return func() { c.cov = saved }
}

// ---- counting the states generated through the conjuncts of an action

// covThrough runs seq from i and counts on n when a state was generated
// on the way: TLC's Tool.getNextStates counts a conjunct's node each time
// the rest of the action, run after it, generated a state. It counts
// nothing when the rest ended with an error: TLC's worker throws when a
// state it was given violates an invariant (InvariantViolatedException),
// which leaves the count undone on every conjunct the state went through
// (CovViol: Inc's x < 5 counts 4 of the 5 states it led to, the fifth
// violating Inv).
func (k *ctx) covThrough(n *CovNode, seq []step, i int) error {
	n0 := k.nemit
	err := k.run(seq, i)
	if k.nemit != n0 && err == nil {
		n.count.Add(1)
	}
	return err
}

// covGoOn runs seq from i after the assignment step st, counting as TLC
// does: in the initial predicate the assignment that completes a state
// counts it (Tool.getInitStates), in an action each assignment counts the
// states generated after it.
func (k *ctx) covGoOn(st *step, seq []step, i int) error {
	if k.phase != phaseNext {
		k.covLast = st.cov
		return k.run(seq, i)
	}
	return k.covThrough(st.cov, seq, i)
}

// covCompared goes on after st compared a variable that already has a
// value: once every variable has one, TLC evaluates the rest of the
// action as a formula (Tool.getNextStatesAllAssigned), counting an
// evaluation of the conjunct and no state through it.
func (k *ctx) covCompared(st *step, seq []step, i int, all bool) error {
	if all && st.kind == sUnchanged && k.phase == phaseNext && !k.covUEvaluated(st) {
		// An item of TLC's list (a later variable of UNCHANGED <<...>>,
		// v of [A]_v): processUnchanged, not an evaluation (covbox.go).
		return k.covThrough(st.cov, seq, i)
	}
	if all {
		if st.kind != sUnchanged {
			st.cov.count.Add(1)
			k.covLHSEval(st)
		}
		return k.run(seq, i)
	}
	if k.phase != phaseNext {
		return k.run(seq, i)
	}
	return k.covThrough(st.cov, seq, i)
}

// covGuard is the sGuard step st (at i in seq) under coverage.
func (k *ctx) covGuard(st *step, seq []step, i int) error {
	all := k.allSet()
	if all && st.covEval {
		st.cov.count.Add(1)
	}
	b, err := evalBool(k, st.e)
	if err != nil || !b {
		return err
	}
	if all || k.phase != phaseNext {
		return k.run(seq, i+1)
	}
	return k.covThrough(st.cov, seq, i+1)
}

// covAssign is the sAssign or sUnchanged step st under coverage (the
// value is built anew, never in a scratch function).
func (k *ctx) covAssign(st *step, seq []step, i int) error {
	all := k.allSet()
	if st.covUFirst {
		k.covUStart(st, all) // covbox.go
	}
	old := k.t[st.v]
	var v value.Value
	var err error
	switch {
	case st.kind == sUnchanged && st.e.fn != nil:
		v, err = st.e.fn(k)
	case st.kind == sUnchanged:
		v = k.s[st.v]
	default:
		v, err = st.e.fn(k)
	}
	if err != nil {
		return err
	}
	if old != nil {
		a, b := old, v
		if st.kind == sUnchanged {
			a, b = v, old // as run's: x.equals(x')
		}
		eq, err := value.EqualChecked(a, b)
		if err != nil {
			return wrap(st.pos, err)
		}
		if !eq {
			k.warnUnchanged(st)
			k.covFalseFormula(st, all) // covforall.go
			return nil
		}
		return k.covCompared(st, seq, i+1, all)
	}
	if k.prog.covFcn != nil && st.kind == sAssign {
		k.prog.covFcn.chargeAssigned(v) // covfcnstore.go
	}
	if f, ok := v.(*value.FcnV); ok && st.covCost != nil && !k.prog.covFcn.isEager(f) {
		// TLC builds [x \in S |-> e] lazily and turns it into a table
		// when a state holds it, counting each element on its node.
		st.covCost.cost.Add(int64(f.Len()))
		if st.covDom != nil {
			st.covDom.cost.Add(int64(f.Len()) + 1)
		}
		if st.covDomProd != nil {
			covProdEnum(st.covDomProd, fcnDomain(f))
		}
	}
	k.t[st.v] = v
	err = k.covGoOn(st, seq, i+1)
	k.t[st.v] = nil
	return err
}

// covMember is the sMember step st under coverage.
func (k *ctx) covMember(st *step, seq []step, i int) error {
	all := k.allSet()
	s, err := k.memberSet(st)
	if err != nil {
		return err
	}
	if old := k.t[st.v]; old != nil {
		in, err := s.Member(old)
		if err != nil {
			return wrap(st.pos, err)
		}
		covLUMember(s, old)
		if !in {
			k.covFalseFormula(st, all) // covforall.go
			return nil
		}
		return k.covCompared(st, seq, i+1, all)
	}
	e, err := s.Enum()
	if err != nil {
		return wrap(st.pos, err)
	}
	covSubsetBase(st, s)
	if covLUEnumerated(s) {
		// A lazy UNION's (covunionlazy.go).
	} else if st.covFcnSet {
		covFcnSetMember(s, st.covCost, st.covRng)
	} else if st.covProd != nil {
		covProdEnum(st.covProd, s)
	} else if st.covCost != nil && st.covCost.lazy != nil {
		st.covCost.cost.Add(k.lazyTried(st.covCost)) // covfilter.go
	} else if st.covCost != nil {
		// TLC's enumeration of a set a constructor built counts each
		// element and the end on the constructor's node.
		st.covCost.cost.Add(int64(len(e.Elems())) + 1)
	}
	for _, v := range e.Elems() {
		if st.covNote != nil {
			v = st.covNote(v)
		}
		k.t[st.v] = v
		if err := k.covGoOn(st, seq, i+1); err != nil {
			k.t[st.v] = nil
			return err
		}
	}
	k.t[st.v] = nil
	return nil
}

// covConstraint wraps the constraint x so that its root counts as TLC's
// does: a state (or step) the constraint admits on the secondary count,
// one it excludes on the primary (2778 prints secondary:total).
func covConstraint(x cx, root *CovNode) cx {
	if root == nil {
		return x
	}
	fn := x.fn
	x.fn = func(k *ctx) (value.Value, error) {
		v, err := fn(k)
		if b, ok := v.(value.BoolV); ok && err == nil {
			if b {
				root.cost.Add(1)
			} else {
				root.count.Add(1)
			}
		}
		return v, err
	}
	return x
}

// finishCoverage gives the Spec its coverage trees, with the counts that
// compiling made (folding constants) zeroed.
func (b *builder) finishCoverage() {
	if !b.c.covOn {
		return
	}
	cv := &Coverage{Init: b.covInit, Constraints: b.covCons, ActionConstraints: b.covActionCons, parts: b.c.covParts, order: b.c.covOrder,
		nextSubst: b.covNextSubst, initSubst: b.covInitSubst}
	if cv.Init == nil {
		cv.Init = &CovNode{}
	}
	cv.finishInitParts(b.covInitMore) // covinitparts.go
	for _, a := range b.actions {
		cv.Actions = append(cv.Actions, a.cov)
	}
	cv.Invariants = make([]*CovNode, len(b.sp.Invariants))
	copy(cv.Invariants, b.covInv)
	cv.ImpliedBy = make([]ast.Expr, len(b.sp.Invariants))
	copy(cv.ImpliedBy, b.covImpliedBy)
	cv.vars = make([]valueCount, len(b.sp.Vars))
	b.covInstFinish(cv)       // covinst.go
	cv.orderArgs(b.c.covArgs) // covargorder.go
	if b.c.origins != nil {
		cv.live = b.c.origins.live
	}
	cv.reset()
	b.sp.Coverage = cv
}

// covUnwrap is e without the parentheses and labels around it, which are
// no nodes of TLC's coverage tree: the key of e's node.
func covUnwrap(e ast.Expr) ast.Expr {
	for {
		switch x := e.(type) {
		case *ast.Paren:
			e = x.X
		case *ast.Label:
			e = x.Body
		default:
			return e
		}
	}
}

// covPreMake makes the nodes of es under n, in that order, before they
// are compiled: SANY's walk meets some subexpressions before the place
// they are compiled at (the body of a quantifier before its bounds).
func covPreMake(n *CovNode, es ...ast.Expr) {
	for _, e := range es {
		for {
			e = covUnwrap(e)
			if l, ok := e.(*ast.Let); ok {
				// SANY's LetInNode is no node of TLC's tree: its
				// definitions' nodes and then its body's are met where
				// the LET is (LetInNode.walkGraph walks its context
				// first), also when the LET is an operand (A => LET ...).
				covLetOrder(n, l)
				e = l.Body
				continue
			}
			break
		}
		if covKind(e) {
			n.child(e, e, e)
		}
	}
}

// covBodyFirst makes, for a binding construct e (node n), the node of its
// body and then those of its bounds' sets, in SANY's order.
func covBodyFirst(n *CovNode, e ast.Expr) {
	var body ast.Expr
	var bounds []*ast.Bound
	switch e := e.(type) {
	case *ast.Quant:
		body, bounds = e.Body, e.Bounds
	case *ast.SetMap:
		body, bounds = e.Elem, e.Bounds
	case *ast.SetFilter:
		body, bounds = e.Pred, []*ast.Bound{e.Bound}
	case *ast.FuncCons:
		body, bounds = e.Body, e.Bounds
	case *ast.Choose:
		body, bounds = e.Body, []*ast.Bound{e.Bound}
	case *ast.FuncApp:
		covPreMake(n, e.Fn)
		covPreMake(covArgsNode(n, e), e.Args...) // covtuplearg.go
		return
	default:
		return
	}
	covPreMake(n, body)
	covBoundsFirst(n, e, bounds)
}

// covBoundsFirst makes, for a binding construct e (node n), the nodes of
// its bounds' sets, marked as e enumerates them.
func covBoundsFirst(n *CovNode, e ast.Expr, bounds []*ast.Bound) {
	for _, b := range bounds {
		if b != nil && b.Set != nil {
			covPreMake(n, b.Set)
			if _, ok := e.(*ast.FuncCons); !ok {
				if setConstructor(ast.Unparen(b.Set)) {
					n.byKey[ast.Unparen(b.Set)].enumCost = true
				}
				covEnumUse(n, b.Set)
			}
			if fs, ok := ast.Unparen(b.Set).(*ast.FuncSet); ok {
				if _, ok := e.(*ast.Quant); ok {
					n.byKey[fs].fcnSetEnum = true
				}
			}
			switch s := ast.Unparen(b.Set).(type) {
			case *ast.Product, *ast.RecordSet:
				if _, ok := e.(*ast.Quant); ok {
					n.byKey[s].prodEnum = prodQuant
				}
			}
		}
	}
}

// covEnum wraps the set constructor x (node n), which a quantifier
// enumerates, so that each evaluation costs its size plus one.
func covEnum(x cx, n *CovNode) cx {
	fn := x.fn
	x.fn = func(k *ctx) (value.Value, error) {
		v, err := fn(k)
		if s, ok := v.(value.SetValue); ok && err == nil && k.covMute == 0 {
			if size, err := s.Size(); err == nil {
				if n.lazy != nil {
					// toSetEnum, then its enumeration (covfilter.go).
					n.cost.Add(k.lazyTried(n) + int64(size))
				}
				n.cost.Add(int64(size) + 1)
			}
		}
		return v, err
	}
	return x
}

// covCostOf notes on the assignment step st the node of its value y when
// TLC counts a cost there: a function constructor assigned (x' = [...]),
// a set constructor enumerated (x' \in {...}).
func (c *compiler) covCostOf(st *step, y ast.Expr) {
	if st.cov == nil {
		return
	}
	y = ast.Unparen(y)
	if m := covOverrideBody(st.cov, y); m != nil && st.kind == sMember {
		st.covCost = m
		return
	}
	if c.covCostOfOverrideFcn(st, y) {
		return
	}
	switch y.(type) {
	case *ast.FuncCons:
		if st.kind != sAssign {
			return
		}
	case *ast.SetEnum, *ast.SetMap, *ast.SetFilter:
		if st.kind != sMember {
			return
		}
	default:
		return
	}
	if n, ok := st.cov.byKey[y]; ok {
		st.covCost = n
		if f, ok := y.(*ast.FuncCons); ok {
			st.covDom = covDomainOf(n, f)
			st.covDomProd = c.covDomainProd(n, f)
		}
	}
}

// covEnumerated marks the operand x of a set operator that enumerates it
// (both of \cup, the left of \subseteq) when x is a set constructor,
// or a LET definition whose body is one: TLC counts the cost of that
// enumeration on the constructor's node (Pool's Clients \cup {"none"}:
// 2 for {"none"} each time; Fifo's LET firsts == {...} IN firsts
// \subseteq Vals: the set's size plus one).
func covEnumerated(n *CovNode, x ast.Expr, en cenv) {
	x = ast.Unparen(x)
	if id, ok := x.(*ast.Ident); ok {
		b := en.sc.lookup(id.Name)
		if b != nil && (b.kind != bLetOp || len(b.op.Params) > 0 || b.cov == nil) {
			return
		}
		if b == nil {
			covEnumUse(n, id)
			return
		}
		if m, ok := b.cov.byKey[ast.Unparen(b.op.Body)]; ok && setConstructor(ast.Unparen(b.op.Body)) {
			m.enumCost = true
		}
		return
	}
	if setConstructor(x) {
		n.child(x, x, x).enumCost = true
	}
	covUnionEnumerated(n, x)
}

// setConstructor reports whether e builds a set whose enumeration TLC
// counts on e's node: {a, b}, {e : x \in S}, {x \in S : p}.
func setConstructor(e ast.Expr) bool {
	switch e.(type) {
	case *ast.SetEnum, *ast.SetMap, *ast.SetFilter:
		return true
	}
	return false
}

// covFold folds the constant expression x (node n) as expr does without
// coverage, and makes the folded closure count what evaluating x would
// have counted below n: TLC evaluates a constant expression each time
// (only constant definitions are evaluated once), so each node under it
// counts as often as it does. What one evaluation counts is measured on
// the evaluation folding makes (the counts before and after it); the
// folded closure adds that much each time.
func covFold(c *compiler, x cx, n *CovNode) cx {
	if x.dep != 0 {
		return x
	}
	type counts struct{ count, cost int64 }
	before := map[*CovNode]counts{}
	n.walk(func(m *CovNode) { before[m] = counts{m.Count(), m.Cost()} })
	f := c.fold(x)
	if f.dep != 0 {
		return f // it failed: evaluated (and counted) each time
	}
	type delta struct {
		m           *CovNode
		count, cost int64
	}
	var ds []delta
	n.walk(func(m *CovNode) {
		b, ok := before[m]
		if !ok {
			return // met before: a substitution's node lent twice (covinst.go)
		}
		delete(before, m)
		if d := (delta{m, m.Count() - b.count, m.Cost() - b.cost}); (d.count > 0 || d.cost > 0) && m != n {
			ds = append(ds, d)
		}
	})
	if len(ds) == 0 {
		return f
	}
	fn := f.fn
	f.fn = func(k *ctx) (value.Value, error) {
		if k.covMute == 0 {
			for _, d := range ds {
				if d.m.replay != nil {
					d.m.replay(k, d.count) // covinst.go
					continue
				}
				d.m.count.Add(d.count)
				d.m.cost.Add(d.cost)
			}
		}
		return fn(k)
	}
	return f
}

// walk calls f on n and each node under it.
func (n *CovNode) walk(f func(*CovNode)) {
	f(n)
	for _, c := range n.Children {
		c.walk(f)
	}
}

// covMuted is x evaluated without counting: the set of x, y \in S is
// evaluated once by TLC for all the names it binds, and here once per name
// (the binders after the first count nothing).
func covMuted(x cx) cx {
	fn := x.fn
	x.fn = func(k *ctx) (value.Value, error) { return evalMuted(k, fn) }
	x.into = nil
	return x
}

// evalMuted is fn(k) with coverage counting nothing meanwhile.
func evalMuted(k *ctx, fn func(*ctx) (value.Value, error)) (value.Value, error) {
	k.covMute++
	v, err := fn(k)
	k.covMute--
	return v, err
}

// covOutermost moves the counting evaluation of each x, y \in S of an \E
// in an action to its last name, which existsSteps makes the outermost
// loop (bounds counts on the first name's, the outermost of a quantifier
// evaluated as an expression).
func covOutermost(bs []binder, bounds []*ast.Bound) {
	i := 0
	for _, b := range bounds {
		if b.Tuple {
			i++
			continue
		}
		if n := len(b.Names); n > 1 {
			counted := bs[i].set
			bs[i].set = covMuted(counted)
			bs[i+n-1].set = counted
		}
		i += len(b.Names)
	}
}
