package main

import (
	"bytes"
	"context"
	"path/filepath"
	"strings"
	"testing"
)

// While it searches, TLC evaluates what its liveness checking needs of
// each state, and prints what that prints (model/liveprints.go). TLC's
// runs (rev cc6b616, -workers 1, plain and -tool) are in
// model/testdata/tlc/liveprint, whose README says how they were made
// independent of TLC's hash order of successors:
//   - LiveWF: A prints <<"A", x>>, WF_x(A); Ends == <>(P) with P printing
//     TRUE, Often == []<>Q with Q printing <<"A", x>>, Calm == <>[]R with
//     R printing <<"calm", x>>. Two branches: Ends' (a tableau of one
//     node, []~P) and the others'. Each initial state: P once (its
//     consistency with the initial tableau node). Each state s0 expanded,
//     after A's own line: in Ends' branch, for the successor and for s0
//     itself, ENABLED <<A>>_x (A's line) and, on the successor only, A
//     (A's line again), then P in the successor and in s0; in the other
//     branch the same and Q in s0 per successor, then R in s0.
//   - LiveAgain: TLC generates the successors of n = 2, 3 and 4 again
//     while it builds the product graphs of its four branches (model's
//     livereexpand.go): Dec's and Stop's lines once more there, and the
//     WF step predicate's on those successors, as TLC prints them.
//   - LiveSF2: LiveAgain's spec with SF_n(Dec) /\ WF_n(Next), Dec and
//     Stop printing the same text: SF_n(Dec) is two disjuncts of TLC's
//     normal form (<>[]~ENABLED <<Dec>>_n, []<><<Dec>>_n), each a step
//     predicate of every branch, after the WF condition's (TLC's order).
//   - LiveBox: an invariant Inv and a property Safe == []P (P a state
//     predicate, which TLC checks as an invariant), both printing, and
//     Ends == <>(P) with P printing TRUE: for each initial state, TRUE
//     (its consistency with the tableau's initial node) before Inv's and
//     Safe's lines; for each new state, Inv's then Safe's.
//   - LiveCex: four properties, all violated by the lasso x = 0, 1, 2,
//     back to 0 (model/liveonlasso.go). After "Checking temporal
//     properties" TLC evaluates each property's conjuncts on the lasso,
//     from position 0 (cycle from 0): P2 == []<>(R2 /\ x = 5) prints
//     <<"p2", x>> for x = 0, 1, 2 (the [] stops at its first false);
//     P3 == <>[](R3 /\ x = 1) prints <<"p3", 0>> three times ([] from each
//     position starts at the cycle, false at 0); P5's two []<> conjuncts
//     both print (each conjunct is a property of its own to TLC, the
//     second evaluated though the first is false); P6 likewise. During
//     the search, ~P3 and P6's ~<>[] part are []<>~R3 and []<>~R6b,
//     which TLC gathers into []<>(~R3 \/ ~R6b) (model/liveaedisj.go):
//     <<"p6b", x>> is printed only for x = 1, where R3 holds.
//   - LiveStut: no fairness, a lasso stuttering in x = 2 (cycle at its
//     last state): Stay == <>[](S /\ x = 0) prints "stay" for 0, 1, 1,
//     2 (the [] from 0 stops at 1, the one from 1 at 1, the one from 2
//     at 2), Hit == []<>(H /\ x < 2) "hit" for 0, 1, 2.
//   - LiveAct: actions in properties, Often == []<><<PA>>_x and
//     Calm == <>[][PB]_x, PA and PB both printing
//     <<"act", x>> (the same for every successor). Per state expanded,
//     after the WF condition's: for the successor, PA (x' # x holds)
//     then PB; for the state itself, PB only: TLC evaluates the
//     subscript of <<PA>>_x first (model/liveaction.go) but [PB]_x as a
//     whole, PB first. On the lasso: PA at 0, 1, 2 ([]<> stops at its
//     first false), then PB at 0, 1, 2 three times (<> of [] from each
//     position, each [] going from the cycle's start to the false step
//     2 -> 0).
//   - LiveConst: constant-level parts of properties, which TLC evaluates
//     while it builds its liveness problem, after "Starting..." and
//     before "Implied-temporal checking", and folds
//     (model/liveconst.go, tla/eval/liveconst.go): P2's TRUE /\
//     PrintT("k") prints "k" twice (the conjunct, then the conjunction);
//     P3's and P4's left sides once; P5's R("r") twice (R's body, then
//     the application); P6's two conjuncts, then both again; P7's
//     PrintT("s") once there (its conjunction is state-level, evaluated
//     on the states: "s" again where x = 1); P8's \A prints 1, 2 for
//     the copies of its body, then 1, 2 for the whole; P9's IF guard
//     once there and on every state; P10's LET definition a three times
//     (its body, the name, the conjunction: a LET's definition is no
//     value computed at TLC's start), P11's twice (the LET itself is no
//     node of TLC's). P1's PrintT("c") is a conjunct of
//     the property of its own: an implied init, printed on the initial
//     state. Folded, P3 and P4 are []<>-properties: 2 branches, not 4.
//   - LiveFairQ, LiveFairSF, LiveFairAE, LiveFairEA (LiveFair.tla, one
//     cfg each): fairness other than one WF/SF conjunct. \A i \in {1, 2}
//     : WF_x(A(i)) (and SF) are two conditions, each evaluated per
//     successor as one is; []<><<A(1)>>_x and <>[](R) conjuncts of the
//     specification are in every disjunct of TLC's normal form, step
//     and state predicates as a property's are (A(1) on each successor
//     that changes x, R on each state), after the search's own lines of
//     the state. Every evaluation from a state prints <<"A", x>> of that
//     state, so that TLC's order of the successors does not show (its
//     runs with -fp 3 and 41 printed the same).
//   - LiveOrderFirst, LiveOrderLast, LiveOrderState (LiveOrder.tla, one
//     cfg each): a WF/SF after another temporal conjunct of the
//     specification. TLC's normal form keeps the conjuncts' order, so
//     with <>[][A]_x /\ SF_x(B) each step evaluates A ([A]_x) before
//     ENABLED <<B>>_x (<<"A", x>> before <<"B", x>>), and after them with
//     SF_x(B) /\ <>[][A]_x; B's print follows x' = x, so <<B>>_x never
//     reaches it and what is printed per successor is the same for all
//     (TLC's runs with -fp 0 to 3 printed the same).
//   - LiveDeadlock: a deadlock, P of <>P printing the same text in
//     every state: TLC reports the deadlock, its trace and the rebuilt
//     trace's prints, and only then adds the deadlocked state to its
//     liveness graph, printing P's text last (TLC's runs with -fp 3, 20
//     and 41 printed the same).
//   - TraceLive (its spec in model/testdata/tlc/print, TLC's runs here):
//     the whole output, the search's lines as well as the
//     counterexample's (TestTLCLivePrintsGolden compares the latter).
func TestTLCLivePrintsSearchGolden(t *testing.T) {
	dir := filepath.Join("..", "..", "model", "testdata", "tlc", "liveprint")
	tlcGoldenRun(t, dir, "LiveWF", nil, 0)
	tlcGoldenRun(t, dir, "LiveAgain", nil, 0)
	tlcGoldenRun(t, dir, "LiveSF2", nil, 0)
	tlcGoldenRun(t, dir, "LiveBox", nil, 0)
	tlcGoldenRun(t, dir, "LiveCex", nil, 13)
	tlcGoldenRun(t, dir, "LiveStut", nil, 13)
	tlcGoldenRun(t, dir, "LiveAct", nil, 13)
	tlcGoldenRun(t, dir, "LiveConst", nil, 0)
	tlcGoldenRun(t, dir, "LiveDeadlock", nil, 11)
	for _, name := range []string{"LiveFairQ", "LiveFairSF", "LiveFairAE", "LiveFairEA"} {
		tlcGoldenRun(t, dir, name, nil, 0, withSpec("LiveFair"))
	}
	tlcGoldenRun(t, dir, "LiveOrderFirst", nil, 13, withSpec("LiveOrder"))
	tlcGoldenRun(t, dir, "LiveOrderLast", nil, 13, withSpec("LiveOrder"))
	tlcGoldenRun(t, dir, "LiveOrderState", nil, 0, withSpec("LiveOrder"))
	print := filepath.Join("..", "..", "model", "testdata", "tlc", "print")
	tlcGoldenRunIn(t, print, dir, "TraceLive", nil, 13)
}

// TestTLCLivePrintsWorkers: with more workers, what TLC's liveness
// evaluations print during the search is printed as with one worker
// (model.checker.searchWorkers: such a run expands its states with one
// goroutine), the header's worker count aside. We printed none of it:
// the evaluations were made only with one worker, and the checker's own
// evaluations of the predicates printed instead. (TLC's own workers print
// them in an order, and a number, that vary from run to run.)
func TestTLCLivePrintsWorkers(t *testing.T) {
	dir := filepath.Join("..", "..", "model", "testdata", "tlc", "liveprint")
	cex := filepath.Join("..", "..", "model", "testdata", "tlc", "liveprints")
	for _, w := range []string{"2", "4"} {
		for _, name := range []string{"LiveWF", "LiveAgain", "LiveSF2", "LiveBox", "LiveConst"} {
			tlcGoldenRun(t, dir, name, nil, 0, withWorkers(w))
		}
		for _, name := range []string{"LiveCex", "LiveStut", "LiveAct"} {
			tlcGoldenRun(t, dir, name, nil, 13, withWorkers(w))
		}
		for _, name := range []string{"LiveFairQ", "LiveFairSF", "LiveFairAE", "LiveFairEA"} {
			tlcGoldenRun(t, dir, name, nil, 0, withSpec("LiveFair"), withWorkers(w))
		}
		tlcGoldenRun(t, dir, "LiveOrderFirst", nil, 13, withSpec("LiveOrder"), withWorkers(w))
		tlcGoldenRun(t, dir, "LiveOrderLast", nil, 13, withSpec("LiveOrder"), withWorkers(w))
		tlcGoldenRun(t, dir, "LiveOrderState", nil, 0, withSpec("LiveOrder"), withWorkers(w))
		for _, name := range []string{"CexConst", "CexReplaced", "CexTwo", "CexConj", "CexForall", "CexSF", "CexOp", "CexFold", "CexMixed"} {
			tlcGoldenRun(t, cex, name, nil, 13, withWorkers(w))
		}
		for _, name := range []string{"CexExists", "CexLeadsTo"} {
			tlcGoldenRun(t, cex, name, nil, 13, withAlternate(), withWorkers(w))
		}
	}
}

// TestTLCLivePrintsDisk: the disk-backed search (-checkpoint N) prints
// what TLC's liveness evaluations print as the in-memory search does,
// TLC's goldens of TestTLCLivePrintsSearchGolden (the header's store
// aside, which normalising leaves out). Such a run was refused the disk
// store (it said so and ran in memory), and before that printed none of
// it; the disk store's identification of the model (modelID) evaluated
// Init and Next in the initial states once more, printing what they
// print, which TLC does not do.
func TestTLCLivePrintsDisk(t *testing.T) {
	dir := filepath.Join("..", "..", "model", "testdata", "tlc", "liveprint")
	disk := func() []string { return []string{"-checkpoint", "5", "-metadir", filepath.Join(t.TempDir(), "meta")} }
	var out, errb bytes.Buffer
	args := append(append([]string{"tlc"}, disk()...), "-config", filepath.Join(dir, "LiveWF.cfg"), filepath.Join(dir, "LiveWF.tla"))
	if code := run(context.Background(), args, &out, &errb); code != 0 || !strings.Contains(out.String(), "disk-backed fingerprint set") || errb.Len() > 0 {
		t.Fatalf("LiveWF with -checkpoint: exit %d, not a disk-backed run: %s%s", code, out.String(), errb.String())
	}
	for _, name := range []string{"LiveWF", "LiveAgain", "LiveSF2", "LiveBox", "LiveConst"} {
		tlcGoldenRun(t, dir, name, disk(), 0)
	}
	for _, name := range []string{"LiveCex", "LiveStut", "LiveAct"} {
		tlcGoldenRun(t, dir, name, disk(), 13)
	}
	for _, name := range []string{"LiveFairQ", "LiveFairSF", "LiveFairAE", "LiveFairEA"} {
		tlcGoldenRun(t, dir, name, disk(), 0, withSpec("LiveFair"))
	}
}
