package main

import (
	"path/filepath"
	"testing"
)

// TestTLCHiddenLevel runs `wspcycle tlc` on specs whose cfg entry reads
// the run (TLCGet("level")) or the state only inside an operator
// argument, and compares the output and exit code with TLC's (rev
// cc6b616, plain and -tool, kept in model/testdata/tlc/lvlhide). TLC
// evaluates at load every definition without parameters whose level
// bound (getLevelBound) is constant, and that bound counts nothing of an
// operator argument: with Ap(F(_)) == F(0), Inv ==
// Ap(LAMBDA v : TLCGet("level") < 2) is TRUE at load (TLCGet("level") is
// 1 there), gets TLC's warning 2149 and is never checked. Each of these
// was checked in every state:
//   - an INVARIANT through a LAMBDA (HLambda), an operator's name
//     (HOpName), a higher-order operator passing it on (HNested), under a
//     quantifier (HQuant), TRUE at load though TLCGet("level") > 0
//     (HLevelGt), inside an Assert (HAssert: TLC's deadlock, not the
//     Assert's failure, exit 76), printing once at load (HPrint); FALSE at
//     load is TLC's refusal (HLevelFalse, exit 151);
//   - a CONSTRAINT or ACTION_CONSTRAINT, dropped (HCon, HActCon), a VIEW
//     refused as a constant (HView, exit 151);
//   - a definition D == Ap(LAMBDA v : TLCGet("level")) is 1 wherever it
//     is used: in Next (HDefNext), Init (HDefInit), an invariant that
//     prints it (HDefPrint), a conjunct of an invariant (HDefConj).
//
// Others are not constant to TLC and were, to wspcycle:
//   - an instance's operator constant substituted by a LAMBDA or an
//     operator's name that reads the run (HInstLambda, HInstOpName):
//     TLC binds the substitution as a parameter, of its body's level;
//   - an argument the operator ignores, K(x) with K(a) == TRUE
//     (HArgCounts): the level bound counts every argument.
//
// A definition TLC evaluates at load is kept when that evaluation, which
// has no state, succeeds: wspcycle refused one outside the root context
// or mentioning a variable. Each was checked in every state (exit 12):
//   - in an instance's context, used directly or through a definition
//     (HInstUse, HInstDef, with HInstMod), its variable substituted and
//     short-circuited away (HInstVarSkip, with HVarMod);
//   - through a RECURSIVE operator, of the module or an EXTENDed one
//     (HRecLambda, HExtRec with HRecMod);
//   - naming a variable it does not read at load (HVarSkip, HVarOr, and
//     HVarPrint, which prints once, at load), reading TLCGet through a
//     definition (HGetDef);
//   - reading no run at all but a variable it does not read at load
//     (HVarOnly: it prints once, at load, and gets warning 2149; it
//     printed in every state, without the warning).
//
// The other side, which passes on main too: a definition whose
// evaluation at load reads a variable is evaluated in each state
// (HVarRead, HVarConj, HInstVarRead), and so is one of a parameterised
// or LET instance (HInstParam, HInstLet), whose definitions take the
// instance's parameters to TLC: violated, exit 12.
//
// HRecOpParam: a RECURSIVE operator defined with an operator parameter
// is SANY's "different arity" error (RECURSIVE declares none).
func TestTLCHiddenLevel(t *testing.T) {
	dir := filepath.Join("..", "..", "model", "testdata", "tlc", "lvlhide")
	for name, code := range map[string]int{
		"HLambda": 11, "HOpName": 11, "HNested": 11, "HQuant": 11, "HLevelGt": 11, "HAssert": 11, "HPrint": 11,
		"HLevelFalse": 151, "HCon": 11, "HActCon": 11, "HView": 151,
		"HInstLambda": 12, "HInstOpName": 12, "HArgCounts": 11, "HRecOpParam": 150,
		"HDefNext": 11, "HDefPrint": 11, "HDefInit": 11, "HDefConj": 11,
		"HInstDef": 11, "HInstUse": 11, "HInstVarSkip": 11, "HExtRec": 11, "HRecLambda": 11,
		"HVarSkip": 11, "HVarOr": 11, "HVarPrint": 11, "HGetDef": 11, "HVarOnly": 11,
		"HInstParam": 12, "HInstLet": 12, "HInstVarRead": 12, "HVarRead": 12, "HVarConj": 12,
	} {
		tlcGoldenRun(t, dir, name, []string{"-noGenerateSpecTE"}, code, inSpecDir())
	}
}
