package main

import (
	"path/filepath"
	"testing"
)

// TestTLCCoverageLiveGolden compares `wspcycle tlc -coverage 1` with
// TLC's own run (model/testdata/tlc/coverage), plain and -tool, on specs
// with temporal properties checked with a tableau. While TLC builds the
// product of the state graph with a tableau it generates a state's
// successors again, action by action, each time it first meets a node
// <s, t> after s was expanded (model/livereexpand.go); those evaluations
// count as the search's do. Derived from TLC's sources (LiveCheck's
// TableauLiveChecker, TBGraph) and its runs:
//
//   - CovLiveIf: Ends == IF n % 2 = 0 THEN <>(n = 0) ELSE <>(n = 1) is
//     four branches (TLC expands the IF into a disjunction; its negation
//     has four disjuncts): G /\ ~G, which has no tableau node; ~G /\
//     [](n # 1) and G /\ [](n # 0), whose initial node holds the guard
//     and whose other node does not; [](n # 0) /\ [](n # 1), whose other
//     node lacks the conjunction (the initial particle's). Every state is
//     initial, so a node <s, t> with t not initial is met after s is
//     expanded (at the latest through the stuttering step): TLC generates
//     the successors of n = 3 again in the second branch, of n = 2 and 4
//     in the third, of n = 2, 3 and 4 in the fourth, and reports Dec 0:9,
//     the search's 3 and 6 more, each expression of Dec and Stop
//     evaluated 6 times more.
//
//   - CovLiveLeads: (y = 1) ~> (x = 3), <>[](x = 3) (no tableau) and
//     [](x = 1 => <>(y = 1 \/ x = 2)) over 8 states reached from one: TLC
//     generates the successors of three states again, one of them twice,
//     and reports Inc 3:10 and Flip 4:12 where the search alone gives 3:6
//     and 4:8.
func TestTLCCoverageLiveGolden(t *testing.T) {
	dir := filepath.Join("..", "..", "model", "testdata")
	for _, name := range []string{"CovLiveIf", "CovLiveLeads"} {
		requireInOutput(t, filepath.Join(dir, "tlc", "coverage", name+".text.out"), "End of statistics.")
		tlcGoldenRunIn(t, dir, filepath.Join(dir, "tlc", "coverage"), name, []string{"-coverage", "1"}, 0)
	}
}

// TestTLCCoverageLiveCosts compares `wspcycle tlc -coverage 1` with TLC's
// run (model/testdata/tlc/coverage), plain and -tool, on specs whose
// properties make TLC enumerate sets the search stored in its states.
// TLC evaluates its liveness predicates with CostModel.DO_NOT_RECORD, so
// that they count nothing of their own, but a stored set keeps the node
// of the expression that built it and each enumeration costs there
// (tla/eval's covlive.go):
//
//   - CovLiveWF: WF_v(Next) with Next's \E x \in s over Init's {1, 2, 3},
//     kept by UNCHANGED s. For each state, TLC evaluates ENABLED <<Next>>_v
//     per successor and for the stuttering step, and <<Next>>_v on each
//     step; each \E stops at the first x that does, its enumerator having
//     fetched one more value: Init's set costs 63, the search alone 12.
//   - CovLiveLet: a LET d == {m \in mb : m > 0} used twice in WF_v(Next)'s
//     action: the search's generator evaluates d at each use (the set mb
//     enumerated twice per state), TLC's enabled and eval once per
//     evaluation (a LazyValue): 30, where the search alone costs 12.
//   - CovLiveState: <>[](Stab \/ n >= 0), Stab enumerating the sets of a
//     function: each state's Stab enumerates Init's {} and the {n} a union
//     with {} stored (a union with a non-empty set keeps no node).
//   - CovImplied: an implied action [][A]_v of an INSTANCE: its
//     enumerations of the stored set s cost on Init's {0}, and its reads
//     of the substituted s and n count on the INSTANCE's nodes (listed
//     under the invariant I!Big), once per evaluation unprimed, at each
//     read primed.
//   - CovLivePrLet: WF_n(Next), Next's LET d == PrintT(..) used twice as
//     a conjunct: the search prints d at each use, and so does TLC's
//     ENABLED, but its step <<Next>>_n, an expression, once. Under
//     coverage the step evaluated d at each use (one print per state
//     more than TLC's): the liveness checker's code keeps the expression
//     form of such a conjunct (eval's letmode.go) as it does without
//     coverage.
func TestTLCCoverageLiveCosts(t *testing.T) {
	dir := filepath.Join("..", "..", "model", "testdata")
	for _, name := range []string{"CovLiveWF", "CovLiveLet", "CovLiveState", "CovImplied", "CovLivePrLet"} {
		requireInOutput(t, filepath.Join(dir, "tlc", "coverage", name+".text.out"), "End of statistics.")
		tlcGoldenRunIn(t, dir, filepath.Join(dir, "tlc", "coverage"), name, []string{"-coverage", "1"}, 0)
	}
}
