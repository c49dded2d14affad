package main

import (
	"path/filepath"
	"strings"
	"testing"
)

// TestTLCCoverageVerdict runs `wspcycle tlc -coverage 1` on specs whose
// search ends with a verdict and compares the whole output with TLC's
// (model/testdata/tlc/coverage/verdict; what each spec shows is below),
// plain and -tool. TLC's counts then include what it evaluates to
// rebuild the trace from fingerprints (model's covrebuild.go), derived in
// TLC's sources (rev cc6b616: ConcurrentTLCTrace.printTrace,
// Worker.doPostCondition, Tool.getState) and checked on these runs:
//
//   - CovViol (Inv violated in the 4th state, s2, found from s1, the 3rd):
//     the trace is rebuilt twice, for printing (Init, the steps to s1, the
//     step to s2) and for the POSTCONDITION (Init, every step), so Init
//     counts 2 + 2*2 = 6:6, and Next is evaluated 6 times more: Flip, first,
//     each time (0:11 = 5 of the search + 6), Inc each time (5:11); Inc's
//     conjuncts count 10, not 11, as the violating state's generation
//     ended in an exception in TLC's worker (counted by the operands, 11,
//     not through the conjuncts); the variables' counts leave the violating
//     state out (x: 2, for the values 1 and 2 of the states queued).
//   - CovViolCont: the same with -continue: each of the 6 violations is
//     printed with its trace (Init, the steps) and no POSTCONDITION: Init
//     14:14 = 2 + 6*2.
//   - CovDead (a deadlock): the trace to the deadlocked state s1, then
//     once more (Init 6:6).
//   - CovDeadCont: the same with -continue, which records no invariant
//     violation: the deadlock's rebuilds are counted as without it (their
//     counts were once replaced by -continue's, none: Init 2:2).
//   - CovFirst (s1 initial): printing rebuilds only the step to s2, the
//     POSTCONDITION Init and the step.
//   - CovSplit: TLC makes one action per binding of \E d \in {1, 2}
//     (a set it evaluates without a state) and rebuilding a step stops
//     after the action that matched: Inc(2) is not evaluated after Inc(1)
//     matched, neither counted nor printed (its PrintT prints once less
//     than the split's actions would).
//   - CovLive (a temporal property): the lasso is rebuilt once, Init, the
//     steps, and the step that closes it (Up 2:5, Wrap 0:2).
//   - CovNameMod, CovNameAsg, CovNameLet, CovNameArg: a function
//     constructor reached through a name (a module definition, applied in
//     a guard or an assignment; a LET definition; an operator's parameter
//     bound to the constructor written as the argument) whose body does a
//     TLCSet that Inv reads: TLC applies the lazy function, evaluating the
//     body at the argument only (covCountedApp), and finds the deadlock;
//     building the function ran the TLCSet at every point, and the
//     report said Inv was violated. CovNameErr: a body failing at a point
//     never applied is no error. CovNameNest (F[1][a]) and CovNameArgDef
//     (F passed by name to Op(f) == f[a]): the point is evaluated first
//     (covBuildFirst), the body having an effect.
//   - CovNameInst (I!F[x + 1]) and CovNameInstP (J(x)!G(x)[x + 1], a
//     parameterised instance, and a LET instance's L!F[x + 1]): the
//     constructor reached through INSTANCE (lazyinst.go), TLC's deadlock
//     where building reported Inv violated.
//   - CovNameLetRes: (LET K == G(x) IN K)[x], G's body with the TLCSet,
//     TLC's deadlock; the point is evaluated uncounted (covBuildFirst),
//     so only the verdict, the trace and the report's items are
//     compared, not the counts under them (TLC lists G's body).
func TestTLCCoverageVerdict(t *testing.T) {
	dir := filepath.Join("..", "..", "model", "testdata", "tlc", "coverage", "verdict")
	for _, tc := range []struct {
		name, spec string
		flags      []string
		exit       int
	}{
		{"CovViol", "CovViol", nil, 12},
		{"CovViolCont", "CovViol", []string{"-continue"}, 0},
		{"CovDead", "CovDead", nil, 11},
		{"CovDeadCont", "CovDead", []string{"-continue"}, 11},
		{"CovFirst", "CovFirst", nil, 12},
		{"CovSplit", "CovSplit", nil, 12},
		{"CovLive", "CovLive", nil, 13},
		{"CovNameMod", "CovNameMod", nil, 11},
		{"CovNameAsg", "CovNameAsg", nil, 11},
		{"CovNameLet", "CovNameLet", nil, 11},
		{"CovNameArg", "CovNameArg", nil, 11},
		{"CovNameErr", "CovNameErr", nil, 11},
		{"CovNameNest", "CovNameNest", nil, 11},
		{"CovNameArgDef", "CovNameArgDef", nil, 11},
		{"CovNameInst", "CovNameInst", nil, 11},
		{"CovNameInstP", "CovNameInstP", nil, 11},
	} {
		tlcGoldenRun(t, dir, tc.spec, append([]string{"-coverage", "1"}, tc.flags...), tc.exit, withOutput(tc.name))
	}
	tlcGoldenRun(t, dir, "CovNameLetRes", []string{"-coverage", "1"}, 11, comparing(coverageItems))
}

// coverageItems is a normalised output without the expressions' counts
// of TLC's coverage report (its indented lines, with -tool each in a
// message of its own, dropped whole), items and all else kept.
func coverageItems(out string) string {
	ls := strings.Split(out, "\n")
	count := func(i int) bool {
		return i >= 0 && i < len(ls) && strings.HasPrefix(ls[i], "  ") && strings.Contains(ls[i], " of module ")
	}
	var keep []string
	for i, l := range ls {
		switch {
		case count(i):
		case strings.HasPrefix(l, "@!@!@STARTMSG") && count(i+1):
		case strings.HasPrefix(l, "@!@!@ENDMSG") && count(i-1):
		default:
			keep = append(keep, l)
		}
	}
	return strings.Join(keep, "\n")
}
