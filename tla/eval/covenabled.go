package eval

import (
	"github.com/wspcycle/wspcycle/tla/token"
	"github.com/wspcycle/wspcycle/tla/value"
)

// The arguments of an operator applied inside ENABLED. TLC's
// Tool.enabledAppl binds them with getOpContext(..., cachable true): each
// argument is a LazyValue, evaluated (and counted, under the argument's
// node) once per application however often the body reads it, where the
// successor generator evaluates an argument at each use. Our ENABLED
// walks the body as an action's steps, the application having no count
// of its own; a step at its start (sClear with covEpoch) counts the
// applications instead, and the argument is counted at its first use in
// each (CovEnArg: ENABLED A(n + 1) with n read twice by A's body counts
// n + 1 once per evaluation of the ENABLED).

// covEnabledApp puts before steps, the body of an application whose
// arguments were bound in de (nparams of them) inside ENABLED under
// coverage, the step that starts a new application.
func (c *compiler) covEnabledApp(steps []step, de cenv, nparams int, pos token.Pos) []step {
	if !c.covOn || nparams == 0 {
		return steps
	}
	b := de.sc
	if b == nil || b.kind != bArg || b.cov == nil || b.cov.evalApp {
		return steps
	}
	return append([]step{{kind: sClear, covEpoch: b.cov, pos: pos}}, steps...)
}

// covArgEpoch counts the argument x (node arg) of the application call
// at its first evaluation in each application (call.appEpoch).
func covArgEpoch(x cx, arg, call *CovNode) cx {
	fn := x.fn
	x.fn = func(k *ctx) (value.Value, error) {
		if k.covMute != 0 {
			return fn(k) // as covArg
		}
		// Stored complemented: the same argument's node may also be
		// counted by an expression's covArg, whose epochs are counts.
		if epoch := ^call.appEpoch.Load(); arg.seen.Load() != epoch {
			arg.seen.Store(epoch)
			return fn(k)
		}
		return evalMuted(k, fn)
	}
	x.into = nil
	return x
}
