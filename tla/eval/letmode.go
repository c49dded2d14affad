package eval

import "github.com/wspcycle/wspcycle/tla/ast"

// How often TLC evaluates a LET definition without parameters depends on
// who meets the LET. Its evaluator (Tool.eval) binds each definition to a
// LazyValue, computed at its first use and kept for the rest of that
// evaluation of the LET (in an initial predicate only when the
// definition is of constant level). Its generator of states
// (getInitStates, getNextStates) binds nothing: each use evaluates the
// definition again. And once every variable has a value, the generator
// evaluates what is left of the conjunction as expressions
// (getNextStatesAllAssigned, and getInitStates's loop), so that a
// definition D == LET a == PrintT("a") IN a /\ a used as a later conjunct
// prints once, as a first one prints twice. Only effects (prints,
// TLCSet, RandomElement's draws) show the difference.
const (
	letPlain uint8 = iota // as before: memoised unless it reads x'
	letEval               // met by TLC's evaluator
	letGen                // met by TLC's generator of states
)

// setLetMode marks the LET definitions bound between inner and outer (the
// scopes letScopeMemo made) with mode.
func setLetMode(inner, outer *scope, mode uint8) {
	for s := inner; s != nil && s != outer; s = s.parent {
		if s.kind == bLetOp {
			s.letMode = mode
		}
	}
}

// letUnmemo gives the dependencies that keep a use of the LET definition
// b from being memoised, when its mode decides them: in an initial
// predicate a definition the evaluator meets is memoised whatever it
// reads (the state does not change while the LET is evaluated); one the
// generator of an action meets is memoised unless it has an effect,
// which TLC has at each use (pure ones stay memoised: the values are the
// same, and evaluating them once is cheaper).
func letUnmemo(b *scope, en cenv) (uint8, bool) {
	switch {
	case en.init && b.letMode == letEval:
		return 0, true
	case b.letMode == letGen:
		return depNext | depSide | depRun, true
	}
	return 0, false
}

// dualDef is dual for the use e of the definition d expanded into steps,
// when d's body has a LET (the only place where the two differ).
func (c *compiler) dualDef(e ast.Expr, en cenv, d *ast.OpDef, steps []step) []step {
	if !hasLet(d.Body) {
		return steps
	}
	return c.dual(e, en, steps)
}

// dual returns the conjunct e, expanded into steps, as a step that runs
// steps while some variable has no value yet and otherwise evaluates e
// as an expression, as TLC does (see above). It is made only where that
// can be seen, when e has an effect, and where steps are plain conjuncts
// (no branching that the split of Next into actions would look into);
// coverage and call stacks keep the expansion.
func (c *compiler) dual(e ast.Expr, en cenv, steps []step) []step {
	if c.cov != nil || c.cs != nil || c.inEnabled || en.primed || !plainSteps(steps) {
		return steps
	}
	nerr := len(c.errs)
	g := c.guard(e, en)
	if len(c.errs) > nerr || g.e.dep&(depSide|depRun) == 0 {
		c.errs = c.errs[:nerr]
		return steps
	}
	return []step{{kind: sDual, pos: e.Pos(), branches: [][]step{steps, {g}}}}
}

// plainSteps reports whether steps are conjuncts that do not branch.
func plainSteps(steps []step) bool {
	for i := range steps {
		switch steps[i].kind {
		case sGuard, sAssign, sMember, sUnchanged, sClear, sDual:
		default:
			return false
		}
	}
	return true
}

// hasLet reports whether e has a LET in it.
func hasLet(e ast.Expr) bool {
	found := false
	ast.Inspect(e, func(n ast.Node) bool {
		if _, ok := n.(*ast.Let); ok {
			found = true
		}
		return !found
	})
	return found
}

// covDualGuard is, under coverage, the LET e of an action compiled as the
// expression TLC evaluates once every variable has a value (dual's second
// branch), nil where dual is not made. It is compiled before the LET's
// expansion so that the coverage tree holds what TLC's does in TLC's
// order: the definitions' bodies where the LET is, counted once per
// evaluation of the LET (the LazyValue's node), before the LET's body;
// the expansion's nodes (the definitions under each use) follow. Made
// for every such LET, with an effect or not (TLC's counts show the
// difference as its prints do), whose body is a condition: one whose
// body primes a variable, not counting its definitions' bodies, is met
// where some variable has no value yet, and the marks the expression's
// compile leaves on the nodes (a function constructor compared, costing
// its domain) would count twice there (MCYoYoNoPruning's DownOther).
func (c *compiler) covDualGuard(e *ast.Let, en cenv) *step {
	if c.cov == nil || c.cs != nil || c.inEnabled || en.primed {
		return nil
	}
	var names []*ast.Ident
	for _, d := range e.Defs {
		if d, ok := d.(*ast.OpDef); ok {
			names = append(names, d.Name)
		}
	}
	if c.levelBound(e.Body, en.with(lbShadow(en.sc, names...))) >= 2 {
		return nil
	}
	saved := c.covWalkLet
	c.covWalkLet = nil
	defer func() { c.covWalkLet = saved }()
	nerr := len(c.errs)
	g := c.guard(e, en)
	if len(c.errs) > nerr {
		c.errs = c.errs[:nerr]
		return nil
	}
	return &g
}
