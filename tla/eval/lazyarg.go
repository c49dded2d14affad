package eval

import (
	"github.com/wspcycle/wspcycle/tla/ast"
	"github.com/wspcycle/wspcycle/tla/token"
	"github.com/wspcycle/wspcycle/tla/value"
)

// Arguments with effects. TLC binds an operator's argument to a LazyValue
// (SymbolNodeValueLookupProvider.getOpContext) that caches the value its
// first use builds, so within one application an argument that prints,
// draws or sets a register is evaluated once, however often the body uses
// it, and not at all when the body does not: Twice(a) == a + a applied
// to IF PrintT("arg") THEN 1 ELSE 0 prints "arg" once, in Init, Next and
// an invariant alike (TLC rev cc6b616, golden lazyarg/Twice). By name it
// would print at every use, so such an argument is kept by need (byneed.go)
// also where a pure one is compiled by name (in Init), and is memoised
// although its compiled form has effects (depSide) or reads the run
// (depRun). A pure argument is compiled as before: its value is the same
// either way.

// argEffectOps are the operators whose evaluation an argument's reader
// can observe: printing, drawing, and TLC's registers (TLCGet reads what
// a TLCSet of the same evaluation may have changed).
var argEffectOps = func() map[string]bool {
	m := map[string]bool{"TLCSet": true, "TLCGet": true}
	for _, ops := range []map[string]bool{printingOps, drawingOps} {
		for op := range ops {
			m[op] = true
		}
	}
	return m
}()

// effectfulArg reports whether the argument a applies one of argEffectOps
// itself (an effect hidden in a definition it names is not seen: that
// argument stays by name).
func effectfulArg(a ast.Expr) bool { return usesAny(a, argEffectOps, nil) }

// argUnmemo is the dependencies that keep a use of the by-need argument b
// (used in en) from being memoised: for a pure argument, priming, effects
// and the run (a draw is not kept); for one with effects only priming,
// and in Init reading the state too (Init assigns it while it runs).
func argUnmemo(b *scope, en cenv) uint8 {
	if !b.effectArg {
		return depNext | depSide | depRun
	}
	if en.init {
		return depNext | depState
	}
	return depNext
}

// effectArgsByNeed gives the parameters of d bound in de (by userOp, for
// an application compiled as an action) whose argument has effects and
// is used more than once a memo slot, as bindArgsByNeed does for an
// application compiled as an expression; pure arguments stay by name.
func (c *compiler) effectArgsByNeed(d *ast.OpDef, de cenv) []*scope {
	var need []*scope
	sc := de.sc
	for i := len(d.Params) - 1; i >= 0 && sc != nil; i, sc = i-1, sc.parent {
		if sc.kind != bArg || sc.name != d.Params[i].Name || paramArity(d, i) != 0 {
			return need
		}
		if sc.argVal != nil || sc.argEnv.primed || !effectfulArg(sc.arg) || c.storedArg(sc.arg, sc.argEnv) || !usedRepeatedly(d.Body, sc.name) {
			continue
		}
		sc.byNeed, sc.effectArg, sc.memo = true, true, c.newSlot()
		need = append(need, sc)
	}
	return need
}

// clearArgMemos puts before steps, the action an application compiled
// to, a step forgetting the values its by-need arguments (need) kept:
// each evaluation of the application evaluates them anew, as TLC builds
// a new LazyValue for each.
func clearArgMemos(steps []step, need []*scope, pos token.Pos) []step {
	var memos []int
	for _, b := range need {
		if b.memoX != nil && !b.memoBad {
			memos = append(memos, b.memo)
		}
	}
	if len(memos) == 0 {
		return steps
	}
	return append([]step{{kind: sClear, slots: memos, pos: pos}}, steps...)
}

// splitArgs prepares the arguments with effects of e, an application of
// d that Next's split (c.split) goes into, de binding d's parameters.
// TLC's getActions goes into an application only when every argument is
// constant-level, and then evaluates each argument there, once for the
// whole run (Tool.getActionsAppl: eval in the empty state, bound as a
// value): Next == A(RandomElement(1..100)) draws once, so x' = v takes
// the same value at every step, and A(PrintT("a") ...) prints once,
// after "Starting...", whether A uses it or not (golden lazyarg/
// ArgSplit). Such an argument, with effects and read from nothing bound
// around it, is evaluated here and its parameter stands for the value.
// An argument of another application (one reading the state, which TLC
// keeps one action and evaluates at each state) is kept by need for
// each evaluation: the returned scopes, whose values clearArgMemos
// forgets before the steps of the application's body.
func (c *compiler) splitArgs(e ast.Expr, d *ast.OpDef, de, en cenv) []*scope {
	// Under -coverage an argument is evaluated and counted at each use
	// (compile.go's ident, covArgUse), as before: not yet TLC's here.
	if c.cov == nil && c.argsConstant(e, en) {
		// d's parameters, first to last: TLC evaluates them in order.
		params := make([]*scope, len(d.Params))
		sc := de.sc
		for i := len(d.Params) - 1; i >= 0 && sc != nil; i, sc = i-1, sc.parent {
			if sc.kind == bArg && sc.name == d.Params[i].Name && paramArity(d, i) == 0 && effectfulArg(sc.arg) {
				params[i] = sc
			}
		}
		for _, sc := range params {
			if sc == nil {
				continue
			}
			ce := c.levelOf(func() cx { return c.expr(sc.arg, sc.argEnv) })
			if ce.prime || ce.temporal || ce.x.dep&(depState|depNext|depEnv|depPending) != 0 {
				continue
			}
			v, ok := c.argAtSplit[sc.arg]
			if !ok {
				var err error
				if v, err = c.evalAtLoad(ce.x); err != nil {
					continue // evaluated, and failing, where it is used
				}
				if c.argAtSplit == nil {
					c.argAtSplit = map[ast.Expr]value.Value{}
				}
				c.argAtSplit[sc.arg] = v // the split may be compiled twice (retryAtRun)
			}
			x := konst(v, ce.x.pos)
			sc.argVal = &x
		}
	}
	return c.effectArgsByNeed(d, de)
}
