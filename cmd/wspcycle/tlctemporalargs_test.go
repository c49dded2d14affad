package main

import (
	"path/filepath"
	"testing"
)

// TestTLCTemporalArgsGolden: temporal formulas passed to operators. TLC
// (rev cc6b616) splits a PROPERTY through the applications of
// user-defined operators to arguments, a parameter standing for its
// argument, a LAMBDA or an operator (I!Step) passed as an argument, LET
// and \A over a constant set (SpecProcessor.processConfigProps): Id(<>P)
// with Id(a) == a is the temporal formula <>P, Id([]P) the invariant
// "Id", I!Inv the invariant "I!Inv", Low(x) the implied init "Low"; WF
// and SF inside an operator are fairness (FairOk, FairFail; SpecFair as a
// conjunct of the specification). Its liveness checker (Liveness.astToLive)
// refuses what it cannot translate, with "TLC cannot handle the temporal
// formula" (2213, exit 255) before any search: a parameter standing for a
// temporal formula under [] (AlArg; InstEv, in the instance), an
// application whose body fails, refused whole (IdOr), a bounded \A whose
// body fails, the refusal nested (ForallOr), an \E (ExistsOp), <=>
// (Equiv), a set that depends on the state, with TLC's evaluation error
// (StateSet), an unbounded \A (Unbounded). Outputs recorded from TLC,
// plain and -tool; the lassos were the same with -fp 0 to 3.
func TestTLCTemporalArgsGolden(t *testing.T) {
	dir := filepath.Join("..", "..", "model", "testdata", "tlc", "temporalargs")
	for _, c := range []struct {
		code  int
		names []string
	}{
		{0, []string{"IdOk", "IdNest", "EnOk", "LamOk", "NamedOp", "PassedOn", "InstOk", "Multi", "FairOk", "ForallOk", "FairSpec"}},
		{12, []string{"IdInv", "LamInv", "InstInv", "LetInv"}},
		{13, []string{"EnFail", "LamFail", "InstFail", "LetArg", "FairFail", "ForallFail", "InitOp"}},
		{255, []string{"AlArg", "IdOr", "ForallOr", "ExistsOp", "Equiv", "StateSet", "Unbounded", "InstEv"}},
	} {
		for _, name := range c.names {
			tlcGoldenRun(t, dir, "TA"+name, nil, c.code, withSpec("TA"))
		}
	}
	// A [] conjunct of the specification whose argument is of constant
	// or state level, as SANY levels it (a parameter's level is constant
	// whatever it stands for): TLC's refusal too, without any PROPERTY
	// (SpecProcessor.processConfigSpec). []<>P is fairness (BoxLive).
	for _, name := range []string{"BoxState", "BoxParam", "BoxTemporal"} {
		tlcGoldenRun(t, dir, "TASpec"+name, nil, 255, withSpec("TASpec"))
	}
	tlcGoldenRun(t, dir, "TASpecBoxLive", nil, 0, withSpec("TASpec"))
}
