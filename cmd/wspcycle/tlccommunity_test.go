package main

import (
	"path/filepath"
	"testing"
)

// TestTLCCommunity runs the specs of model/testdata/tlc/community, TLC's
// Java overrides of TLCExt and of community-module operators, and
// compares wspcycle's output with TLC's (rev cc6b616), plain and -tool:
//
//   - PickSeen: PickSuccessor on a step to a state the search has found
//     is TRUE before its argument is evaluated (TLC looks the state up in
//     its fingerprint set first), so neither a FALSE argument nor one that
//     is not a Boolean stops the search.
//   - FilterInt, FilterOpInt, FilterLambdaInt: a set filter {x \in S : P}
//     whose predicate is an integer (a literal, an operator's body, a
//     LAMBDA's, as FiniteSetsExt's Quantify applies it), met while TLC
//     builds the set: "Attempted to evaluate an expression of form {x \in
//     S : P(x)} when P was an integer." and the predicate's node.
//   - SetToSeqOrder, SetToSeqNotSet, SetToSeqNat, SetToSeqMixed: SequencesExt's
//     SetToSeq (lib/SequencesExt.tla, a stand-in defined as the module is;
//     TLC evaluates the definition, wspcycle a native giving its value)
//     lists a set in TLC's order of values; of what is not a finite set
//     of comparable values the definition is evaluated: Cardinality's
//     error and the definition's call stack.
//   - RecSubsetNonSet, RecSubsetNotMember: a recursive function over
//     SUBSET S (as Folds' MapThenFoldSet defines its iteration, which
//     FoldSet of a non-set reaches) applied to what is not a set: TLC's
//     SubsetValue.member, "Attempted to check if the non-enumerable
//     value\n3\nis element of\nSUBSET 3" (the domain shown enumerated
//     when it can be).
//   - IOExecDef, IOEnvExecDef: IOUtils' commands (lib/IOUtils.tla, a
//     stand-in defining them as the module does, CHOOSE r \in [exitValue
//     : Int, ...] : TRUE) are evaluated from their definitions, as this
//     TLC, whose jar has no Java for IOUtils, does: the record set's
//     enumeration error, in Init with the call stack and in an ASSUME
//     (the Examples' EWD998_optsSC and SmokeEWD998_SC were refused as
//     unsupported). No command is run.
func TestTLCCommunity(t *testing.T) {
	dir, err := filepath.Abs(filepath.Join("..", "..", "model", "testdata", "tlc", "community"))
	if err != nil {
		t.Fatal(err)
	}
	t.Setenv("TLA_PATH", filepath.Join(dir, "lib"))
	for _, c := range []struct {
		name string
		code int
	}{
		{"PickSeen", 0},
		{"FilterInt", 75},
		{"FilterOpInt", 75},
		{"FilterLambdaInt", 75},
		{"SetToSeqOrder", 0},
		{"SetToSeqNotSet", 75},
		{"SetToSeqNat", 75},
		{"SetToSeqMixed", 75},
		{"RecSubsetNonSet", 75},
		{"RecSubsetNotMember", 75},
		{"IOExecDef", 75},
		{"IOEnvExecDef", 10},
	} {
		t.Run(c.name, func(t *testing.T) { tlcGoldenRun(t, dir, c.name, nil, c.code, inSpecDir()) })
	}
}
