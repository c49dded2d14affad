package main

import (
	"path/filepath"
	"testing"
)

// TestTLCCoverageMechanisms compares `wspcycle tlc -coverage 1` with TLC's
// runs kept in model/testdata/tlc/coverage (TLC rev cc6b616), plain and
// -tool, on small specs made to isolate what differed from TLC on the
// tlaplus/Examples models (each spec's comment says what):
//
//   - CovModOrd: actions of several modules are listed in the order of the
//     module names' intern tokens (ACP_NB_TLC's actions of ACP_NB before
//     those of the ACP_SB it extends); they were listed in Next's order.
//   - CovFldAct: a record field r.f as a conjunct of an action counts its
//     evaluations as well as the states generated through it (ACP's
//     participant[i].alive counted 536 of TLC's 9104).
//   - CovRcdFcn: record sets and sets of functions nested in one another
//     in the initial predicate: each enumerated by its own odometer, with
//     its costs, and a record set's fields listed as written, as $Pairs
//     (ACP_NB_TLC's Init listed one line, its fields out of order).
//   - CovSetSet: a set built inside a set keeps its constructor's node,
//     and enumerating it through a name bound to it (a quantifier's
//     variable, an operator's parameter) costs there (MCPaxos' {{a1}}:
//     the inner {a1} counted no cost).
//   - CovSetArg: such sets enumerated by an operator's parameter cost
//     what each loop fetched, also as the second set of a quantifier
//     with two (MCPaxos' ShowsSafeAt(Q, b, v)).
//   - CovDomProd: a function constructor a state stores whose domain is a
//     product or a set of records costs the domain's odometer when TLC
//     turns it into a table (MCEcho's [edge \in N1 \X N1 |-> ...]: the
//     product counted no cost and its sets were not listed).
//   - CovOvrFcn: x = C with the cfg's C <- F, F's body a function
//     constructor, costs as the constructor written there (its size,
//     its domain's enumeration; both counted nothing).
//   - CovPrintFcn: PrintT(C) of such a C prints a copy, whose table
//     counts the domain's enumeration only; ToString(C) counts as a
//     state's table (MCEcho's PrintT(R): the body was counted 9 times).
//   - CovFcnEager: a constructor over an interval or an enumerated set
//     not read as an applied function is a table as TLC builds it
//     (DOMAIN of it, also through an operator or an INSTANCE
//     substitution: EWD998ChanID's Node2Nat, whose size was not counted).
func TestTLCCoverageMechanisms(t *testing.T) {
	dir := filepath.Join("..", "..", "model", "testdata")
	for _, name := range []string{"CovModOrd", "CovFldAct", "CovRcdFcn", "CovSetSet", "CovSetArg", "CovDomProd", "CovOvrFcn", "CovPrintFcn", "CovFcnEager"} {
		requireInOutput(t, filepath.Join(dir, "tlc", "coverage", name+".text.out"), "End of statistics.")
		tlcGoldenRunIn(t, dir, filepath.Join(dir, "tlc", "coverage"), name, []string{"-coverage", "1"}, 0)
	}
}
