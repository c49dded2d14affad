package main

import (
	"path/filepath"
	"testing"
)

// TestTLCConstPrints runs `wspcycle tlc` on specs whose constant-level
// definitions print, or fail inside a temporal formula, and compares the
// output and exit code with TLC's own runs (rev cc6b616, plain and -tool)
// kept in model/testdata/tlc/evalerrors (NAME.text.out, NAME.tool.out).
// When and how often TLC evaluates them (SpecProcessor.
// processConstantDefns, then Tool's evaluation of the definitions):
//
//   - a CONSTANT replaced by a printing definition (Z <- Over) is no
//     value: Over's body is evaluated for Z at load once per module whose
//     constants hold Z (PrRepl8: twice, Z declared in the extended
//     module), then again at each evaluation of Z: in Init, in Next per
//     state, in an invariant, in each ASSUME (PrRepl1-3, PrRepl5,
//     PrRepl7); a definition using Z (D == Z) is a value from load,
//     printing once there (PrRepl4, PrReplInv); a failing Over unused is
//     dropped (PrRepl6); a definition replaced (D <- Over) is the same
//     (PrReplDef, PrReplDefUse; PrReplDefErr: E == D + 1 fails at load,
//     silently, then in Init); a definition of an instantiated module
//     replaced there (D <- [M] Over2) is met at the INSTANCE's place: I!D
//     evaluates Over2, which is then Over2's value, and each use of I!D
//     evaluates it again (PrReplInst, PrReplInstK);
//   - the printing definitions of an instantiated module are evaluated at
//     load: the module on its own first when it has no parameters, then
//     I!Op of each I == INSTANCE M, in reverse order, at the INSTANCE's
//     place (PrInst1, PrInst3, PrInst7: used or not), with a substitution
//     too (PrInst2, PrInst6); they are values where used, in Init, Next,
//     an invariant, an ASSUME or a temporal property (PrInst9, PrInst10,
//     PrInstAsm, PrInstLive); an instance in an extended module, LOCAL,
//     or substituting a declared constant is the same (PrInstExt,
//     PrInstLocal, PrInstConst); the instances M holds are among M's
//     definitions, at their place (PrInstNested: J!F, J!I!E, J!I!D);
//     an unnamed INSTANCE of a module without parameters adds nothing
//     (PrInst4), one with parameters is a named instance whose
//     definitions are named bare (PrInstUnnamedWith, PrInstUnnamedNested;
//     PrInstUnnamedVar: made state-level by its substitution); the order
//     of I!Op is the enumeration of the instantiated module's
//     java.util.Hashtable of symbols, whose capacity depends on how many
//     it holds (PrInstOrderHash, PrInstOrderNested, PrInstOrderGrown;
//     drawing, PrInstRandOrder with -seed 7); an instance with
//     parameters I(k) (PrInst5)
//     and a definition made state-level by its substitution (PrInst8:
//     K <- x) print at each use;
//   - a constant-level INVARIANT, PROPERTY or CONSTRAINT TLC refuses
//     (equal to FALSE: PrInvFalse, PrInvPrintFalse, PrPropFalse,
//     PrConFalse) still printed at load, before TLC's refusal, and
//     before it the warning (2149) for a constant INVARIANT equal to TRUE
//     listed first (PrInvTwo); one that fails at load is evaluated on
//     each state (PrInvErr);
//   - an error evaluating a constant part of a temporal formula inside a
//     bounded \E (in a property, an operator's body, under a \A, or a
//     SPECIFICATION's conjunct) is TLC's refusal of the outermost such \E,
//     "TLC cannot handle the temporal formula" (2213, exit 255), after
//     what was printed before it (PrLiveEx1-6); inside an operator's
//     application or a \A it is the error itself, TLC's 1000 (PrLiveOp,
//     PrLiveAll);
//   - a PROPERTY conjunct of constant or state level (an implied init)
//     that fails on the initial state is an error there, after what it
//     printed, the state counted left on the queue (PrInitPropErr,
//     PrInitPropErr2), as after an invariant;
//   - a LET definition without parameters that prints is evaluated once
//     per evaluation of the LET where TLC evaluates an expression (its
//     LazyValue is cached: PrLetMemo, at load; PrLetInv; PrLetExpr, inside
//     x' = ...), but at each use where it is a conjunct of Init or of an
//     action, which TLC's generator expands (PrLetAction, PrLetInit);
//     once every variable has a value, the conjuncts left are evaluated
//     as expressions, a LET in them once per evaluation (PrLetDefInit,
//     PrLetDefNext, PrLetDefOrder1-3, PrLetAfter, PrLetDefDisj,
//     PrLetDefInv), whatever the definition's level (one reading x'
//     too: PrLetPrimed; but at each use where TLC computes a fairness
//     condition's ENABLED: PrLetFair), also inside an IF, \/, \E or CASE of the
//     conjunct (PrLetBranch); a LET the generator meets binds nothing, its
//     definition printing at each use inside x' = ... too (PrLetGenExpr);
//   - ASSUMEs that print (PrAsm), an operator with a parameter that
//     prints (PrLetOp), TLCSet at load (PrTLCSet);
//   - TLCSet is of constant level, so a definition using it is evaluated
//     at load, where TLCSet of a register fails (TLC has no checker yet):
//     what it printed before stays printed, the register is not set
//     (PrTLCSetLoad), and the definition prints and sets it again at each
//     use (PrTLCSetUse, PrTLCSetReset, PrTLCSetChain, PrTLCSetInv; an
//     instance's: PrInstTLCSet, on its own and as I!D); TLCSet("exit",
//     FALSE) is TRUE there, the definition a value (PrTLCSetExit); in an
//     ASSUME, TLCSet sets the register (PrTLCSetAsm).
func TestTLCConstPrints(t *testing.T) {
	dir := filepath.Join("..", "..", "model", "testdata", "tlc", "evalerrors")
	want := map[string]int{
		"PrRepl1": 0, "PrRepl2": 0, "PrRepl3": 0, "PrRepl4": 0, "PrRepl5": 0, "PrRepl6": 0, "PrRepl7": 0, "PrRepl8": 0,
		"PrReplDef": 0, "PrReplInv": 0, "PrReplDefErr": 75, "PrReplDefUse": 0,
		"PrInst1": 0, "PrInst2": 0, "PrInst3": 0, "PrInst4": 0, "PrInst5": 0, "PrInst6": 0, "PrInst7": 0, "PrInst8": 0,
		"PrInst9": 0, "PrInst10": 0, "PrInstAsm": 0, "PrInstExt": 0, "PrInstNested": 0, "PrInstLive": 0, "PrInstLocal": 0,
		"PrInstConst": 0,
		"PrInvFalse":  151, "PrInvPrintFalse": 151, "PrPropFalse": 151, "PrConFalse": 151, "PrInvErr": 75, "PrInvTwo": 151,
		"PrLiveEx1": 255, "PrLiveEx2": 255, "PrLiveEx3": 255, "PrLiveEx4": 255, "PrLiveEx5": 255, "PrLiveEx6": 255,
		"PrLiveOp": 255, "PrLiveAll": 255,
		"PrAsm": 0, "PrLetOp": 0, "PrTLCSet": 0,
		"PrTLCSetLoad": 75, "PrTLCSetUse": 0, "PrTLCSetReset": 0, "PrTLCSetAsm": 0, "PrTLCSetExit": 0, "PrTLCSetInv": 0,
		"PrTLCSetChain": 0, "PrInstTLCSet": 0,
		"PrInstUnnamedWith": 0, "PrInstUnnamedVar": 0, "PrInstOrderNested": 0, "PrInstUnnamedNested": 0,
		"PrInstOrderHash": 0, "PrInstOrderGrown": 0, "PrCov": 0,
		"PrReplInst": 0, "PrReplInstK": 0,
		"PrInitPropErr": 75, "PrInitPropErr2": 75,
		"PrLetMemo": 0, "PrLetAction": 0, "PrLetInv": 0, "PrLetExpr": 0, "PrLetInit": 0,
		"PrLetDefInit": 0, "PrLetDefNext": 0, "PrLetDefOrder1": 0, "PrLetDefOrder2": 0, "PrLetDefOrder3": 0,
		"PrLetAfter": 0, "PrLetGenExpr": 0, "PrLetDefDisj": 0, "PrLetDefInv": 0,
		"PrLetPrimed": 0, "PrLetCov": 11, "PrLetBranch": 0, "PrLetFair": 13,
	}
	for name, code := range want {
		tlcGoldenRun(t, dir, name, nil, code, inSpecDir())
	}
	tlcGoldenRun(t, dir, "PrInstRandOrder", []string{"-seed", "7"}, 0, inSpecDir())
	// Under -coverage TLC's load is the same, and counts nothing: the
	// printing definitions print there, and are values where used
	// (NAMECov.MODE.out).
	for _, name := range []string{"PrCov", "PrTLCSetUse", "PrTLCSetChain", "PrInstTLCSet", "PrInstUnnamedWith", "PrInstOrderHash", "PrInst1", "PrRepl1"} {
		tlcGoldenRun(t, dir, name, []string{"-coverage", "1"}, 0, inSpecDir(), withOutput(name+"Cov"))
	}
	// A LET or P => Q evaluated once every variable has a value prints
	// as without -coverage (each definition once per evaluation of the
	// LET, Q once), its definitions counted where the LET is.
	tlcGoldenRun(t, dir, "PrLetCov", []string{"-coverage", "1"}, 11, inSpecDir(), withOutput("PrLetCovCov"))
	// A condition of an action that branches (an IF, \/, \E or CASE
	// inside), met once every variable has a value, is evaluated as an
	// expression too: its prints once, its tree the expression's.
	tlcGoldenRun(t, dir, "PrLetBranch", []string{"-coverage", "1"}, 0, inSpecDir(), withOutput("PrLetBranchCov"))
	tlcGoldenRun(t, dir, "CovCondBranch", []string{"-coverage", "1"}, 0, inSpecDir(), withOutput("CovCondBranchCov"))
}
