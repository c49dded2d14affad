package main

import (
	"path/filepath"
	"testing"
)

// TestTLCStacksItems runs the specs of model/testdata/tlc/stacks about
// what TLC evaluates as one expression and which values know their node,
// and compares wspcycle's output with TLC's (rev cc6b616), plain and
// -tool:
//   - once every variable has a value, TLC's generator evaluates each
//     pending conjunct as an expression: UNCHANGED <<x, y>> compares the
//     two tuples the replay built from its node, whose equals names it
//     (2147: UnchAllTuple, UnchAllOne, UnchAllDef through vars ==
//     <<x, y>>, UnchAllOp through N == UNCHANGED ..., UnchAllOr inside a
//     disjunction, itself pushed); UnchPartTuple, where a variable had
//     no value, compares each variable alone (2103); UnchAllNested, y
//     compared first, is a deadlock; TupPrimeEq, <<x, y>>' = <<x, y>>,
//     names the tuple, then the record built by x' = [a |-> 1];
//   - a pending disjunction is one expression (OrInitWhole: x = 0 /\ (x
//     = 1 \/ 2), "Attempted to evaluate an expression of form P \/ Q
//     when Q was an integer."), a pending CASE too (CaseNoneAssigned,
//     CaseNoneInitAssigned); a CASE taken by the generators has their
//     words: no guard true (CaseNoneNext, CaseNoneInit) and a guard not a
//     boolean, named by its arm's value (CaseGuardNext, CaseGuardInit);
//   - UNION of enumerated sets gathers each member's elements as TLC
//     holds them, without sorting the member, and compares each with
//     those gathered by equals (UnionMixInit, UnionMixFp, UnionMixNext,
//     UnionMixFlat, UnionMixIn, UnionMixInv, UnionMixCard); a constant
//     definition whose value TLC cannot normalise at startup is
//     evaluated where it is used, its values knowing their nodes
//     (UnionMixDef);
//   - a \E of Next whose bound, depending on an outer \E's element,
//     fails is one action, pushed first (ExInnerBoundFails);
//   - a lazy set built on a set TLC cannot sort fails to fingerprint
//     naming its node, then the set's (SubsetMixNext, FcnSetMixNext,
//     ProdMixNext, RcdSetMixNext; TupSubsetMixNext: the tuple holding it
//     first; SubsetMixInit: TLC's crash in an initial state);
//   - an operand of the wrong kind in an invariant or a property is
//     TLC's 2266 without a position, framed in -tool (InvArgKind,
//     PropArgKind).
func TestTLCStacksItems(t *testing.T) {
	dir := filepath.Join("..", "..", "model", "testdata", "tlc", "stacks")
	for name, code := range map[string]int{
		"UnchAllTuple": 75, "UnchAllDef": 75, "UnchAllOne": 75, "UnchAllNested": 11,
		"UnchPartTuple": 75, "UnchAllOr": 75, "TupPrimeEq": 75, "UnchAllOp": 75,
		"OrInitWhole": 75, "UnionMixInit": 75, "UnionMixFp": 75, "UnionMixNext": 75,
		"UnionMixFlat": 75, "UnionMixIn": 75, "UnionMixInv": 75, "UnionMixCard": 75,
		"UnionMixDef": 75, "ExInnerBoundFails": 75, "CaseNoneNext": 75, "CaseNoneInit": 75,
		"CaseGuardNext": 75, "CaseGuardInit": 75, "CaseNoneAssigned": 75,
		"CaseNoneInitAssigned": 75, "SubsetMixNext": 75, "SubsetMixInit": 255,
		"FcnSetMixNext": 75, "ProdMixNext": 75, "RcdSetMixNext": 75, "TupSubsetMixNext": 75,
		"InvArgKind": 76, "PropArgKind": 76,
	} {
		t.Run(name, func(t *testing.T) { tlcGoldenRun(t, dir, name, nil, code, inSpecDir()) })
	}
}
