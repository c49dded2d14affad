package main

import (
	"path/filepath"
	"testing"
)

// TestTLCCoverageLetRecArgs compares `wspcycle tlc -coverage 1` with TLC's
// runs kept in model/testdata/tlc/coverage (TLC rev cc6b616), plain and
// -tool, on small specs isolating what differed from TLC on Examples'
// Chameneos and MCEcho (each spec's comment says what):
//
//   - CovLetOperand: a LET that is an operand (A => LET ...) lists its
//     definitions before its body (they were listed after).
//   - CovRecLazyArg: a function definition a RECURSIVE operator takes by
//     name counts where the body first reads the parameter, not at each
//     application (Chameneos' Sum(f, S \ {x}) listed f's siblings not).
//   - CovTupleArg: the arguments of f[a, b] are listed under their tuple's
//     node, with the application's range (Echo's R[m, n]).
//   - CovLazyApp2: R[m, n], R <- R1 a constructor of one name, counts its
//     body at <<m, n>> only (Echo's R counted the whole table each time).
//   - CovDiffEnum: \A n \in L \ R costs on the node that built L (Echo's
//     \A n \in Node \ {initiator} with Node <- N1 cost nothing).
//   - CovCostApp: f' = mc(f), mc's body a function constructor, costs on
//     it and its domain as a constructor written there (Echo's multicast).
//   - CovArgOvr: a parameter bound to Node, Node <- N1, enumerated costs on
//     N1's set (Echo's IsIrreflexive(anc, Node) cost nothing).
//   - CovLazyArg: a function constructor passed as an argument and applied
//     through the parameter counts its body at the points applied only.
//   - CovRecLazy: a RECURSIVE operator's value arguments count where its
//     body first reads the parameter (never for one only passed on), and
//     a user-defined infix operator's operands are listed after its body
//     (SDP_Verification's bitwise Xor: its recursive application's
//     arguments were counted at each application).
//   - CovFcnStore: a function constructor whose value a state holds
//     inside another value costs its elements once per evaluation, and a
//     constant one counts its domain at each evaluation (EWD998ChanID's
//     clocks cost nothing).
//   - CovFcnFail: such a value costs at the assignment, also when the
//     action then fails (EWD998ChanID's Merge in InitiateProbe).
//   - CovSeqOp: the operator SelectSeq and SortSeq apply counts nothing
//     (EWD998ChanID's SelectSeq(inbox[m], LAMBDA msg: ...) listed its
//     body).
//   - CovInstNest: a definition reached through nested instances lists
//     the substitutions of each under the reference, outermost first
//     (EWD998ChanID's EWD998Chan!EWD998!TD!Safe listed the outer ones at
//     the top of the invariant's tree).
//   - CovRecCons: a LET function definition whose body is a constructor,
//     applied at a point, lists the constructor under the definition,
//     counted at each point, and counts the definition and its domain
//     once per evaluation of the LET (both were 0, their children listed
//     flat, Nat counted at each point; echo's TransitiveClosure).
func TestTLCCoverageLetRecArgs(t *testing.T) {
	dir := filepath.Join("..", "..", "model", "testdata")
	for _, name := range []string{"CovLetOperand", "CovRecLazyArg", "CovTupleArg", "CovLazyApp2", "CovDiffEnum", "CovCostApp", "CovArgOvr", "CovLazyArg", "CovRecLazy", "CovFcnStore", "CovFcnFail", "CovSeqOp", "CovInstNest", "CovRecCons"} {
		requireInOutput(t, filepath.Join(dir, "tlc", "coverage", name+".text.out"), "End of statistics.")
		tlcGoldenRunIn(t, dir, filepath.Join(dir, "tlc", "coverage"), name, []string{"-coverage", "1"}, 0)
	}
}
