package main

import (
	"path/filepath"
	"testing"
)

// TestTLCStacksInstance runs the specs of model/testdata/tlc/stacks that
// evaluate through an INSTANCE and compares wspcycle's output with TLC's
// (rev cc6b616), plain and -tool. SANY makes the body of a definition
// reached through an INSTANCE with substitutions (WITH, implicit, or a
// parameterised instance's parameters) a SubstInNode located at the
// INSTANCE statement, which TLC's replay pushes between the application
// and the body (tla/eval/callstack_subst.go):
//   - in an expression: InstParamVal (P(2)!Val, P(b) == INSTANCE SInst),
//     InstParamNext (P(x)!Val in Next), InstParamConj (a conjunct once
//     every variable has a value), InstParamInv (an invariant),
//     InstWithVal (I == INSTANCE SInst WITH b <- 2), InstImplicit (an
//     implicit b <- b), InstUnnamed (INSTANCE SInst WITH b <- 2, Val),
//     InstTwo (Two == Val + 1 inside the instance: one node, on entering
//     it), InstNested (I!J!Val: I's node, then J's inside I);
//     InstNoSubst: an instance of a module without constants or
//     variables has none;
//   - an action: TLC's getActions keeps the SubstInNode as one action,
//     pushed first (InstStep: Next == I!Step; InstStepOr: I!Step2 \/
//     ...; InstParamExists: \E i \in {2} : P(i)!Step), and as a conjunct
//     after a guard (InstStepGuard);
//   - the initial predicate: SpecProcessor gives the generator the body
//     of the definition the cfg's INIT (or the SPECIFICATION's conjunct)
//     names, one level only (InitDefDef: Init == Init2 pushes Init2;
//     InitDefDefSpec under SPECIFICATION), so that Init == I!Init0
//     pushes I!Init0 and then the SubstInNode (InstInit, InstInitSpec).
func TestTLCStacksInstance(t *testing.T) {
	dir := filepath.Join("..", "..", "model", "testdata", "tlc", "stacks")
	for _, name := range []string{
		"InstParamVal", "InstParamNext", "InstWithVal", "InstImplicit", "InstParamConj",
		"InstParamInv", "InstUnnamed", "InstTwo", "InstStep", "InstStepOr", "InstInit",
		"InstNested", "InstNoSubst", "InstStepGuard", "InstParamExists", "InitDefDef",
		"InstInitSpec", "InitDefDefSpec",
	} {
		t.Run(name, func(t *testing.T) { tlcGoldenRun(t, dir, name, nil, 75, inSpecDir()) })
	}
}
