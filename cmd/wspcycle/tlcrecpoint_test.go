package main

import (
	"path/filepath"
	"testing"
)

// TestTLCRecPoint runs the specs of model/testdata/tlc/recpoint, point
// applications f[a][b] of a recursive function whose body is a function
// constructor, which TLC evaluates at b only (a FcnLambdaValue) and
// wspcycle now too (tla/eval/recpoint.go), and compares wspcycle's output
// with TLC's (rev cc6b616), plain and -tool:
//   - values: Relation's transitive closure (PtTrcl: applied with two
//     arguments, with a tuple, and tabulated), binders of two sets applied
//     with two arguments and with a tuple (PtTwoBind), one binder over a
//     product applied with two (PtTupArg), a constructor over Nat (PtInf:
//     the lazy function's body applies f again), a body reading the state
//     (PtState, in an invariant, until its deadlock);
//   - errors: f[2][1] is -6 in TLC, whose 6 \div 0 is at another point
//     (PtDivOk: building f[0] failed there), and the error at the point is
//     TLC's (PtDivErr);
//   - any applied constructor (tla/eval/lambdapoint.go), its body failing
//     at every point but the one applied: an operator's body G(v)[0]
//     (LzOp), a definition without parameters ff[0] (LzDef), written
//     there (LzInline), a LET definition (LzLet), two binders applied
//     with two arguments (LzTwo), TLC exit 0 for all; an argument outside
//     the domain, TLC's FcnLambdaValue wording with the constructor
//     untabulated (LzRecOut: g[1][7], LzDefOut: ff[7]); the body's error
//     at the point (LzOpErr); effects only at the point: TLCSet counting
//     (LzEff) and PrintT (LzPrint, a constant definition's printed once
//     at startup); g[v][0] under -coverage (LzRecCov);
//   - chains and shapes TLC keeps lazy too, each TLC exit 0 where
//     building failed at another point: g3[v][0][0], a recursive
//     function whose constructor's body is a constructor (LzG3), the
//     same through an operator G3(v)[0][0] (LzG3Op); a constructor
//     passed as an operator's argument, Ap(G(v), 0) and Ap([x \in ...],
//     0) (LzArg, LzArgIn), through a LET name (LzLetArg); a LET operator
//     with a parameter, F(v)[0] (LzLetP); a record's field
//     [a |-> G(v)].a[0] (LzRec) and a tuple's element <<G(v), 1>>[1][0]
//     (LzTup), whose other fields TLC evaluates: an error there (LzRecSib,
//     TLC exit 255), a PrintT (LzTupSib); an EXCEPT of a constructor,
//     which TLC keeps lazy but evaluates at each key: [G(v) EXCEPT
//     ![0] = 2][0] (LzExc0, exit 0), @ twice at one key (LzExc2), a key
//     where the body fails (LzExc, LzExcHit: TLC's error and call stack);
//   - under -coverage (the *Cov outputs): G(v)[0] (LzCovOp), inline
//     (LzCovIn), G3(v)[0][0] (LzG3Op), Ap(G(v), 0) (LzArg), each counted
//     at the point as TLC's FcnLambdaValue;
//   - a choice of constructors at run time applied (lambdachoice.go),
//     each TLC exit 0 where building the chosen one failed at another
//     point: (IF c THEN G(v) ELSE G(1))[0] (LzIf), a constructor written
//     in a branch (LzIfIn), a CASE (LzCase), through a LET name (LzLetIf),
//     an operator C(v) (LzIfOp) or an operator's parameter (LzArgIf),
//     nested choices (LzNest), two binders (LzIfTwo), a branch that is a
//     function value (LzIfMix), a chain [0][0] of G3 (LzIfG3); the
//     body's error at the point (LzIfErr, LzIfG3Err), an argument outside
//     the domain (LzIfOut, LzIfG3Out, LzCaseOut), a CASE with no arm true
//     (LzCaseNo), a condition that is no boolean, with TLC's call stack
//     through the names (LzIfBad, LzIfOpBad, LzLetIfBad, LzArgIfBad,
//     LzDefIfBad, LzIfG3Bad, LzCaseBad; CaseExprBad and CaseNumBad: an
//     expression's CASE, TLC's "was used as a condition of a CASE.");
//   - TLC builds the lazy function where a value method needs it, and
//     the body's error is its FingerprintException (2147, exit 75; a
//     standard module's error as the reason without a position): DOMAIN
//     G(v) (LzDom, LzEqDom), G(v) = G(1) (LzEq), CHOOSE over DOMAIN G(v)
//     (LzChDom), \E h \in {G(v)} (LzExSet), PrintT(G(v)) (LzPrDiv), a
//     constructor assigned failing in \div, Assert, Len (LzFpDiv,
//     LzFpAssert, LzFpLen);
//   - a constructor of several binders applied outside its domain,
//     TLC's FcnLambdaValue wording (recpointdom.go): an argument outside
//     its set (LzTwoOutExp, in an action conjunct LzTwoOutAct, a tuple
//     argument LzTwoOutTup, through a choice LzTwoOutIf, [x, y \in S]
//     LzTwoOutSame, tabulated when the body evaluates everywhere
//     LzTwoOutOk), an argument that is no tuple (LzTwoOutOne), an extra
//     argument TLC ignores (LzTwoOutLen, exit 0);
//   - TLC's order of evaluation (LzOrd*): the constructor's domain when
//     the lazy function is made, before the argument (TLCSet in the
//     argument grows the domain too late: TLC exit 75), for G(v)[a]
//     (LzOrdOp), written there (LzOrdIn), an operator's parameter
//     (LzOrdArg), a record's field before a later field (LzOrdRec), a
//     tuple's element (LzOrdTup), and per level of a chain G(v)[1][a]
//     (LzOrdChain); a later level's domain failing before the argument
//     (an Assert) is evaluated, under TLC's call stack: the previous
//     level's application, the constructor (LzOrdDom, three levels
//     LzOrdDom3);
//   - an EXCEPT key outside the constructor's domain: TLC warns and skips
//     the update, the body failing elsewhere no outcome (LzExcSkip, exit
//     0); applied outside the domain, the FcnLambdaValue's wording
//     (LzExcOutArg);
//   - a constructor, an EXCEPT of one or a choice of them reached
//     through names, LET expressions, record fields and tuple elements
//     (lazyResolve), which TLC keeps lazy, each TLC exit 0 where
//     building failed at another point: LET r == [a |-> G(v)] IN r.a[0]
//     (LrLetRec), LET t == <<G(v)>> IN t[1][0] (LrLetTup), an EXCEPT
//     bound to an operator's parameter Ap([G(v) EXCEPT ...]) (LrExcArg)
//     or to a LET name (LrExcLet), (LET c == .. IN IF c THEN G(v) ELSE
//     G(1))[0] (LrLetIf), a record's or tuple's field holding a choice
//     (LrRecIf, LrTupIf), Head(<<G(v)>>)[0] (LrHead, of an EXCEPT
//     LrExcHead), an operator returning a record R(v).a[0] (LrOpRec), a
//     record passed as an argument (LrArgRec), (LET K == G(v) IN K)[0]
//     (LrLetIn), a record in a record (LrNestRec), a record holding an
//     EXCEPT (LrRecExcF), a constant definition's record (LrDefRec);
//     the body's error at the point (LrRecErr, LrExcLetErr, LrLetIfErr),
//     an argument outside the domain (LrOpRecOut), a choice's condition
//     no boolean (LrLetIfBad), and a sibling field failing, TLC's call
//     stack through the LET name (LrRecSib, LrRecSib0, LrRecIfSib); a
//     field of a choice of records (IF c THEN R(v) ELSE R(1)).a[0]
//     (LrIfRec, a CASE LrCaseRec), its body failing at the point
//     (LrIfRecErr), outside the domain (LrCaseRecOut), a condition no
//     boolean (LrIfRecBad), a branch's sibling field failing, TLC's
//     call stack through the selection and the IF (LrIfRecSib); an
//     element of a choice of tuples (IF c THEN <<G(v)>> ELSE
//     <<H(v)>>)[1][0] (LrIfTup, a CASE LrCaseTup, an operator whose body
//     is the choice LrOpTup, a branch's constructor TLC evaluates as a
//     constant LrIfTupMix), its body failing at the point (LrIfTupErr)
//     and outside the domain (LrIfTupOut);
//   - a constructor reached through INSTANCE (tla/eval/lazyinst.go),
//     each TLC exit 0 where building failed at another point or ran an
//     effect at each: I!F[0] of a constant definition (LiDef, through a
//     definition D == I!F LiDefN, passed as an argument LiArgDef), an
//     operator I!G(v)[0] (LiOp, as an argument LiArg, a tuple's element
//     LiTup, a choice of I!G(v) and I!F LiIf), a body reading the
//     substituted variable (LiVar), a parameterised instance J(v)!W[0]
//     and J(v)!G(v)[0] (LiPar, LiParOp), nested instances N!H[0],
//     N!M!F[0], N!HG(v)[0] (LiNest, LiNest2, LiNestOp), a LET instance
//     (LiLet, LiLetOp), a TLCSet the invariant reads (LiEff, LiEffPar)
//     and a PrintT (LiPrint) only at the point; the body's error at the
//     point, TLC's call stack through the instance (LiErr), an argument
//     outside the domain (LiOut); an instance's constant or variable
//     substituted by a constructor, applied in the instance (LiSubC,
//     LiSubV, LiSubOp; a TLCSet LiSubEff);
//   - a recursive function's body holding a constant that fails at
//     another point (RcFold: its folding once marked the body as having
//     an effect, which turned point evaluation off), a body printing
//     once, at the point (RcPrint); r[a] reached through names, a LET
//     name for r[1] and an operator whose LET body is r[2] (RcName, TLC
//     exit 0 for all), and a outside r's domain (RcNameOut);
//   - SimTrcl: -simulate with such a closure in the invariant, TLC's
//     output with num=20 -depth 10 -seed 1 (each state cost seconds
//     when every application built the function).
func TestTLCRecPoint(t *testing.T) {
	dir := filepath.Join("..", "..", "model", "testdata", "tlc", "recpoint")
	for name, code := range map[string]int{
		"PtTrcl": 0, "PtTwoBind": 0, "PtTupArg": 0, "PtInf": 0, "PtState": 11,
		"PtDivOk": 0, "PtDivErr": 10,
		"LzOp": 0, "LzDef": 0, "LzInline": 0, "LzLet": 0, "LzTwo": 0,
		"LzRecOut": 75, "LzDefOut": 75, "LzOpErr": 255, "LzEff": 0, "LzPrint": 0,
		"LzG3": 0, "LzG3Op": 0, "LzArg": 0, "LzArgIn": 0, "LzLetArg": 0, "LzLetP": 0,
		"LzCovOp": 0, "LzCovIn": 0, "LzRec": 0, "LzTup": 0, "LzRecSib": 255, "LzTupSib": 0,
		"LzExc0": 0, "LzExc2": 0, "LzExc": 255, "LzExcHit": 255,
		"LzIf": 0, "LzIfIn": 0, "LzCase": 0, "LzCaseNo": 75, "LzLetIf": 0, "LzNest": 0,
		"LzIfOp": 0, "LzIfErr": 255, "LzIfOut": 75, "LzIfTwo": 0, "LzIfMix": 0, "LzIfBad": 75,
		"LzIfOpBad": 75, "LzLetIfBad": 75, "LzArgIfBad": 75, "LzDefIfBad": 75, "LzArgIf": 0,
		"LzIfG3": 0, "LzIfG3Bad": 75, "LzIfG3Err": 255, "LzIfG3Out": 75, "LzCaseBad": 75, "LzCaseOut": 75,
		"CaseExprBad": 75, "CaseNumBad": 75,
		"LzTwoOutAct": 75, "LzTwoOutExp": 75, "LzTwoOutOne": 75, "LzTwoOutIf": 75, "LzTwoOutSame": 75,
		"LzTwoOutOk": 75, "LzTwoOutLen": 0, "LzTwoOutTup": 75,
		"LzFpDiv": 75, "LzFpAssert": 75, "LzFpLen": 75, "LzPrDiv": 75, "LzEqDom": 75,
		"LzDom": 75, "LzEq": 75, "LzChDom": 75, "LzExSet": 75,
		"LzOrdOp": 75, "LzOrdIn": 75, "LzOrdArg": 75, "LzOrdRec": 75, "LzOrdTup": 75, "LzOrdChain": 75,
		"LzOrdDom": 75, "LzOrdDom3": 75,
		"LzExcSkip": 0, "LzExcOutArg": 75,
		"LrLetRec": 0, "LrLetTup": 0, "LrExcArg": 0, "LrExcLet": 0, "LrLetIf": 0, "LrRecIf": 0,
		"LrTupIf": 0, "LrHead": 0, "LrOpRec": 0, "LrArgRec": 0, "LrLetIn": 0, "LrNestRec": 0,
		"LrRecExcF": 0, "LrDefRec": 0, "LrExcHead": 0, "LrRecErr": 255, "LrRecSib": 255,
		"LrRecSib0": 255, "LrOpRecOut": 75, "LrExcLetErr": 255, "LrLetIfErr": 255,
		"LrRecIfSib": 255, "LrLetIfBad": 75,
		"LrIfTup": 0, "LrCaseTup": 0, "LrOpTup": 0, "LrIfTupMix": 0, "LrIfTupErr": 255, "LrIfTupOut": 75,
		"LiDef": 0, "LiOp": 0, "LiVar": 0, "LiPar": 0, "LiParOp": 0, "LiNest": 0, "LiNest2": 0,
		"LiNestOp": 0, "LiLet": 0, "LiLetOp": 0, "LiArg": 0, "LiArgDef": 0, "LiEff": 0, "LiEffPar": 0,
		"LiPrint": 0, "LiErr": 255, "LiOut": 75, "LiIf": 0, "LiDefN": 0, "LiTup": 0, "LiSubC": 0,
		"LiSubV": 0, "LiSubOp": 0, "LiSubEff": 0,
		"LrIfRec": 0, "LrCaseRec": 0, "LrIfRecSib": 255, "LrIfRecErr": 255, "LrIfRecBad": 75, "LrCaseRecOut": 75,
		"RcFold": 0, "RcPrint": 0, "RcName": 0, "RcNameOut": 75,
		// Sib*: a record's other fields or a tuple's other elements,
		// the lazy function selected (Nat, no point), run once.
		"SibTupOp": 0, "SibRecOp": 0, "SibHead": 0, "SibLet": 0, "SibTup": 0, "SibDiv": 75,
		"SibAsmRec": 0, "SibAsmTup": 0, "SibAsmLet": 0, "SibAsmHead": 0, "SibExc": 0, "SibAsmExc": 0,
	} {
		t.Run(name, func(t *testing.T) { tlcGoldenRun(t, dir, name, nil, code, inSpecDir()) })
	}
	for _, name := range []string{"LzCovOp", "LzCovIn", "LzG3Op", "LzArg"} {
		t.Run(name+"Cov", func(t *testing.T) {
			tlcGoldenRun(t, dir, name, []string{"-coverage", "1"}, 0, inSpecDir(), withOutput(name+"Cov"))
		})
	}
	tlcGoldenRun(t, dir, "LzRecCov", []string{"-coverage", "1"}, 0, inSpecDir())
	tlcGoldenRun(t, dir, "SimTrcl", []string{"-simulate", "num=20", "-depth", "10", "-seed", "1"}, 0, inSpecDir())
}
