package eval

import "github.com/wspcycle/wspcycle/tla/ast"

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
