package eval

import (
	"github.com/wspcycle/wspcycle/tla/ast"
	"github.com/wspcycle/wspcycle/tla/token"
)

// TLC refuses a temporal formula its liveness checker cannot translate
// (Liveness.astToLive: EC.TLC_LIVE_CANNOT_HANDLE_FORMULA) while it builds
// its liveness problem, after "Starting..." and before any search: it
// prints "TLC cannot handle the temporal formula " and TLC's name of the
// formula (its range), and exits 255. What it cannot translate: an
// operator parameter that stands for a temporal formula (astToLive does
// not look through the argument, a LazyValue, as processConfigProps
// does), <=> between temporal formulas, a quantifier without a bound. The
// refusal is not always at the formula that failed (TLC rev cc6b616):
//
//   - an application of a user-defined operator whose body fails is
//     refused as a whole: Op(<>P) with Op(a) == []a, inside a disjunction,
//     is refused at Op(<>P), not at a (astToLiveAppl catches the failure
//     and tries the application as a whole, whose level is temporal);
//   - a bounded \A whose body fails is refused with the failure after a
//     colon: "TLC cannot handle the temporal formula <\A>:\n<the body's
//     refusal>" (case OPCODE_bf);
//   - a bounded \E whose body fails is refused at the \E, the failure
//     dropped (case OPCODE_be);
//   - a quantifier over a set that depends on the state is refused too:
//     TLC enumerates the set without a state, which fails; a \A with
//     that evaluation's error after a colon (Detail), an \E without.

// LiveRefusal is TLC's refusal of a temporal formula it cannot handle.
type LiveRefusal struct {
	Where string       // TLC's name of the formula (its range)
	Pos   token.Pos    // where the formula starts
	Cause *LiveRefusal // for a bounded \A: the refusal of its body
	// Detail, for a \A over a set that depends on the state: TLC's error
	// evaluating the set without a state ("In evaluation, the identifier
	// x is either undefined or not an operator.\n<where>").
	Detail string
}

// LiveRefusalCode is TLC's message code for the refusal
// (EC.TLC_LIVE_CANNOT_HANDLE_FORMULA).
const LiveRefusalCode = 2213

func (r *LiveRefusal) Error() string {
	msg := "TLC cannot handle the temporal formula " + r.Where
	if r.Cause != nil {
		msg += ":\n" + r.Cause.Error()
	} else if r.Detail != "" {
		msg += ":\n" + r.Detail
	}
	return msg
}

// refuseStateSet refuses the quantifier e (written in en), one of whose
// sets depends on the state (the set at pos): the first variable TLC's
// evaluation of the sets meets names the error of a \A. A set whose
// dependence that search cannot name is unsupported.
func (b *builder) refuseStateSet(e *ast.Quant, en cenv, pos token.Pos) bool {
	if e.Op == token.EXISTS {
		return b.refuse(e, en, false)
	}
	c := b.c
	for _, bd := range e.Bounds {
		if d := c.firstStateRef(bd.Set, c.env(en), map[ast.Node]bool{}); d != "" {
			b.refuse(e, en, false)
			b.refusal.Detail = d
			return false
		}
	}
	c.errs = append(c.errs, token.Unsupported(pos, "temporal property quantified over a set that is not constant"))
	return false
}

// refuse records TLC's refusal of the temporal formula e (written in en)
// as the builder's pending refusal, replacing the refusal of a part of it
// (see LiveRefusal). It returns false, for live's callers.
func (b *builder) refuse(e ast.Expr, en cenv, wrap bool) bool {
	r := b.refusalOf(e, en)
	if wrap {
		r.Cause = b.refusal
	}
	b.refusal = r
	return false
}

// refusalOf is TLC's refusal of the temporal formula e (written in en).
func (b *builder) refusalOf(e ast.Expr, en cenv) *LiveRefusal {
	return &LiveRefusal{Where: b.c.nodeName(e, b.c.env(en).mod.Name.Name), Pos: ast.Unparen(e).Pos()}
}

// refusing runs f, a translation of the application or bounded \E e; when
// it fails with a refusal, e as a whole is refused instead (wrap: with
// that refusal as its cause, for a bounded \A).
func (b *builder) refusing(e ast.Expr, en cenv, wrap bool, f func() (*LiveExpr, bool)) (*LiveExpr, bool) {
	x, ok := f()
	if !ok && b.refusal != nil {
		return nil, b.refuse(e, en, wrap)
	}
	return x, ok
}

// boxOfState reports whether x, the argument of a [] conjunct of the
// specification, is an operator application (SANY's OpApplNode: not a
// literal, LET or label) of constant or state level, as SANY levels it:
// an operator parameter is of constant level whatever its argument.
func (b *builder) boxOfState(x ast.Expr, en cenv) bool {
	switch x.(type) {
	case *ast.Number, *ast.String, *ast.Let, *ast.Label:
		return false
	}
	return b.isParam(x, en) || b.isStatePred(x, en)
}

// registerRefusal makes the pending refusal one of TLC's evaluations while
// it builds its liveness problem (Spec.LiveConsts, in TLC's order): the
// checker stops there with it (model.liveConsts).
func (b *builder) registerRefusal() {
	r := b.refusal
	b.refusal = nil
	b.refused = true
	k := &LiveConst{steps: []liveStep{{eval: func() (bool, error) { return false, r }}}}
	b.sp.LiveConsts = append(b.sp.LiveConsts, k)
}
