package eval

import (
	"github.com/wspcycle/wspcycle/tla/ast"
	"github.com/wspcycle/wspcycle/tla/value"
)

// TLC evaluates every definition without parameters whose level is
// constant before it reads the names of the cfg
// (tlc2.tool.impl.SpecProcessor.processConstantDefns); behind such a
// name it then finds a value, not a definition, and treats it so (TLC
// rev cc6b616, SpecProcessor.processConfigInitAndNext,
// processConfigInvariants, processModelConstraints, ...):
//
//   - INIT, NEXT and VIEW refuse it: "The initial predicate Init cannot
//     be a constant." (2233, exit 151), "The next state action ...",
//     "The view function ...";
//   - an INVARIANT, CONSTRAINT, ACTION_CONSTRAINT or PROPERTY equal to
//     FALSE, or to any value but TRUE, is refused: "The invariant of F
//     is equal to FALSE" (2230, exit 151), "... is equal to {1}"; but a
//     body that is a number or a string is not evaluated at load, and
//     keeps the general way (literalBody);
//   - one equal to TRUE is not checked at all (a PROPERTY then gets no
//     warning that it is a state predicate); an INVARIANT equal to TRUE
//     gets TLC's warning (2149: "The invariant T is a constant-level
//     formula ..."), once per INVARIANT entry (Spec.ConstantInvariants).
//
// A definition that prints (Print, PrintT), draws (RandomElement) or has
// another effect (Assert) was evaluated at load and is taken with that
// value (constantAtLoad); one whose value cannot be computed here keeps
// the general way: it is compiled and evaluated in each state, as before.

// constantLevel reports whether the cfg name id names a definition
// without parameters of constant level (no variable, prime or temporal
// operator, nothing printed), with its body compiled.
//
// It is compiled as TLC evaluates it, at startup, folded even in the
// spec loaded for TLC's replay (csfold.go): a definition whose value
// cannot be computed is known by its failed folding (depSide), and
// keeps the general way there too. Unfolded, Init == \E i \in {1} : 1
// was refused as a constant by the replay's load alone, which then
// printed no stack (golden ExNB1).
func (b *builder) constantLevel(id *ast.Ident) (x cx, ok bool) {
	b.c.atTLCStartup(func() { x, ok = b.constantLevel1(id) })
	return x, ok
}

func (b *builder) constantLevel1(id *ast.Ident) (cx, bool) {
	x, found := b.c.lookupName(id.Name, cenv{at: -1})
	if found && x.kind == eConst && x.arity == 0 {
		// A declared CONSTANT: TLC finds its value there too
		// (cmd/wspcycle TestTLCNits, ConstDecl*).
		return b.c.expr(id, cenv{at: -1}), true
	}
	if !found || x.kind != eDef {
		return cx{}, false
	}
	d, ok := x.node.(*ast.OpDef)
	if !ok || len(d.Params) > 0 {
		return cx{}, false
	}
	de := cenv{at: -1, m: x.env}
	if b.c.levelBound(d.Body, de) > 0 {
		// Not constant to TLC's level bound, which its load goes by
		// (K(x) with K(a) == TRUE is not constant; TLCGet("level") < 2
		// is not).
		return cx{}, false
	}
	// Constant to the level bound, which counts nothing of an operator
	// argument: Ap(LAMBDA v : TLCGet("level") < 2) is evaluated at load
	// (and TRUE there, TLCGet("level") being 1: TLC's warning 2149 for
	// an INVARIANT, which is never checked in a state), but the
	// evaluation of Ap(LAMBDA v : x < 2) at load fails, reading a
	// variable of no state: it is evaluated where it is used.
	prime, temporal, dep, ok := b.c.trialDep(d.Body, de)
	if ok && !prime && !temporal && dep&depState != 0 && b.c.hides(d, de) {
		return b.hiddenAtLoad(id)
	}
	if !ok || prime || temporal || dep&(depState|depNext) != 0 {
		return cx{}, false
	}
	if dep&depSide != 0 {
		return b.constantAtLoad(id, d, dep)
	}
	return b.c.expr(d.Body, de), true
}

// constantAtLoad is constantLevel1 for a definition with an effect or a
// value of the run (depSide): TLC evaluated it at load, once, and took
// its value unless that failed (swallowed: the definition is then
// evaluated where it is used).
//
//   - One that prints or draws (RandomElement, RandomSubset), or reads
//     the run (JavaTime), was evaluated at load already, printing or
//     drawing then (randomconst.go, constantValue): its value is the
//     compiled definition's (F5: Inv == PrintT("inv") /\ 1 = 1 prints
//     once, then TLC's warning; Inv == RandomElement({FALSE}) is TLC's
//     "The invariant of Inv is equal to FALSE").
//   - Any other is evaluated now, as TLC's load did (Assert(TRUE, "x") is
//     TRUE: TLC's warning 2149 for an INVARIANT). One that prints and
//     failed at load, or reads the run and failed there (TLCGet("level"),
//     TLCSet of a register), is not evaluated again.
func (b *builder) constantAtLoad(id *ast.Ident, d *ast.OpDef, dep uint8) (cx, bool) {
	x := b.c.expr(id, cenv{at: -1})
	if x.dep&(depState|depNext|depSide|depEnv|depRun|depPending) == 0 {
		return x, true
	}
	if b.c.printDefs[d] || dep&depPending != 0 || x.dep&(depState|depNext|depEnv|depPending) != 0 {
		return cx{}, false
	}
	v, err := b.c.evalAtLoad(x)
	if err != nil {
		return cx{}, false
	}
	return konst(value.NormalizedTop(v), x.pos), true
}

// hiddenAtLoad is constantLevel1 for a definition that reads the run
// where TLC's level bound does not see it (loadsHidden): compiling it
// evaluated it at load (runAtLoad), printing then what it prints, unless
// that failed (Ap(LAMBDA v : TLCGet("distinct") < 2): evaluated where it
// is used).
func (b *builder) hiddenAtLoad(id *ast.Ident) (cx, bool) {
	x := b.c.expr(id, cenv{at: -1})
	if x.dep&(depState|depNext|depSide|depEnv|depRun|depPending) != 0 {
		return cx{}, false
	}
	return x, true
}

// refuseConstant reports (and records TLC's error for) an INIT, NEXT or
// VIEW entry that names a constant-level definition.
func (b *builder) refuseConstant(id *ast.Ident, what string) bool {
	if id == nil {
		return false
	}
	if _, ok := b.constantLevel(id); !ok || (what == "INIT" || what == "NEXT") && b.literalBody(id) != nil {
		return false
	}
	b.c.errorf(id.Pos(), "%s %s: the definition is constant-level, and TLC takes no constant there", what, id.Name)
	return true
}

// literalBody is the body of the definition the cfg name id names when
// it is a number or a string, else nil: no operator application to SANY,
// which TLC's check of a constant INIT does not look at; TLC fails on it
// when it computes the initial states, "The init state relation is not a
// boolean expression." and the literal (TLC rev cc6b616: BInit1, Init ==
// 1), but refuses Init == c. Next == 1 fails in TLC before the initial
// states, as it splits the next-state relation into actions
// (splitliteral.go).
func (b *builder) literalBody(id *ast.Ident) ast.Expr {
	x, found := b.c.lookupName(id.Name, cenv{at: -1})
	if !found || x.kind != eDef {
		return nil
	}
	d, ok := x.node.(*ast.OpDef)
	if !ok || len(d.Params) > 0 {
		return nil
	}
	switch e := ast.Unparen(d.Body).(type) {
	case *ast.Number, *ast.String:
		return e
	}
	return nil
}

// constantEntry handles an INVARIANT, CONSTRAINT, ACTION_CONSTRAINT or
// PROPERTY entry that names a constant-level definition, as TLC does;
// done is false when the entry must be compiled as usual.
func (b *builder) constantEntry(id *ast.Ident, what string) (done bool) {
	x, ok := b.constantLevel(id)
	if !ok {
		return false
	}
	v, err := x.fn(b.ctxForCompile())
	if err != nil {
		return false
	}
	bv, isBool := v.(value.BoolV)
	switch {
	case isBool && bool(bv):
		if what == "INVARIANT" {
			b.sp.ConstantInvariants = append(b.sp.ConstantInvariants, id.Name)
			if warn := b.c.run.warn; warn != nil && len(b.c.errs) == b.checksErrs {
				// Now, in TLC's order: after what the constant
				// definitions printed at load, before a later entry's
				// refusal (PrInvFalse's neighbour V5). Not after an
				// earlier entry's refusal: TLC stops at the first one
				// (INVARIANT Ok Bad, Ok constant and FALSE, Bad TRUE).
				warn(InvariantConstantLevel, ConstantInvariantWarning(id.Name))
			}
		}
		return true
	case isBool || b.declaredConstant(id) || b.literalBody(id) == nil:
		// Any other value is refused too, of a declared CONSTANT or of a
		// definition TLC evaluated at load (TLC rev cc6b616: "The
		// invariant of K is equal to 1", "The constraint of Inv is equal
		// to {1}" with Inv == {1}, "The property of Inv is equal to 1"
		// with Inv == RandomElement({1})).
		b.c.errorf(id.Pos(), "%s %s: the definition is constant, equal to %s: TLC refuses it", what, id.Name, v)
		return true
	}
	// A number or a string as the body, which TLC's load leaves as it is
	// (no operator application to evaluate): evaluated where it is
	// checked, as TLC does (P == 1: "TLC expected a boolean value, but
	// did not find one. 1"; as a CONSTRAINT or ACTION_CONSTRAINT, TLC's
	// own ClassCastException, which is not reproduced).
	return false
}

// InvariantConstantLevel is TLC's code for its warning that an INVARIANT
// is a constant-level formula equal to TRUE (EC.TLC_INVARIANT_CONSTANT_LEVEL).
const InvariantConstantLevel = 2149

// ConstantInvariantWarning is TLC's warning (2149) for the INVARIANT
// name, a constant-level definition equal to TRUE, which TLC does not
// check. It is given (Options.Warn) while the cfg's entries are compiled,
// as TLC gives it while it processes them.
func ConstantInvariantWarning(name string) string {
	return "The invariant " + name + " is a constant-level formula (i.e., it contains no variables, primes, or temporal operators) and evaluates to TRUE. " +
		"To assert constant-level formulas in your spec, use ASSUME ConstInv. If you optionally want to give the assumption a name, write ASSUME YourAssumption == ConstInv instead. " +
		"See https://explain.tlapl.us/assumptions-and-invariants for additional details."
}

// declaredConstant reports whether the cfg name id names a CONSTANT of
// the spec.
func (b *builder) declaredConstant(id *ast.Ident) bool {
	x, found := b.c.lookupName(id.Name, cenv{at: -1})
	return found && x.kind == eConst
}

// isConstantLevel reports whether the cfg name id names a declared
// CONSTANT or a constant-level definition (constantLevel).
func (b *builder) isConstantLevel(id *ast.Ident) bool {
	_, ok := b.constantLevel(id)
	return ok
}
