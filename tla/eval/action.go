package eval

import (
	"github.com/wspcycle/wspcycle/tla/ast"
	"github.com/wspcycle/wspcycle/tla/span"
	"github.com/wspcycle/wspcycle/tla/token"
	"github.com/wspcycle/wspcycle/tla/value"
)

// An action is compiled into a sequence of steps that the runner executes
// as TLC's successor generator does: left to right, an unassigned x' = e
// assigns, an assigned one compares, x' \in S branches, \/ and \E branch,
// and anything else is a guard that must be TRUE to go on.
type stepKind uint8

const (
	sGuard     stepKind = iota // e must be TRUE
	sAssign                    // x' = e
	sMember                    // x' \in e
	sUnchanged                 // x' = x
	sOr                        // one of branches
	sExists                    // \E binder : body
	sIf                        // IF e THEN branches[0] ELSE branches[1]
	sCase                      // CASE conds[i] -> branches[i] [] OTHER -> other
	sImplies                   // e => branches[0]
	sClear                     // entering a LET: forget its memoised definitions
	sForall                    // \A binders : body, expanded as TLC does (forall.go)
	sAction                    // the next-state action v begins (Next's dispatch: split)
	sCall                      // f[e] of a function definition, expanded (fcncall.go)
	sCompose                   // branches[0] \cdot branches[1] (compose.go)
	sFrames                    // push cs's nodes for the rest (callstack.go)
	sDual                      // branches[0] expanded, or branches[1] once all is assigned (letmode.go)
)

type step struct {
	kind     stepKind
	pos      token.Pos
	e        cx
	v        int // variable index
	b        binder
	branches [][]step
	conds    []cx
	other    []step
	hasOther bool
	// arms (sCase) are the arms' values, which TLC names when a guard
	// is not a boolean (caseGuardNotBool).
	arms  []ast.Expr
	slots []int // sClear
	// app (sOr, sExists, sAction of Next's dispatch) is the application
	// of a user-defined operator the split found the step in
	// (tlcframes.go), nil outside any.
	app *appFrame

	// outer (sGuard, when outerKnown: compiled by guard) is the largest
	// slot the guard reads that is not its own (bound inside it), -1 if
	// none, maxInt if that cannot be told.
	outer      int
	outerKnown bool
	// pre (sExists) are guards that do not depend on the bound variable,
	// hoisted out of the body (existsStep).
	pre []step
	// group (sExists, the outermost of several binders' steps in TLC's
	// order: existsSteps) are all the binders of the \E, first to last;
	// grouped marks the inner ones. In generation mode the outermost
	// draws every binder's order first, as TLC's ContextEnumerator does.
	group   []binder
	grouped bool
	// unsplit (sExists of Next's dispatch): TLC's split of Next keeps
	// the \E one action, its body's split having failed (a literal).
	unsplit bool
	// csX (sExists, sOr of Next's dispatch, in a spec recording TLC's
	// call stack) is the \E or the disjunction, which the replay pushes
	// where TLC's action holds it whole (runOpaqueExists).
	csX ast.Expr
	bs  []binder // sForall
	fb  *fcnBody // sCall
	// cov (coverage.go) counts the states generated through the step:
	// nil without coverage. covEval (sGuard): the guard's closure does
	// not count the guard's own evaluation (selfUncounted).
	cov     *CovNode
	covEval bool
	// covStart: the nodes of the expressions whose expansion starts with
	// this step; box (sOr of [A]_v): v as an expression (covbox.go).
	covStart []*CovNode
	box      *boxSub
	// covU (sUnchanged of UNCHANGED e), covUFirst on e's first variable:
	// e as TLC evaluates it once every variable has a value (covbox.go).
	covU      *unchEval
	covUFirst bool
	// covApps (sAction): the argument trees of the split's applications
	// whose first leaf this is (covparts.go).
	covApps []*CovNode
	// covEpoch (sClear) is the application whose arguments are counted
	// once per application from here on (covenabled.go).
	covEpoch *CovNode
	// covCost (sAssign, sMember) is the node of the value, a function
	// or set constructor, whose cost the step counts (covCostOf).
	covCost *CovNode
	// covDom (sAssign) is the node of the domain's set constructor of the
	// function constructor assigned (covoverride.go's covDomainOf).
	covDom *CovNode
	// covDomProd (sAssign) is the shape of the domain of the function
	// constructor assigned when it is a product or record set
	// (covDomainProd).
	covDomProd *prodShape
	// covFcnSet: covCost is the node of the [D -> R] x \in enumerates,
	// covRng R's (covfcnset.go).
	covFcnSet bool
	covRng    *CovNode
	// covProd: covCost is the node of the product or record set x \in
	// enumerates, covProd its sets' (covprod.go).
	covProd *prodShape
	// covNote (sMember) notes each element taken with the node that
	// built it (covSubsetOf).
	covNote func(value.Value) value.Value
	// covInner (sMember of x \in SUBSET (SUBSET U)) is the node of
	// SUBSET U, which each enumeration costs (covSubsetOf).
	covInner *CovNode
	// covLHS (sAssign, sMember of an action) is the node of x', which TLC
	// counts where it evaluates the conjunct as a formula (covforall.go).
	covLHS *CovNode
	// cs (sFrames) is what the step pushes: nil but when the spec
	// records TLC's call stack (callstack.go).
	cs *csFrames
	// x (sGuard) is the conjunct, which TLC names when its value is not
	// a boolean (tlcwording.go).
	x ast.Expr
	// whole (sIf, without coverage) is the IF compiled as an expression:
	// once every variable has a value TLC evaluates a pending IF for its
	// truth, so that a branch that is no boolean is named by the IF's
	// range, not the branch's (ifWhole).
	whole *cx
	// ifName (sIf) is the IF's range, which TLC's error for a condition
	// that is not a boolean names (actionIfNotBool).
	ifName string
	// stack (sMember) is the call stack x \in S is pushed on when it is
	// checked against a value already assigned (memberChecked).
	stack *CallStack
	// y (sImplies) is Q of P => Q compiled as
	// an expression (impliesNotBool).
	y cx
	// unch (sUnchanged of an action's UNCHANGED) warns as TLC when the
	// variable was changed (warnunch.go); nil: no warning.
	unch *unchWarn
}

// frame is a pending continuation: the rest of a step sequence; or, with
// fa, the remaining tuples (from j) of a \A being expanded, then the
// rest; or, with j < 0 (probeFrame), the end of a step run for its truth
// alone (allSet).
type frame struct {
	seq []step
	i   int
	fa  *forallRun
	j   int
	ret *callRet // the end of a function body expanded by sCall
}

// run executes seq from i, then the pending frames, and calls k.emit for
// every complete way of satisfying them. Assignments are undone on return.
func (k *ctx) run(seq []step, i int) error {
	for ; i < len(seq); i++ {
		st := &seq[i]
		if st.covStart != nil {
			k.covStarted(st)
		}
		if st.kind == sOr || st.kind == sExists || st.kind == sForall || st.kind == sCall {
			if k.probing == st {
				k.probing = nil // the step being probed: expand it
			} else if k.allSet() {
				// TLC's rule: once every primed variable has a value,
				// what is left of the action is only evaluated for its
				// truth, so that a disjunction or \E with several true
				// branches gives one successor, not one per branch.
				if st.kind == sOr && st.cov != nil {
					// Evaluated as an expression: TLC counts the
					// disjunction's node, its disjuncts under it.
					st.cov.count.Add(1)
				}
				if st.box != nil {
					if ok, err := k.boxHolds(st); err != nil || !ok {
						return err
					}
					continue
				}
				ok, err := k.probe(seq[i : i+1])
				if err != nil || !ok {
					return err
				}
				continue
			}
		}
		switch st.kind {
		case sDual:
			if k.allSet() {
				return k.branch(st.branches[1], seq, i+1)
			}
			return k.branch(st.branches[0], seq, i+1)
		case sGuard:
			if st.cov != nil {
				return k.covGuard(st, seq, i)
			}
			b, err := evalBool(k, st.e)
			if err != nil {
				return conjunctNotBool(err, st, k.phase != phaseNext, k.allSet())
			}
			if !b {
				return nil
			}
		case sAssign, sUnchanged:
			if st.unch != nil && st.unch.first {
				k.unchWarnOn = !k.allSet()
			}
			if st.cov != nil {
				return k.covAssign(st, seq, i)
			}
			old := k.t[st.v]
			var v value.Value
			var bit uint64 // of scratchMask, when v is scratch
			switch {
			case st.kind == sUnchanged && st.e.fn != nil:
				// A variable ENABLED leaves free (enabledcut.go): its
				// current value is its substitute's.
				var err error
				if v, err = st.e.fn(k); err != nil {
					return err
				}
			case st.kind == sUnchanged:
				v = k.s[st.v]
			case old == nil && st.e.into != nil && k.scratchOK && st.v < 64:
				slot := &k.scratch[st.v]
				var err error
				if v, err = st.e.into(k, slot); err != nil {
					return err
				}
				if *slot != nil && v == value.Value(*slot) {
					bit = 1 << st.v
				}
			default:
				var err error
				if v, err = st.e.fn(k); err != nil {
					return err
				}
			}
			if old != nil {
				a, b := old, v
				if st.kind == sUnchanged {
					// TLC's UNCHANGED x compares x with x' (v0.equals(v1)),
					// which words a failure after x's class (golden
					// UnchangedShape).
					a, b = v, old
				}
				eq, err := value.EqualChecked(a, b)
				if err != nil {
					// a.equals(b), a method of a, which names a's
					// node when the replay built it (B4Act1: x' =
					// <<1>> /\ x' = [a |-> 1]), evaluated as an
					// expression, on the stack (B4Act6).
					err = equalityFailed(err, a, st.pos)
					if st.kind == sUnchanged && k.csUnch != nil && st.x == k.csUnch {
						err = tupleCompareFailed(err, k.csUnchTuple)
					}
					return st.memberChecked(err)
				}
				if !eq {
					k.warnUnchanged(st)
					return nil
				}
				continue
			}
			k.t[st.v] = v
			k.scratchMask |= bit
			err := k.run(seq, i+1)
			k.t[st.v] = nil
			k.scratchMask &^= bit
			return err
		case sMember:
			if st.cov != nil {
				return k.covMember(st, seq, i)
			}
			s, err := k.memberSet(st)
			if err != nil {
				return err
			}
			if old := k.t[st.v]; old != nil {
				in, err := s.Member(old)
				if err != nil {
					return st.memberChecked(wrap(st.pos, err))
				}
				if !in {
					return nil
				}
				continue
			}
			e, err := s.Enum()
			if err != nil {
				if walk := actionWalk(s, err, false); walk != nil {
					return k.walkMember(st, walk, seq, i)
				}
				if !value.TLCEnumerable(s) && st.x != nil {
					// TLC rev cc6b616: NEInitIn, x \in Nat; NQNextSeqIn.
					return notEnumerableIn(notA(st.e.pos, "A set", s), st, k.phase != phaseNext)
				}
				return wrap(st.pos, err)
			}
			elems := e.Elems()
			if k.one != nil {
				// Generation mode: TLC (Tool's OPCODE_in under
				// PROBABLISTIC, rev cc6b616) tries the elements in its
				// random order until one yields a successor, and when
				// none did, enumerates them all again in order.
				before := k.nemit
				for _, j := range k.shuffled(len(elems)) {
					k.t[st.v] = elems[j]
					if err := k.run(seq, i+1); err != nil {
						k.t[st.v] = nil
						return err
					}
					if k.nemit > before {
						k.t[st.v] = nil
						return nil
					}
				}
			}
			for _, v := range elems {
				k.t[st.v] = v
				if err := k.run(seq, i+1); err != nil {
					k.t[st.v] = nil
					return err
				}
			}
			k.t[st.v] = nil
			return nil
		case sOr:
			if k.only != nil && k.outside(st) {
				return nil
			}
			if st.whole != nil && k.allSet() && k.probing == nil {
				// TLC's rule for a pending item once every variable has
				// a value: the disjunction is one expression (TLC rev
				// cc6b616: Init == x = 0 /\ (x = 1 \/ 2) is "Attempted
				// to evaluate an expression of form P \/ Q when Q was an
				// integer.", the disjunction on the stack).
				if b, err := k.wholeHolds(st); err != nil || !b {
					return err
				}
				continue
			}
			if k.one != nil && len(st.branches) > 1 && !k.splitOr(st) {
				return k.orOne(st, seq, i+1)
			}
			if st.csX != nil && st.stack != nil && k.csOpaque > 0 {
				if st.app != k.csApp {
					return k.csEnterApps(st, seq, i)
				}
				return k.runOpaqueOr(st, seq, i)
			}
			for _, br := range st.branches {
				if err := k.branch(br, seq, i+1); err != nil {
					return err
				}
			}
			return nil
		case sExists:
			if st.csX != nil && (k.csOpaque > 0 || st.unsplit || st.b.set.dep&(depState|depNext) != 0 || k.csBoundFails(st)) {
				return k.runOpaqueExists(st, seq, i)
			}
			return k.runExists(st, seq, i)
		case sIf:
			if st.whole != nil && k.allSet() && k.probing == nil {
				// TLC's rule for a pending item once every variable has
				// a value (see above): the IF is one expression.
				if b, err := k.wholeHolds(st); err != nil || !b {
					return err
				}
				continue
			}
			b, err := evalBool(k, st.e)
			if err != nil {
				return actionIfNotBool(err, st, k.phase == phaseNext, k.phase == phaseConst && k.s == nil)
			}
			if b {
				return k.branch(st.branches[0], seq, i+1)
			}
			return k.branch(st.branches[1], seq, i+1)
		case sClear:
			for _, m := range st.slots {
				k.env[m] = nil
			}
			if st.covEpoch != nil {
				st.covEpoch.appEpoch.Add(1)
			}
		case sAction:
			if k.only != nil && k.otherLeaf(st.v) {
				return nil
			}
			if k.csOpaque > 0 && st.app != k.csApp && k.csStack != nil {
				return k.csEnterApps(st, seq, i)
			}
			if st.covApps != nil {
				covAppsEntered(k, st)
			}
			k.action, k.actionIdx, k.emitted = &k.prog.actions[st.v], st.v, 0
		case sForall:
			if st.whole != nil && k.allSet() {
				// A \A kept as steps for its literal body alone
				// (literalBody): once every variable has a value TLC
				// evaluates it as an expression, as the guard would.
				if b, err := k.wholeHolds(st); err != nil || !b {
					return err
				}
				continue
			}
			return k.forall(st, seq, i+1)
		case sCall:
			return k.call(st, seq, i+1)
		case sImplies:
			if st.cov != nil && st.y.fn != nil && k.allSet() && k.probing == nil {
				st.cov.count.Add(1) // evaluated as an expression (Tool.eval)
			}
			b, err := evalBool(k, st.e)
			if err != nil {
				return st.impliesNotBool(err)
			}
			if b && st.y.fn != nil && k.allSet() && k.probing == nil {
				// TLC, once every variable has a value, evaluates what
				// is left as an expression: a Q that is not a boolean
				// is its P => Q error (Imp2; in Next: NBImp1). Q is
				// evaluated once, instead of its branch (its TLCSet
				// pauses once: TestTLCSetPause; it prints once, with
				// coverage too, where the evaluation counts P => Q's
				// node and Q's expressions, as TLC's Tool.eval);
				// another error is the branch's.
				q, err := evalBool(k, st.y)
				if err != nil {
					if _, ok := notBoolAt(err, st.y); ok {
						return st.impliesNotBool(err)
					}
				} else {
					if !q {
						return nil
					}
					continue
				}
			}
			if b {
				return k.branch(st.branches[0], seq, i+1)
			}
			if st.cov != nil && k.phase == phaseNext && !k.allSet() {
				return k.covThrough(st.cov, seq, i+1)
			}
		case sCompose:
			return k.compose(st, seq, i+1)
		case sFrames:
			return k.csRun(st, seq, i+1)
		case sCase:
			if st.whole != nil && k.allSet() && k.probing == nil {
				// A pending item once every variable has a value: the
				// CASE is one expression (TLC rev cc6b616: x' = 1 /\
				// CASE x = 5 -> x' = 1 fails as an expression does).
				if b, err := k.wholeHolds(st); err != nil || !b {
					return err
				}
				continue
			}
			if k.one != nil {
				// TLC's generation mode has no random evaluation of a
				// CASE action: its Tool throws (rev cc6b616).
				return errorf(st.pos, "%s", ProbabilisticCase)
			}
			for j, cond := range st.conds {
				b, err := evalBool(k, cond)
				if err != nil {
					return k.caseGuardNotBool(err, st, j)
				}
				if b {
					return k.branch(st.branches[j], seq, i+1)
				}
			}
			if !st.hasOther {
				return k.caseNoneTrue(st)
			}
			return k.branch(st.other, seq, i+1)
		}
	}
	n := len(k.stack)
	if n == 0 {
		k.nemit++
		return k.emit(k)
	}
	f := k.stack[n-1]
	if f.j < 0 {
		return errProbe
	}
	k.stack = k.stack[:n-1]
	var err error
	switch {
	case f.fa != nil:
		err = k.forallFrom(f.fa, f.j, f.seq, f.i)
	case f.ret != nil:
		err = k.callReturn(f.ret, f.seq, f.i)
	default:
		err = k.run(f.seq, f.i)
	}
	k.stack = append(k.stack[:n-1], f)
	return err
}

// branch runs br and then the rest of seq from i.
func (k *ctx) branch(br []step, seq []step, i int) error {
	n := len(k.stack)
	k.stack = append(k.stack, frame{seq: seq, i: i})
	err := k.run(br, 0)
	k.stack = k.stack[:n]
	return err
}

// ---- compiling actions

// assignTarget returns the variable that e (the left side of = or \in)
// assigns: x' in an action, x in the initial predicate; -1 otherwise.
func (c *compiler) assignTarget(e ast.Expr, en cenv) int {
	e, en = c.throughArgs(e, en)
	if en.init {
		return c.exprVarSlot(e, en)
	}
	if en.primed {
		return -1
	}
	e, en = c.throughDefs(e, en)
	if p, ok := e.(*ast.Prime); ok {
		x, xen := c.throughArgs(p.X, en)
		if !xen.primed {
			return c.exprVarSlot(x, xen)
		}
	}
	return -1
}

// exprVarSlot is varSlot of e when e is a name, or an instance's
// definition without parameters M!D (M without parameters either) whose
// body is one (M!Val' = 1, Val == x, x <- y, assigns y' as in TLC).
func (c *compiler) exprVarSlot(e ast.Expr, en cenv) int {
	switch e := ast.Unparen(e).(type) {
	case *ast.Ident:
		return c.varSlot(e.Name, en)
	case *ast.ModRef:
		if len(e.Args) > 0 || len(e.Sels) > 0 || refHasArgs(e) {
			return -1
		}
		x, ok := c.resolveRef(e, en)
		if !ok {
			return -1
		}
		d, ok := x.node.(*ast.OpDef)
		if !ok || len(d.Params) > 0 {
			return -1
		}
		if id, ok := ast.Unparen(d.Body).(*ast.Ident); ok {
			return c.varSlot(id.Name, defEnv(x, en))
		}
	}
	return -1
}

// throughArgs follows operator parameters to the arguments they stand for
// (Next(v) == v' = v + 1 used as Next(x): v' is x'), as TLC does, so that
// an assignment through a parameter assigns the variable.
func (c *compiler) throughArgs(e ast.Expr, en cenv) (ast.Expr, cenv) {
	for depth := 0; depth < maxInline; depth++ {
		e = ast.Unparen(e)
		id, ok := e.(*ast.Ident)
		if !ok {
			break
		}
		b := en.sc.lookup(id.Name)
		if b == nil || b.kind != bArg {
			break
		}
		ae := b.argEnv
		ae.primed = ae.primed || en.primed
		ae.init = ae.init || en.init
		e, en = b.arg, ae
	}
	return e, en
}

// throughDefs follows what TLC's getPrimedVar follows to find the primed
// variable on the left of = or \in: operator parameters, definitions
// without parameters (a == x' makes a = 1 assign x'), and LET (the left
// side (LET y == x' IN y) = 1 assigns x').
func (c *compiler) throughDefs(e ast.Expr, en cenv) (ast.Expr, cenv) {
	for depth := 0; depth < maxInline; depth++ {
		e, en = c.throughArgs(e, en)
		switch x := e.(type) {
		case *ast.Let:
			sc := en.sc
			for _, d := range x.Defs {
				if d, ok := d.(*ast.OpDef); ok {
					sc = &scope{name: d.Name.Name, kind: bLetOp, op: d, opEnv: sc, parent: sc, memo: -1}
				} else {
					return e, en
				}
			}
			e, en = x.Body, en.with(sc)
			continue
		case *ast.Ident:
			if b := en.sc.lookup(x.Name); b != nil {
				if b.kind != bLetOp || len(b.op.Params) > 0 {
					return e, en
				}
				e, en = b.op.Body, en.with(b.opEnv)
				continue
			}
			if _, isVar := c.vars[x.Name]; isVar {
				return e, en
			}
			d, de, ok := c.moduleOpDef(x.Name, en)
			if !ok || len(d.Params) > 0 {
				return e, en
			}
			e, en = d.Body, de
			continue
		}
		return e, en
	}
	return e, en
}

// unchangedVars lists the variables of UNCHANGED e when e is a variable, a
// tuple of them, or a definition that is one of those.
func (c *compiler) unchangedVars(e ast.Expr, en cenv, out []int) ([]int, bool) {
	if c.unchDepth > maxInline {
		return out, false
	}
	c.unchDepth++
	defer func() { c.unchDepth-- }()
	switch e := e.(type) {
	case *ast.Paren:
		return c.unchangedVars(e.X, en, out)
	case *ast.Tuple:
		for _, x := range e.Elems {
			var ok bool
			if out, ok = c.unchangedVars(x, en, out); !ok {
				return out, false
			}
		}
		return out, true
	case *ast.Ident:
		if i := c.varSlot(e.Name, en); i >= 0 {
			if c.unchAt != nil {
				*c.unchAt = append(*c.unchAt, e)
			}
			return append(out, i), true
		}
		if b := en.sc.lookup(e.Name); b != nil {
			switch b.kind {
			case bArg:
				return c.unchangedVars(b.arg, b.argEnv, out)
			case bLetOp:
				if len(b.op.Params) == 0 {
					oe := en
					oe.sc = b.opEnv
					return c.unchangedVars(b.op.Body, oe, out)
				}
			}
			return out, false
		}
		if x, ok := c.lookupName(e.Name, en); ok {
			switch x.kind {
			case eDef:
				if d, ok := x.node.(*ast.OpDef); ok && len(d.Params) == 0 {
					return c.unchangedVars(d.Body, defEnv(x, en), out)
				}
			case eVar, eConst:
				if s, ok := x.env.subst[e.Name]; ok {
					return c.unchangedVars(s.e, s.en, out)
				}
			}
		}
	case *ast.ModRef:
		if x, ok := c.resolveRef(e, en); ok && len(e.Args) == 0 && !refHasArgs(e) {
			if d, ok := x.node.(*ast.OpDef); ok && len(d.Params) == 0 {
				return c.unchangedVars(d.Body, defEnv(x, en), out)
			}
		}
	}
	return out, false
}

// refHasArgs reports whether a step of r's instance path has arguments
// (M(b)!Val): TLC's operator M!Val then takes arguments, and Tool.getVar
// does not look into it, so UNCHANGED M(b)!Val is evaluated as
// M(b)!Val' = M(b)!Val, not taken as the variable b (rev cc6b616).
func refHasArgs(r *ast.ModRef) bool {
	for _, st := range r.Path {
		if len(st.Args) > 0 {
			return true
		}
	}
	return false
}

// userOp finds the user definition an Ident or OpApp applies, with the
// environment its body must be compiled in.
func (c *compiler) userOp(e ast.Expr, en cenv) (*ast.OpDef, cenv, bool) {
	var name string
	var args []ast.Expr
	switch e := e.(type) {
	case *ast.Ident:
		name = e.Name
	case *ast.OpApp:
		name, args = e.Name.Name, e.Args
	case *ast.ModRef:
		if len(e.Sels) > 0 {
			return nil, en, false // a part of a definition: see selected
		}
		nerr := len(c.errs)
		x, ok := c.resolveRef(e, en)
		c.errs = c.errs[:nerr] // reported when compiled for real
		if !ok {
			return nil, en, false
		}
		d, ok := x.node.(*ast.OpDef)
		if !ok || len(d.Params) != len(e.Args) || c.isRecursiveOp(d) {
			return nil, en, false
		}
		de := defEnv(x, en)
		de.primed = false
		return d, c.bindArgs(d, e.Args, de, en), true
	default:
		return nil, en, false
	}
	var d *ast.OpDef
	var defEnv cenv
	if b := en.sc.lookup(name); b != nil {
		if b.kind != bLetOp {
			return nil, en, false
		}
		d = b.op
		defEnv = en
		defEnv.sc = b.opEnv
	} else if od, de, ok := c.moduleOpDef(name, en); ok {
		d, defEnv = od, de
	} else {
		return nil, en, false
	}
	if len(d.Params) != len(args) || c.isRecursiveOp(d) {
		return nil, en, false
	}
	defEnv.at = -1
	return d, c.bindArgs(d, args, defEnv, en), true
}

// selected is the part of a definition a ModRef with selectors names
// (Init!1), with the environment it compiles in; false when e is not one
// or does not resolve (compiling e then reports why).
func (c *compiler) selected(e ast.Expr, en cenv) (ast.Expr, cenv, bool) {
	r, ok := e.(*ast.ModRef)
	if !ok {
		return nil, en, false
	}
	r = c.labelForm(r, en) // Op!lab
	if len(r.Sels) == 0 {
		return nil, en, false
	}
	nerr := len(c.errs)
	x, ok := c.resolveRef(r, en)
	c.errs = c.errs[:nerr]
	if !ok || x.kind != eDef {
		return nil, en, false
	}
	d, ok := x.node.(*ast.OpDef)
	if !ok || len(d.Params) != len(r.Args) {
		return nil, en, false
	}
	part, de, err := c.selectPart(x, d, r, en)
	if err != nil {
		return nil, en, false
	}
	de.primed = false
	return part, de, true
}

// moduleOpDef finds the module-level operator definition a name denotes
// in en, following an operator constant of an instance to the operator
// substituted for it (CONSTANT XInit(_) instantiated where XInit(v) == ...
// is defined), with the environment its body compiles in.
func (c *compiler) moduleOpDef(name string, en cenv) (*ast.OpDef, cenv, bool) {
	for depth := 0; depth < maxInline; depth++ {
		x, ok := c.lookupName(name, en)
		if !ok {
			return nil, en, false
		}
		switch x.kind {
		case eDef:
			d, ok := x.node.(*ast.OpDef)
			return d, cenv{m: x.env, init: en.init, at: -1}, ok
		case eConst:
			s, ok := x.env.subst[name]
			if !ok {
				return nil, en, false
			}
			id, ok := ast.Unparen(s.e).(*ast.Ident)
			if !ok {
				return nil, en, false
			}
			name, en = id.Name, cenv{m: s.en.m, sc: s.en.sc, init: en.init, at: -1}
			if b := en.sc.lookup(name); b != nil {
				return nil, en, false
			}
			continue
		}
		return nil, en, false
	}
	return nil, en, false
}

// action compiles an action (or, with en.init, the initial predicate).
func (c *compiler) action(e ast.Expr, en cenv) (steps []step) {
	if c.depth > maxInline {
		x := c.fail(e.Pos(), "unsupported: operator definitions nested more than %d deep (recursive operator?)", maxInline)
		return []step{{kind: sGuard, e: x, pos: e.Pos()}}
	}
	if c.cs != nil {
		if c.csSkip != e {
			return c.csAction(e, en)
		}
		c.csSkip = nil
	}
	if c.cov != nil {
		if n := c.covEnter(e); n != nil && n != c.cov {
			covBodyFirst(n, e)
			c.covBoundsEnum(n, e, en)
			c.covBoundsEnumBound(n, e, en)
			saved := c.cov
			c.cov = n
			defer func() {
				c.cov = saved
				covStartAt(steps, n, e) // covbox.go
			}()
		}
	}
	switch e := e.(type) {
	case *ast.Paren:
		steps := c.action(e.X, en)
		if c.cs != nil && len(steps) > 0 && steps[0].kind == sFrames && isConjunction(e.X) {
			steps[0].cs.whole, steps[0].cs.n = e.X, len(steps)-1
		}
		return steps
	case *ast.Label:
		return c.action(e.Body, en)
	case *ast.Junction:
		if e.Op == token.AND {
			var out []step
			for _, it := range e.Items {
				g := c.covCondGuard(it, en)
				steps := c.action(it, en)
				if g != nil && !onlyGuards(steps) && plainSteps(steps) {
					steps = []step{{kind: sDual, pos: it.Pos(), branches: [][]step{steps, {*g}}}}
				}
				out = append(out, steps...)
			}
			return out
		}
		br := make([][]step, len(e.Items))
		for i, it := range e.Items {
			br[i] = c.action(it, en)
		}
		return []step{{kind: sOr, branches: br, pos: e.Pos(), cov: c.covHere(e), whole: c.orWhole(e, en), x: e}}
	case *ast.Binary:
		switch e.Op {
		case token.AND:
			// A chain a /\ b /\ ... /\ z is left-associative: its left
			// spine is walked in a loop (as ast.Inspect does), so that its
			// length, which the input sets, cannot overflow the stack.
			var rights []ast.Expr
			var covs []*CovNode // with coverage, the node of each conjunction
			x := ast.Expr(e)
			for b, ok := x.(*ast.Binary); ok && b.Op == token.AND; b, ok = x.(*ast.Binary) {
				rights = append(rights, b.Y)
				if c.cov != nil {
					c.cov = c.covEnter(b)
					covs = append(covs, c.cov)
				}
				x = b.X
			}
			out := c.action(x, en)
			for i := 1; i < len(covs); i++ {
				covStartAt(out, covs[i], nil) // the inner conjunctions start with x
			}
			for i := len(rights) - 1; i >= 0; i-- {
				if covs != nil {
					c.cov = covs[i]
				}
				out = append(out, c.action(rights[i], en)...)
			}
			return c.csChain(e, out)
		case token.OR:
			return []step{{kind: sOr, branches: [][]step{c.action(e.X, en), c.action(e.Y, en)}, pos: e.OpPos, cov: c.covHere(e), whole: c.orWhole(e, en), x: e}}
		case token.CDOT:
			if !en.init && !en.primed && !c.userDefined(e.Op, en) {
				c.sawPrime = true
				return []step{{kind: sCompose, branches: [][]step{c.action(e.X, en), c.action(e.Y, en)}, pos: e.OpPos}}
			}
		case token.IMPLIES:
			st := step{kind: sImplies, e: c.expr(e.X, en), branches: [][]step{c.action(e.Y, en)}, pos: e.OpPos, cov: c.covHere(e)}
			st.x, st.stack = e, c.cs // TLC's error for a P that is not a boolean (impliesStepNotBool)
			// Q, evaluated as an expression once every variable has a
			// value (TLC's rule for what is pending then: Imp2, NBImp1).
			if y := c.asExpr(e.Y, en); y != nil {
				st.y = *y
			}
			return []step{st}
		case token.EQ, token.IN:
			if v := c.assignTarget(e.X, en); v >= 0 {
				c.sawPrime = c.sawPrime || !en.init
				kind := sAssign
				if e.Op == token.IN {
					kind = sMember
					c.covMemberStore(c.covHere(e), e.Y) // covnested.go
				} else {
					c.covOriginAssign(c.covHere(e), e.Y)
				}
				st := step{kind: kind, v: v, e: c.expr(e.Y, en), pos: e.OpPos, cov: c.covHere(e)}
				if kind == sMember {
					st.x = e // the range of TLC's "not enumerable" error
					st.stack = c.cs
				} else {
					st.e = c.lazyAssign(st.e, e.Y, en)
					if c.cs != nil {
						// Checked against a value already assigned:
						// on the stack (memberChecked).
						st.x, st.stack = e, c.cs
					}
				}
				if st.cov != nil && !en.init {
					st.cov.Primed = true
				}
				c.covCostOf(&st, e.Y)
				c.covCostOfApp(&st, e.Y, en) // covcostapp.go
				c.covFcnSetOf(&st, e.Y)
				c.covProdOf(&st, e.Y)
				c.covSubsetOf(&st, e.Y)
				c.covAssignLHS(&st, e.X, en) // covforall.go
				return []step{st}
			}
		}
	case *ast.Quant:
		if e.Op == token.EXISTS {
			bs, ben := c.boundsNoted(e.Bounds, en)
			if c.cov != nil && independentBounds(e.Bounds) {
				covOutermost(bs, e.Bounds)
			}
			steps := existsSteps(bs, c.action(e.Body, ben), independentBounds(e.Bounds), e.Pos())
			markExists(steps, e, c.cs) // each binder's (boundChecked)
			return steps
		}
		if e.Op == token.FORALL && boundedAll(e.Bounds) {
			nerr := len(c.errs)
			bs, ben := c.boundsNoted(e.Bounds, en)
			body := c.action(e.Body, ben)
			// Under coverage, a conjunction of conditions is expanded too,
			// as TLC expands it (counting each condition as a conjunct).
			if (onlyGuards(body) && c.cov == nil) || !independentBounds(e.Bounds) {
				// A conjunction of conditions: evaluated as one.
				c.errs = c.errs[:nerr]
				g := c.guard(e, en)
				if !literalBody(e.Body) || !independentBounds(e.Bounds) {
					return []step{g}
				}
				return []step{{kind: sForall, bs: bs, branches: [][]step{body}, pos: e.Pos(), whole: &g.e, x: e}}
			}
			st := step{kind: sForall, bs: bs, branches: [][]step{body}, pos: e.Pos(), cov: c.covForallBody(e)}
			covStartDrop(body, st.cov) // covForallItem counts it
			return []step{st}
		}
	case *ast.FuncApp:
		if st, ok := c.fcnCall(e, en); ok {
			return []step{st}
		}
	case *ast.If:
		return []step{{kind: sIf, e: c.expr(e.Cond, en),
			branches: [][]step{c.action(e.Then, en), c.action(e.Else, en)}, pos: e.Pos(),
			ifName: c.nodeName(e, span.Module(e.Pos().Filename)), x: e, whole: c.ifWhole(e, en)}}
	case *ast.Case:
		st := step{kind: sCase, pos: e.Pos(), x: e}
		if c.cov == nil {
			// As an IF's (ifWhole), without coverage.
			st.whole = c.asExpr(e, en)
		}
		for i, a := range e.Arms {
			restore := c.covArm(e, i)
			st.conds = append(st.conds, c.expr(a.Cond, en))
			st.branches = append(st.branches, c.action(a.Value, en))
			st.arms = append(st.arms, a.Value)
			restore()
		}
		if e.Other != nil {
			st.hasOther = true
			restore := c.covArm(e, -1)
			st.other = c.action(e.Other, en)
			restore()
		}
		return []step{st}
	case *ast.Let:
		g := c.covDualGuard(e, en)
		c.covWalkLet = e
		le, memos := c.letScopeMemo(e, en)
		setLetMode(le.sc, en.sc, letGen)
		body := c.action(e.Body, le)
		if len(memos) != 0 {
			body = append([]step{{kind: sClear, slots: memos, pos: e.Pos()}}, body...)
		}
		if g != nil {
			return []step{{kind: sDual, pos: e.Pos(), branches: [][]step{body, {*g}}}}
		}
		return c.dual(e, en, body)
	case *ast.Unary:
		if e.Op == token.UNCHANGED && !en.init && !en.primed {
			var at []*ast.Ident
			c.unchAt = &at
			vs, ok := c.unchangedVars(e.X, en, nil)
			c.unchAt = nil
			if ok {
				c.sawPrime = true
				steps := c.unchangedSteps(vs, e.Pos())
				if c.cs != nil {
					for i := range steps {
						steps[i].x, steps[i].stack = e, c.cs // memberChecked
					}
				}
				c.unchangedWarns(steps, at)
				if n := c.covHere(e); n != nil {
					n.Unchanged = true
					if ns := c.covUnchanged(e.X, en, nil); len(ns) == len(steps) {
						for i := range steps {
							steps[i].cov = ns[i]
						}
						covUnchSteps(steps, n) // covbox.go
					}
				}
				if c.cs != nil {
					steps = c.unchangedFrames(steps, e.X, en)
				}
				return steps
			}
			if steps, ok := c.unchangedSplit(e.X, en); ok {
				return steps // unchsplit.go
			}
		}
	case *ast.BoxAction:
		if !en.init && !en.primed {
			if vs, ok := c.unchangedVars(e.Sub, en, nil); ok {
				c.sawPrime = true
				stay := c.unchangedSteps(vs, e.Pos())
				st := step{kind: sOr, branches: [][]step{c.action(e.Action, en), stay}, pos: e.Pos()}
				c.covBox(&st, e, en) // covbox.go
				return []step{st}
			}
			if stay, ok := c.unchangedSplit(e.Sub, en); ok {
				return []step{{kind: sOr, branches: [][]step{c.action(e.Action, en), stay}, pos: e.Pos()}}
			}
		}
	case *ast.AngleAction:
		if !en.init && !en.primed {
			// <<A>>_v is A /\ v' # v.
			steps := c.action(e.Action, en)
			cur := c.expr(e.Sub, en)
			ne := en
			ne.primed = true
			nxt := c.expr(e.Sub, ne)
			c.sawPrime = true
			pos := e.Pos()
			changed := cx{fn: func(k *ctx) (value.Value, error) {
				a, b, err := eval2(k, cur, nxt)
				if err != nil {
					return nil, err
				}
				eq, err := value.EqualChecked(a, b)
				return value.Bool(!eq), wrap(pos, err)
			}, dep: deps(cur, nxt), pos: pos}
			return append(steps, step{kind: sGuard, e: changed, pos: pos})
		}
	case *ast.Ident:
		if b := en.sc.lookup(e.Name); b != nil && b.kind == bArg {
			ae := b.argEnv
			c.depth++
			defer func() { c.depth-- }()
			return c.action(b.arg, ae)
		}
		if g, ok := c.constantDef(e, en); ok {
			return []step{g}
		}
		if d, de, ok := c.userOp(e, en); ok {
			c.depth++
			defer func() { c.depth-- }()
			if c.overrideUse(e, en) && !c.mentionsState(d.Body) {
				return []step{c.overrideGuard(e, d, de)}
			}
			steps := c.csSubstInSteps(c.action(d.Body, de), de, en, e.Pos())
			if len(steps) == 1 && steps[0].kind == sGuard && steps[0].x == d.Body && inModuleFile(e) {
				// A definition whose body is one condition: TLC names the
				// use when its value is not a boolean (NBSet1: A ==
				// {x'}, Next == x' = 1 /\ A names A).
				steps[0].x = e
			}
			return c.dualDef(e, en, d, steps)
		}
	case *ast.OpApp, *ast.ModRef:
		if st, ok := c.recActionCall(e, en); ok {
			return []step{st}
		}
		if x, xen, ok := c.actionParam(e, en); ok {
			c.depth++
			defer func() { c.depth-- }()
			if c.cs != nil && synthesized(x) {
				c.csSkip = x // not pushed (higherorder.go)
			}
			return c.action(x, xen)
		}
		if r, ok := e.(*ast.ModRef); ok {
			if g, ok := c.constantRef(r, en); ok {
				return []step{g} // instprint.go
			}
		}
		if d, de, ok := c.userOp(e, en); ok {
			c.depth++
			defer func() { c.depth-- }()
			if c.overrideUse(e, en) && !c.mentionsState(d.Body) {
				return []step{c.overrideGuard(e, d, de)}
			}
			restore := c.covStepsApp(de)      // covappsteps.go
			need := c.effectArgsByNeed(d, de) // lazyarg.go
			steps := c.csSubstInSteps(clearArgMemos(c.action(d.Body, de), need, e.Pos()), de, en, e.Pos())
			if len(steps) == 1 && steps[0].kind == sGuard && steps[0].x == d.Body && inModuleFile(e) {
				steps[0].x = e // as for a name (NBDef2: A(x) names A(x))
			}
			steps = c.covEnabledApp(steps, de, len(d.Params), e.Pos())
			restore()
			return c.dualDef(e, en, d, steps)
		}
		if part, pe, ok := c.selected(e, en); ok {
			c.depth++
			defer func() { c.depth-- }()
			return c.action(part, pe)
		}
	}
	return []step{c.guard(e, en)}
}

// constantDef compiles a use of a module-level definition without
// parameters whose value is a constant as a guard. TLC evaluates such
// definitions once, before the search (SpecProcessor.processConstantDefns),
// and an action that uses one meets a value, not a formula to expand: C ==
// \E i \in 1..3 : i > 0 gives one successor, where a state-level
// definition gives one per witness. TLC leaves out the definitions of a
// module instantiated with parameters, whose value depends on them: those
// are expanded, as here.
func (c *compiler) constantDef(e *ast.Ident, en cenv) (step, bool) {
	if en.sc.lookup(e.Name) != nil {
		return step{}, false
	}
	x, ok := c.lookupName(e.Name, en)
	if !ok || x.kind != eDef || x.env == nil {
		return step{}, false
	}
	d, ok := x.node.(*ast.OpDef)
	if !ok || len(d.Params) > 0 || c.mentionsState(d.Body) {
		return step{}, false
	}
	if x.env.subst != nil && (!c.defPrints(d, x.env, map[*ast.OpDef]bool{}) || !c.hasLoadValue(d, x.env)) {
		// Of an instance: only its printing definitions have the values
		// they got at load (instprint.go: INSTANCE M of a module without
		// parameters, or an unnamed INSTANCE M WITH ...); asked without
		// compiling (one made state-level by its substitution would
		// leave coverage behind).
		return step{}, false
	}
	g, ok := c.tryGuard(e, en)
	// A definition applying a recursive one (depRec) is constant too; it
	// is evaluated once (onceValue).
	if !ok || g.e.dep&^depRec != 0 {
		return step{}, false
	}
	return g, true
}

// mentionsState reports whether e names a state variable or has a prime or
// UNCHANGED in it: then it is not a constant, and telling so costs no
// compilation (constantDef compiles the others to find out).
func (c *compiler) mentionsState(e ast.Expr) bool {
	found := false
	ast.Inspect(e, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.Prime:
			found = true
		case *ast.Unary:
			found = found || n.Op == token.UNCHANGED
		case *ast.Ident:
			_, isVar := c.vars[n.Name]
			found = found || isVar
		}
		return !found
	})
	return found
}

// guard compiles a conjunct that is a plain condition, noting which of
// the slots that exist before it it reads (step.outer), so that an
// enclosing \E can tell whether the guard depends on its variable.
func (c *compiler) guard(e ast.Expr, en cenv) step {
	n0 := c.nslots
	tracking, reads, opaque := c.tracking, c.guardReads, c.guardOpaque
	c.tracking, c.guardReads, c.guardOpaque = true, nil, false
	if c.cov != nil && selfUncounted(e) {
		c.covNoSelf = e
	}
	x := c.expr(e, en)
	c.covNoSelf = nil
	outer := -1
	for _, r := range c.guardReads {
		if r < n0 {
			outer = max(outer, r)
		}
	}
	if c.guardOpaque {
		outer = int(^uint(0) >> 1)
	}
	// A guard inside this one (ENABLED) counts for an enclosing one too.
	if tracking {
		reads = append(reads, c.guardReads...)
		opaque = opaque || c.guardOpaque
	}
	c.tracking, c.guardReads, c.guardOpaque = tracking, reads, opaque
	st := step{kind: sGuard, e: x, pos: e.Pos(), outer: outer, outerKnown: true, cov: c.covHere(e), x: e}
	st.covEval = st.cov != nil && selfUncounted(e)
	return st
}

// existsStep builds \E b : body. The leading guards of body that do not
// read b's variable are hoisted out of the loop (step.pre): evaluated once
// rather than once per element, and when one is false the elements are
// not even bound. \E c \in C, s \in S : want[c] /\ ... tests want[c]
// |C| times instead of |C|*|S|. This changes nothing TLC reports: the
// hoisted guards are evaluated, only when the set is not empty, in the
// same order and the same environment as they would be for the first
// element, so a failing or erroneous guard stops the same way; guards
// with effects (Print) and tuple binders (whose binding can fail first)
// are left alone.
func existsStep(b binder, body []step, pos token.Pos) step {
	// Next's dispatch (split) starts an action's steps with the sAction
	// that names it: the guards after it are hoisted, and it stays first.
	lead := 0
	if len(body) > 0 && body[0].kind == sAction {
		lead = 1
	}
	n := lead
	if !b.tuple {
		// With coverage a guard stays in the loop: TLC evaluates it for
		// each element, and counts each evaluation.
		for n < len(body) && body[n].kind == sGuard && body[n].outerKnown && body[n].outer < b.slots[0] && body[n].e.dep&depSide == 0 && body[n].cov == nil {
			n++
		}
	}
	pre := body[lead:n:n]
	rest := body[n:]
	if lead > 0 {
		rest = append([]step{body[0]}, rest...)
	}
	return step{kind: sExists, b: b, pre: pre, branches: [][]step{rest}, pos: pos}
}

// existsSteps wraps body in the \E steps of the binders bs. TLC enumerates
// several binders with the first varying fastest (ContextEnumerator), so
// the first is innermost; when a set names an earlier binder (which SANY
// refuses) the binders nest in their written order instead.
func existsSteps(bs []binder, body []step, tlcOrder bool, pos token.Pos) []step {
	if tlcOrder {
		for i := range bs {
			body = []step{existsStep(bs[i], body, pos)}
			if len(bs) > 1 {
				body[0].grouped = i < len(bs)-1
			}
		}
		if len(bs) > 1 {
			body[0].group = bs
		}
		return body
	}
	for i := len(bs) - 1; i >= 0; i-- {
		body = []step{existsStep(bs[i], body, pos)}
	}
	return body
}

// independentBounds reports whether no bound set names a variable bound
// before it in the same quantifier.
func independentBounds(bounds []*ast.Bound) bool {
	names := map[string]bool{}
	for _, b := range bounds {
		if b.Set != nil && len(names) > 0 {
			dep := false
			ast.Inspect(b.Set, func(n ast.Node) bool {
				if id, ok := n.(*ast.Ident); ok && names[id.Name] {
					dep = true
				}
				return !dep
			})
			if dep {
				return false
			}
		}
		for _, n := range b.Names {
			names[n.Name] = true
		}
	}
	return true
}

// boundedAll reports whether every binder has a set.
func boundedAll(bounds []*ast.Bound) bool {
	for _, b := range bounds {
		if b.Set == nil {
			return false
		}
	}
	return true
}

// onlyGuards reports whether steps are conditions only (no assignment and
// no branching).
// literalBody reports whether body is a number or a string: TLC's
// generators take it for no predicate at all and fail on it with it on
// their stack ("The init state relation is not a boolean expression.",
// "The next state relation ...": TLC rev cc6b616, Init == \A i \in {1} :
// 1), where the \A evaluated as one expression would word it as a
// quantifier's body.
func literalBody(body ast.Expr) bool {
	switch ast.Unparen(body).(type) {
	case *ast.Number, *ast.String:
		return true
	}
	return false
}

func onlyGuards(steps []step) bool {
	for i := range steps {
		// sFrames only record TLC's stack (callstack.go).
		if steps[i].kind != sGuard && steps[i].kind != sFrames {
			return false
		}
	}
	return true
}

// ---- the static split of Next into named actions

type actionDef struct {
	info  ActionInfo
	steps []step
	slots []int    // env slots of info.Params
	cov   *CovNode // the action's coverage tree (nil without coverage)
}

// split walks Next through \/, \E and operator applications; each leaf is
// one action, named by the innermost user operator applied on its path
// (the next-state relation's own definition included), or "Action" when
// there is none (an inline [][A]_v), as TLC names them.
// Besides the actions, it returns Next's dispatch: the steps of Next
// itself, in which each action's steps begin with an sAction naming it.
// Running the dispatch enumerates the successors of a state in TLC's
// order: TLC splits \E p \in P : A(p) \/ B(p) into the actions A(p1),
// B(p1), A(p2), B(p2), ..., not all of A before B; the order decides which
// states a level holds first, so what is found first at a violation.
// c.nsplit numbers the leaves in the order they are returned.
func (c *compiler) split(e ast.Expr, en cenv, name string, namePos token.Pos, params []string, slots []int) ([]actionDef, []step) {
	if c.depth > maxInline {
		return c.leaf(e, en, name, namePos, params, slots)
	}
	switch e := e.(type) {
	case *ast.Paren:
		return c.split(e.X, en, name, namePos, params, slots)
	case *ast.Label:
		return c.split(e.Body, en, name, namePos, params, slots)
	case *ast.Junction:
		if e.Op == token.OR {
			return c.splitOr(e, e.Items, en, name, namePos, params, slots, e.Pos())
		}
	case *ast.Binary:
		if e.Op == token.OR {
			return c.splitOr(e, []ast.Expr{e.X, e.Y}, en, name, namePos, params, slots, e.OpPos)
		}
	case *ast.Quant:
		if e.Op == token.EXISTS {
			var bs []binder
			var ben cenv
			setCov := c.covPart(e.Pos(), func() {
				if c.cov != nil {
					covBoundsFirst(c.cov, e, e.Bounds)
					c.covBoundsEnum(c.cov, e, en) // a set read from the state costs on its origin
				}
				// TLC enumerates the bounds when it splits Next, at
				// startup (csfold.go).
				c.atTLCStartup(func() { bs, ben = c.boundsNoted(e.Bounds, en) })
			})
			p2 := append([]string(nil), params...)
			s2 := append([]int(nil), slots...)
			for _, b := range e.Bounds {
				for _, n := range b.Names {
					p2 = append(p2, n.Name)
				}
			}
			for _, b := range bs {
				s2 = append(s2, b.slots...)
			}
			order := independentBounds(e.Bounds)
			lo := c.nsplit
			subs, tree := c.split(e.Body, ben, name, namePos, p2, s2)
			c.covOrderDone(e.Pos(), lo, setCov)
			for i := range subs {
				subs[i].steps = existsSteps(bs, subs[i].steps, order, e.Pos())
				markExists(subs[i].steps, e, c.cs)
			}
			tree = existsSteps(bs, tree, order, e.Pos())
			markExists(tree, e, c.cs)
			// TLC's getActions fails on a literal in the body and its
			// catch makes the whole \E one action (splitliteral.go).
			whole := c.splitLiteral(e.Body, ben) != nil || c.csBoundFails(bs)
			for s := tree; len(s) == 1 && s[0].kind == sExists && s[0].pos == e.Pos() && s[0].app == nil; s = s[0].branches[0] {
				s[0].app, s[0].unsplit = c.app, whole
				if c.cs != nil {
					s[0].csX = e
				}
			}
			return subs, tree
		}
	case *ast.Let:
		c.covWalkLet, c.covSplitLet = e, e
		le, memos := c.letScopeMemo(e, en)
		setLetMode(le.sc, en.sc, letGen)
		subs, tree := c.split(e.Body, le, name, namePos, params, slots)
		if len(memos) > 0 {
			clr := step{kind: sClear, slots: memos, pos: e.Pos()}
			for i := range subs {
				subs[i].steps = append([]step{clr}, subs[i].steps...)
			}
			tree = append([]step{clr}, tree...)
		}
		return subs, tree
	case *ast.Ident, *ast.OpApp, *ast.ModRef:
		var d *ast.OpDef
		var de cenv
		var ok bool
		var args *CovNode
		if covAppArgs(e) {
			args = c.covPart(e.Pos(), func() { d, de, ok = c.userOp(e, en) })
		} else {
			d, de, ok = c.userOp(e, en)
		}
		rec := false
		if !ok {
			d, de, ok = c.recSplitOp(e, en)
			rec = ok
		}
		if ok && c.cs != nil && !c.argsConstant(e, en) {
			// The replay: TLC's getActions keeps the application as one
			// action (levelbound.go), which its generator pushes first.
			ok = false
		}
		if ok && c.splitLiteral(d.Body, de) != nil {
			// TLC's split of the body fails, inside a try: the
			// application is one action (splitliteral.go).
			ok = false
		}
		if ok {
			c.depth++
			f := c.enterApp(e, d, en)
			c.substApp(f, e, en, de)
			c.app = f
			defer func() { c.depth--; f.hi, c.app = c.nsplit, f.parent }()
			if c.cs != nil && f.subst != nil {
				// The replay: TLC's getActions keeps the body, a
				// SubstInNode, as one action, which its generator
				// pushes first (callstack_subst.go).
				return c.leafWith(e, d.Name.Name, d.Pos(), params, slots, func() []step {
					return c.csSubstInSteps(c.action(d.Body, de), de, en, e.Pos())
				})
			}
			if rec {
				c.recSplit++
			}
			need := c.splitArgs(e, d, de, en) // lazyarg.go
			subs, tree := c.split(d.Body, de, d.Name.Name, d.Pos(), params, slots)
			if rec {
				c.recSplit--
			}
			if clr := clearArgMemos(nil, need, e.Pos()); len(clr) > 0 {
				for i := range subs {
					subs[i].steps = append(clr[:1:1], subs[i].steps...)
				}
				tree = append(clr[:1:1], tree...)
			}
			covMarkApp(tree, f.lo, args)
			c.covOrderDone(e.Pos(), f.lo, args)
			return subs, tree
		}
	}
	return c.leaf(e, en, name, namePos, params, slots)
}

// splitOr splits the disjuncts of a disjunction.
func (c *compiler) splitOr(node ast.Expr, items []ast.Expr, en cenv, name string, namePos token.Pos, params []string, slots []int, pos token.Pos) ([]actionDef, []step) {
	var out []actionDef
	br := make([][]step, len(items))
	for i, it := range items {
		subs, tree := c.split(it, en, name, namePos, params, slots)
		out = append(out, subs...)
		br[i] = tree
	}
	st := step{kind: sOr, branches: br, pos: pos, app: c.app}
	if c.cs != nil {
		st.csX, st.stack = node, c.cs // pushed inside a \E TLC keeps whole (runOpaqueExists)
	}
	return out, []step{st}
}

func (c *compiler) leaf(e ast.Expr, en cenv, name string, namePos token.Pos, params []string, slots []int) ([]actionDef, []step) {
	return c.leafWith(e, name, namePos, params, slots, func() []step { return c.action(e, en) })
}

// leafWith is leaf with the steps of e compiled by compile.
func (c *compiler) leafWith(e ast.Expr, name string, namePos token.Pos, params []string, slots []int, compile func() []step) ([]actionDef, []step) {
	if name == "" {
		name, namePos = "Action", e.Pos()
	}
	var steps []step
	root := c.covRoot(func() { steps = compile() })
	idx := c.nsplit
	c.nsplit++
	c.covOrderLeaf(idx)
	return []actionDef{{
		info:  ActionInfo{Name: name, Pos: namePos, Params: params, Expr: e},
		steps: steps,
		slots: slots,
		cov:   root,
	}}, append([]step{{kind: sAction, v: idx, pos: e.Pos(), app: c.app}}, steps...)
}

// isConjunction reports whether e is a conjunction, P /\ Q or a bulleted
// list of conjuncts.
func isConjunction(e ast.Expr) bool {
	switch e := e.(type) {
	case *ast.Binary:
		return e.Op == token.AND
	case *ast.Junction:
		return e.Op == token.AND
	}
	return false
}

// isDisjunction reports whether e is a disjunction, P \/ Q or a bulleted
// list of disjuncts.
func isDisjunction(e ast.Expr) bool {
	switch e := e.(type) {
	case *ast.Binary:
		return e.Op == token.OR
	case *ast.Junction:
		return e.Op == token.OR
	}
	return false
}

// actionIfNotBool is TLC's error for the condition of an IF taken as an
// action (next) or as a part of the initial predicate (init) that is not
// a boolean: "In computing next states, a non-boolean expression (a
// string) was used as the condition of an IF." with the IF's range glued
// to it, as TLC prints it (TLC rev cc6b616: CIfStr, CIfInt); "In
// computing initial states, ..." with the range on its line (CIfInit);
// err unchanged otherwise.
func actionIfNotBool(err error, st *step, next, init bool) error {
	v, ok := notBoolAt(err, st.e)
	kind := tlcKindImage(v)
	if !ok || kind == "" || st.ifName == "" || st.x == nil {
		return err
	}
	const what = " a non-boolean expression ("
	switch {
	case next:
		return &Error{Msg: "In computing next states," + what + kind + ") was used as the condition of an IF." + st.ifName}
	case init:
		return &Error{Pos: st.x.Pos(), Expr: st.x, Msg: "In computing initial states," + what + kind + ") was used as the condition of an IF."}
	}
	return err
}

// caseNoneTrue is the error of st, a CASE taken as an action or as a part
// of the initial predicate, none of whose guards is true: TLC's
// generator's words, the CASE's range on the next line (TLC rev cc6b616:
// "In computing next states, TLC encountered a CASE with no conditions
// true."); an expression's words elsewhere.
func (k *ctx) caseNoneTrue(st *step) error {
	switch {
	case k.phase == phaseNext:
		return &Error{Pos: st.pos, Expr: st.x, Msg: "In computing next states, TLC encountered a CASE with no conditions true."}
	case k.phase == phaseConst && k.s == nil:
		return &Error{Pos: st.pos, Expr: st.x, Msg: "In computing initial states, TLC encountered a CASE with no conditions true."}
	}
	return &Error{Pos: st.pos, Expr: st.x, Msg: "Attempted to evaluate a CASE with no conditions true."}
}

// caseGuardNotBool is err, raised evaluating the guard j of st (a CASE of
// an action or of the initial predicate), as TLC's generator words a
// guard that is not a boolean: "In computing next states, a non-boolean
// expression (an integer) was used as a guard condition of a CASE." and
// the range of the arm's value (TLC rev cc6b616); err unchanged otherwise.
func (k *ctx) caseGuardNotBool(err error, st *step, j int) error {
	v, ok := notBoolAt(err, st.conds[j])
	kind := tlcKindImage(v)
	if !ok || kind == "" || j >= len(st.arms) {
		return err
	}
	what := ""
	switch {
	case k.phase == phaseNext:
		what = "next states"
	case k.phase == phaseConst && k.s == nil:
		what = "initial states"
	default:
		return err
	}
	return &Error{Pos: st.arms[j].Pos(), Expr: st.arms[j], Msg: "In computing " + what + ", a non-boolean expression (" + kind + ") was used as a guard condition of a CASE."}
}

// ifWhole compiles e, an IF of an action, as an expression (step.whole);
// nil under coverage, whose counts follow the branches, or when e does
// not compile as one.
func (c *compiler) ifWhole(e *ast.If, en cenv) *cx {
	if c.cov != nil {
		return nil
	}
	return c.asExpr(e, en)
}

// orWhole compiles e, a disjunction of an action, as an expression
// (step.whole), as ifWhole an IF.
func (c *compiler) orWhole(e ast.Expr, en cenv) *cx {
	if c.cov != nil {
		return nil
	}
	return c.asExpr(e, en)
}

// asExpr compiles e, a part of an action, as an expression too, for
// TLC's evaluation of what is pending once every variable has a value;
// nil when e does not compile as one (its errors are dropped: the
// action's own compilation reports them).
func (c *compiler) asExpr(e ast.Expr, en cenv) *cx {
	nerr := len(c.errs)
	tracking, reads, opaque := c.tracking, c.guardReads, c.guardOpaque
	x := c.expr(e, en)
	c.tracking, c.guardReads, c.guardOpaque = tracking, reads, opaque
	if len(c.errs) > nerr || x.fn == nil {
		c.errs = c.errs[:nerr]
		return nil
	}
	return &x
}

// overrideUse reports whether e, a name or an M!D without arguments,
// names a definition the cfg replaced (D <- Op, D <- [M] Op). TLC
// evaluates such a use as an expression rather than expanding the
// replacement as a part of the action: a value that is not a boolean is
// named by the use (TLC rev cc6b616: OvrUse names I!D, not Op's IF).
// A replacement that mentions the state stays expanded, its disjuncts
// successors of their own (OvrUse3).
func (c *compiler) overrideUse(e ast.Expr, en cenv) bool {
	if len(c.overrides) == 0 || c.cov != nil {
		// Under coverage the replacement stays expanded: its counts
		// follow its parts.
		return false
	}
	nerr := len(c.errs)
	defer func() { c.errs = c.errs[:nerr] }()
	switch e := e.(type) {
	case *ast.Ident:
		if en.sc.lookup(e.Name) != nil {
			return false
		}
		x, ok := c.lookupName(e.Name, en)
		return ok && c.overrideEntry(x) && c.noParams(x)
	case *ast.ModRef:
		if len(e.Args) > 0 || len(e.Sels) > 0 {
			return false
		}
		x, ok := c.resolveRef(e, en)
		return ok && c.overrideEntry(x) && c.noParams(x)
	}
	return false
}

// overrideGuard is the use e of d, a cfg's replacement, evaluated as one
// condition: d's body again at each use, as TLC evaluates it (its
// PrintT prints at each), e the conjunct TLC names.
func (c *compiler) overrideGuard(e ast.Expr, d *ast.OpDef, de cenv) step {
	g := c.guard(d.Body, de)
	g.x = e
	return g
}

// noParams reports whether x is a definition without parameters.
func (c *compiler) noParams(x *entry) bool {
	d, ok := x.node.(*ast.OpDef)
	return ok && len(d.Params) == 0
}

// runExists runs st, an sExists step at seq[i].
func (k *ctx) runExists(st *step, seq []step, i int) error {
	if k.only != nil {
		if k.outside(st) {
			return nil
		}
		if k.boundByOnly(st.b.slots) {
			// TLC bound this \E's variables when it made the action
			// (Tool.getActions): its set is not evaluated again.
			for j := range st.pre {
				b, err := st.preGuard(k, j)
				if err != nil || !b {
					return err
				}
			}
			return k.branch(st.branches[0], seq, i+1)
		}
	}
	var elems []value.Value
	s, err := evalSet(k, st.b.set)
	if err == nil {
		var all *value.SetV
		if all, err = s.Enum(); err == nil {
			elems = all.Elems()
		} else if walk := actionWalk(s, err, true); walk != nil {
			return k.walkExists(st, walk, seq, i)
		} else {
			err = enumFailed(st.b.set.pos, err, s)
		}
	}
	if err != nil {
		return st.boundChecked(boundNotEnumerable(unboundedAt(err, st.x), []binder{st.b}))
	}
	var order []int
	before := k.nemit
	if k.one != nil {
		// Generation mode draws the order before any element is bound,
		// so also when a guard hoisted out of the body (st.pre) then
		// fails for all of them: TLC evaluates that guard inside the
		// body, after its enumerator has drawn.
		order, err = k.existsOrder(st, len(elems))
		if err != nil {
			return st.boundChecked(boundNotEnumerable(unboundedAt(err, st.x), []binder{st.b}))
		}
	}
	if len(elems) > 0 {
		for j := range st.pre {
			b, err := st.preGuard(k, j)
			if err != nil || !b {
				return err
			}
		}
	}
	for j, v := range elems {
		if order != nil {
			if k.nemit > before {
				return nil // generation mode: one element yielded a successor
			}
			j = order[j]
			v = elems[j]
		}
		if err := st.b.bind(k, v); err != nil {
			return st.boundChecked(err)
		}
		if k.only != nil && k.otherBinding(st.b.slots) {
			continue
		}
		if err := k.branch(st.branches[0], seq, i+1); err != nil {
			if se, ok := err.(stopErr); ok && se.err == nil {
				// ENABLED found a successor: TLC's enumerator
				// stopped there (quantorder.go, covorigin.go).
				if st.b.cov != nil {
					st.b.covStoppedAt(k, len(elems), j)
				}
				st.b.covVarStopped(k, s, j)
			} else if err == errProbe {
				// Evaluated for its truth, as TLC's expression: its
				// loop stopped at the first true body.
				st.b.covVarStopped(k, s, j)
			}
			return err
		}
	}
	return nil
}

// runOpaqueExists runs st, an sExists step of Next's dispatch that TLC's
// split keeps as one action (its set reads the state, or its body's split
// failed) or that is inside one: TLC's getNextStates is given the \E and
// pushes it while it evaluates the set and the body (TLC rev cc6b616:
// Next == \E i \in x..x : x' = <<1>>[i+5] names the \E first, Next ==
// \E i \in {1} : 1 too), where an \E it expanded at startup is no node
// of the action.
func (k *ctx) runOpaqueExists(st *step, seq []step, i int) error {
	s := st.stack
	if k.csOpaque == 0 {
		savedApp, savedStack := k.csApp, k.csStack
		k.csApp, k.csStack = st.app, s
		defer func() { k.csApp, k.csStack = savedApp, savedStack }()
	} else if st.app != k.csApp {
		return k.csEnterApps(st, seq, i)
	}
	n := s.push(st.csX)
	k.csOpaque++
	err := k.runExists(st, seq, i)
	k.csOpaque--
	s.note(err)
	s.frames = s.frames[:n]
	return err
}

// runOpaqueOr runs st, a disjunction of Next's dispatch inside a \E that
// TLC keeps as one action: TLC's getNextStates pushes it while each
// disjunct runs (Next == \E i \in x..x : (x' = e1 \/ x' = e2)).
func (k *ctx) runOpaqueOr(st *step, seq []step, i int) error {
	s := st.stack
	n := s.push(st.csX)
	var err error
	for _, br := range st.branches {
		if err = k.branch(br, seq, i+1); err != nil {
			break
		}
	}
	s.note(err)
	s.frames = s.frames[:n]
	return err
}

// csEnterApps runs st, a step of Next's dispatch inside a \E TLC keeps as
// one action, after pushing the applications of user-defined operators
// the split went into between the last one pushed (ctx.csApp) and st:
// TLC's getNextStates pushes each such application before its body
// (Next == \E i \in x..x : A(i) names A(i)). An application not under
// the last one pushed is not pushed.
func (k *ctx) csEnterApps(st *step, seq []step, i int) error {
	var apps []ast.Expr
	f := st.app
	for f != nil && f != k.csApp {
		apps = append([]ast.Expr{f.expr}, apps...)
		f = f.parent
	}
	s := k.csStack
	saved := k.csApp
	k.csApp = st.app
	defer func() { k.csApp = saved }()
	if f != saved || s == nil {
		return k.run(seq, i)
	}
	n := s.push(apps...)
	err := k.run(seq, i)
	s.note(err)
	s.frames = s.frames[:n]
	return err
}

// wholeHolds evaluates st.whole, the item st (an IF, a \A kept as steps)
// as the one expression TLC evaluates once every variable has a value,
// with TLC's error for an item that is not a boolean.
func (k *ctx) wholeHolds(st *step) (bool, error) {
	b, err := evalBool(k, *st.whole)
	if err != nil {
		return false, conjunctNotBool(err, &step{e: *st.whole, x: st.x}, k.phase != phaseNext, true)
	}
	return b, nil
}
