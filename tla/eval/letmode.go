package eval

import (
	"github.com/wspcycle/wspcycle/tla/ast"
	"github.com/wspcycle/wspcycle/tla/token"
)

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
// can be seen, when e has an effect, and where steps are plainSteps;
// coverage and call stacks keep the expansion, but for the liveness
// checker's code (covlive.go), which counts nothing reported.
func (c *compiler) dual(e ast.Expr, en cenv, steps []step) []step {
	if c.cov != nil && !c.covInSink || c.cs != nil || c.inEnabled || en.primed || !plainSteps(steps) {
		return steps
	}
	g, ok := c.tryGuard(e, en)
	if !ok || g.e.dep&(depSide|depRun) == 0 {
		return steps
	}
	return []step{{kind: sDual, pos: e.Pos(), branches: [][]step{steps, {g}}}}
}

// plainSteps reports whether steps are conjuncts TLC's evaluator takes
// as they are: conditions, assignments (then comparisons), and the
// branching of \/, \E, IF, CASE and => over such steps, which TLC, once
// every variable has a value, evaluates as the expression they are too
// (a LET in an IF's branch prints once: golden PrLetBranch). A \A
// expanded as TLC's, a recursive function's call and \cdot are not.
func plainSteps(steps []step) bool {
	for i := range steps {
		st := &steps[i]
		switch st.kind {
		case sGuard, sAssign, sMember, sUnchanged, sClear:
		case sDual, sOr, sExists, sIf, sCase, sImplies:
			if !plainSteps(st.pre) || !plainSteps(st.other) {
				return false
			}
			for _, b := range st.branches {
				if !plainSteps(b) {
					return false
				}
			}
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
	if g, ok := c.tryGuard(e, en); ok {
		return &g
	}
	return nil
}

// covCondGuard is, under coverage, the conjunct e of an action compiled
// as the expression TLC evaluates once every variable has a value
// (Tool.getNextStatesAllAssigned, getInitStates), when e is a condition
// (it primes no variable): its expansion, when it branches (an IF, a
// disjunction, an \E inside), is a dual of the two. Compiled before the
// expansion, so that the coverage tree holds the expression's nodes in
// TLC's order (covDualGuard). nil without coverage or for an assignment.
func (c *compiler) covCondGuard(e ast.Expr, en cenv) *step {
	if c.cov == nil || c.cs != nil || c.inEnabled || en.primed {
		return nil
	}
	if br, ok := c.condBranches(e, en, 0); !br || !ok {
		return nil
	}
	if c.levelBound(e, en) >= 2 || en.init && c.mayAssign(e, en, 0) {
		return nil
	}
	if g, ok := c.tryGuard(e, en); ok {
		return &g
	}
	return nil
}

// mayAssign reports whether e, a conjunct of an initial predicate, may
// assign a variable: it has x = e or x \in S for a variable x, itself
// or in the body of a definition it uses (an instance's: assumed so).
// It errs towards true: the conjunct is then only expanded.
func (c *compiler) mayAssign(e ast.Expr, en cenv, depth int) bool {
	if depth > 16 {
		return true
	}
	found := false
	ast.Inspect(e, func(n ast.Node) bool {
		if found {
			return false
		}
		name := ""
		switch n := n.(type) {
		case *ast.Binary:
			if n.Op == token.EQ || n.Op == token.IN {
				if id, ok := ast.Unparen(n.X).(*ast.Ident); ok {
					if _, ok := c.vars[id.Name]; ok {
						found = true
					}
				}
			}
		case *ast.ModRef:
			found = true
		case *ast.If:
			// Its condition is evaluated, never an assignment.
			found = c.mayAssign(n.Then, en, depth+1) || c.mayAssign(n.Else, en, depth+1)
			return false
		case *ast.Case:
			for _, a := range n.Arms {
				found = found || c.mayAssign(a.Value, en, depth+1)
			}
			found = found || n.Other != nil && c.mayAssign(n.Other, en, depth+1)
			return false
		case *ast.Ident:
			name = n.Name
		case *ast.OpApp:
			name = n.Name.Name
		}
		if name != "" && en.sc.lookup(name) == nil {
			if x, ok := c.lookupName(name, en); ok && x.kind == eDef {
				if d, ok := x.node.(*ast.OpDef); ok && c.mayAssign(d.Body, defEnv(x, en), depth+1) {
					found = true
				}
			}
		}
		return !found
	})
	return found
}

// condBranches walks the conjunct e as the action compiler expands it:
// branches when it meets a disjunction, an IF, a CASE, an \E or an =>;
// ok when it meets nothing the dual cannot hold (plainSteps: a \A, an
// \cdot, a function application that may be a recursive call, an
// instance's definition, or definitions nested too deep). Telling this
// before compiling keeps the expression's compile (covCondGuard) away
// from the conjuncts it would not serve, whose nodes it would reorder.
func (c *compiler) condBranches(e ast.Expr, en cenv, depth int) (branches, ok bool) {
	if depth > 16 {
		return false, false
	}
	all := func(xs ...ast.Expr) (bool, bool) {
		br, ok := false, true
		for _, x := range xs {
			b, o := c.condBranches(x, en, depth+1)
			br, ok = br || b, ok && o
		}
		return br, ok
	}
	switch e := e.(type) {
	case *ast.Paren:
		return c.condBranches(e.X, en, depth+1)
	case *ast.Label:
		return c.condBranches(e.Body, en, depth+1)
	case *ast.Junction:
		br, ok := all(e.Items...)
		return br || e.Op != token.AND, ok
	case *ast.Binary:
		switch e.Op {
		case token.AND:
			return all(e.X, e.Y)
		case token.OR:
			_, ok := all(e.X, e.Y)
			return true, ok
		case token.IMPLIES:
			_, ok := all(e.Y)
			return true, ok
		case token.CDOT:
			return false, false
		}
	case *ast.If:
		_, ok := all(e.Then, e.Else)
		return true, ok
	case *ast.Case:
		xs := []ast.Expr{}
		for _, a := range e.Arms {
			xs = append(xs, a.Value)
		}
		if e.Other != nil {
			xs = append(xs, e.Other)
		}
		_, ok := all(xs...)
		return true, ok
	case *ast.Let:
		return c.condBranches(e.Body, en, depth+1)
	case *ast.Quant:
		if e.Op == token.EXISTS {
			_, ok := all(e.Body)
			return true, ok
		}
		return false, e.Op != token.FORALL
	case *ast.FuncApp, *ast.ModRef:
		return false, false
	case *ast.Ident, *ast.OpApp:
		name := ""
		if id, ok := e.(*ast.Ident); ok {
			name = id.Name
		} else {
			name = e.(*ast.OpApp).Name.Name
		}
		if en.sc.lookup(name) != nil {
			return false, true
		}
		if x, ok := c.lookupName(name, en); ok && x.kind == eDef {
			if d, ok := x.node.(*ast.OpDef); ok {
				return c.condBranches(d.Body, defEnv(x, en), depth+1)
			}
		}
	}
	return false, true
}

// tryGuard is e compiled as one condition (guard), for a form of e the
// compiler may do without: false, and the errors of the attempt dropped,
// when e does not compile so (its expansion reports them).
func (c *compiler) tryGuard(e ast.Expr, en cenv) (step, bool) {
	nerr := len(c.errs)
	g := c.guard(e, en)
	if len(c.errs) > nerr {
		c.errs = c.errs[:nerr]
		return step{}, false
	}
	return g, true
}
