package eval_test

import (
	"context"
	"path/filepath"
	"strings"
	"testing"

	"github.com/wspcycle/wspcycle/model"
	"github.com/wspcycle/wspcycle/tla/eval"
)

// TestLanguage checks the specs of testdata/lang, one per construct of
// the language beyond first-order definitions, against TLC's verdicts and
// counts (TLC ran on each; the counts are derived here by hand).
func TestLanguage(t *testing.T) {
	dir := filepath.Join("testdata", "lang")
	for _, tc := range []struct {
		spec                string
		result              string
		msg                 string // a part of the error message, for ResultError
		distinct, generated int64
	}{
		// x runs 0..4 and stays at 4; every invariant conjunct holds
		// (Sum(0..x) = x(x+1)/2, parity by mutual recursion, a fold with
		// an operator parameter passed on, a LET RECURSIVE): 5 distinct,
		// 1 initial + 5 successors generated.
		{"Recursion", model.ResultOK, "", 5, 6},
		// Next is a LAMBDA assigning x' passed to Move: x runs 0, 2, 4
		// (Twice(Inc, v) while v \prec 4) and stays at 4: 3 distinct,
		// 1 + 3 generated.
		{"HigherOrder", model.ResultOK, "", 3, 4},
		// NoVal = NoVal in the cfg: the unbounded CHOOSE is never
		// evaluated; x goes from NoVal to 1 (TLC's CHOOSE over {1, 2}) and
		// stays: 2 distinct, 3 generated.
		{"NoVal", model.ResultOK, "", 2, 3},
		// Once x = 1 the invariant evaluates \E v : v = x.
		{"NoValNeeded", model.ResultError, "TLC attempted to evaluate an unbounded \\E.", 2, 2},
		// Init evaluates the unbounded CHOOSE: no state.
		{"NoValEval", model.ResultError, "TLC attempted to evaluate an unbounded CHOOSE.", 0, 0},
		// Down never reaches its base case: TLC overflows its stack on the
		// initial state's invariant; here the depth limit stops it.
		{"RecDeep", model.ResultError, "The recursive operator Down was applied more than", 1, 1},
		// x' \in {x + 1, x + 2} while x < 3, each successor passing
		// through recursive operators applied to x': states 0..4, 1 + 2 * 3
		// generated.
		{"RecPrimed", model.ResultOK, "", 5, 7},
		// Some == \E i \in 1..3 : Depth(i) > 0, constant though it applies
		// a RECURSIVE operator: TLC evaluates it before the search, so Next
		// has one successor per state, not one per witness: x runs 0, 1;
		// 1 initial + 2 * 1 generated (TLC: 3; expanded it would be 7).
		{"RecConstAction", model.ResultOK, "", 2, 3},
		// Bad, a constant CHOOSE through a RECURSIVE operator with no
		// witness, fails where it is needed: the invariant at x = 1 (TLC
		// reports it there, after 2 states, with the CHOOSE's message).
		{"RecConstError", model.ResultError, "no element of S satisfied P", 2, 2},
		// Nested recursive function applications keep each level's binder
		// and LET values: the invariant holds (TLC: 1 distinct state, 1 +
		// 1 generated).
		{"RecSlots", model.ResultOK, "", 1, 2},
		// K == R(2) is met while the body of R, which reads x, is being
		// compiled: state-level, evaluated in every state (TLC: x runs 0,
		// 1, 2, the invariant holds; 1 + 3 generated).
		{"RecPending", model.ResultOK, "", 3, 4},
		// Labels evaluate to their bodies: x runs 0, 1, 2 (no deadlock
		// check): 3 distinct, 3 generated.
		{"Labels", model.ResultOK, "", 3, 3},
		// Labels through instances (M!Op!lab, M!Par(1)!inner(3),
		// N(7)!Op!lab, N(2)!Nest!l1!l2): x runs 6..10 where Inv fails
		// (LabInst.tla derives it; TLC: 5 distinct, 5 generated).
		{"LabInst", model.ResultInvariant, "", 5, 5},
		// TLCExt's run-dependent operators (TLCExtOps.tla says what TLC
		// gives each): x runs 0..3, every ASSUME, conjunct and the
		// POSTCONDITION holding, 4 distinct, 1 + 3 generated.
		{"TLCExtOps", model.ResultOK, "", 4, 4},
		// TLCGet("spec") equals the record TLC printed for this spec
		// (TLCSpec.tla): x runs 0, 1, 2, back to 0; 3 distinct, 1 + 3
		// generated.
		{"TLCSpec", model.ResultOK, "", 3, 4},
		// ENABLED of an instance's action where a variable is replaced by
		// an expression (MapBase.tla and each spec's header say why; TLC
		// gives the same verdicts and counts): y runs 0, 2, 4.
		{"MapExpr", model.ResultOK, "", 3, 3},
		{"MapExprUnfair", model.ResultProperty, "", 3, 3},
		// x, z <- y: TLC's ENABLED leaves x and z free, not y.
		{"MapShared", model.ResultProperty, "", 1, 1},
		// ENABLED in the abstract module, as an invariant: y runs 0, 1;
		// 1 initial + 2 generated.
		{"MapEnabledInv", model.ResultOK, "", 2, 3},
		// WF_x(x < 5): x' is free when the subscript reads it (TLC's
		// message), after the one state.
		{"MapFreeRead", model.ResultError, "does not specify the primed value of the variable x", 1, 1},
		// What TLC evaluates lazily (the header comment of each spec
		// derives its counts; TLC gives the same).
		// Inc(x) == x' = x + 1 through a parameter: x runs 0, 1, 2.
		{"LazyParamPrime", model.ResultOK, "", 3, 3},
		// a == x' read after x' is assigned: x runs 0, 1, 2.
		{"LazyDefPrime", model.ResultOK, "", 3, 3},
		// [i \in Nat |-> i + 1][x] at one point, filters over Int and Nat
		// for membership: x runs 0..3.
		{"LazyNatFcn", model.ResultOK, "", 4, 4},
		// SUBSET (1..23) \subseteq SUBSET (1..42), [S -> T] and record
		// set membership, x \in Nat: x runs 0, 1, 2.
		{"LazySubset", model.ResultOK, "", 3, 3},
		// A RECURSIVE operator's unused argument 1 \div 0 is no error.
		{"LazyRecArg", model.ResultOK, "", 3, 3},
		// g[1] with body UNCHANGED x is an action: 1 + 2 + 3 + 3 generated.
		{"FcnUnchanged", model.ResultOK, "", 3, 9},
		// (LET y == x' IN y) = e assigns x', in Next and in ENABLED.
		{"LazyLetPrime", model.ResultOK, "", 3, 3},
		// a \in {P \in SUBSET SUBSET (1..5) : ...} without the 2^32 sets.
		{"LazyFilterMember", model.ResultOK, "", 3, 3},
		// TLC's run-dependent operators (TLC ran on each). TLCGet("level")
		// is 0 in the ASSUMEs and Init, the expanded state's level in
		// Next, the checked state's in the invariant; register 3, set to
		// 10 by an ASSUME, counts the steps: x runs 0..3, 4 distinct,
		// 1 + 3 generated.
		{"TLCLevel", model.ResultOK, "", 4, 4},
		// The invariant TLCGet("level") < 3 fails in the third state
		// (x = 2, level 3): 3 distinct, 3 generated.
		{"TLCLevelFail", model.ResultInvariant, "", 3, 3},
		// R == RandomElement(1..1000) is drawn once (else y \in {0, R}
		// fails with probability 999/1000 each step); Any holds 1.
		{"RandomConst", model.ResultOK, "", 4, 4},
		// A \cdot B from x = 0: A leads to x = 1, 2, 3, B (x > 1) takes
		// 2 and 3 to 20 and 30. TLC counts the 3 intermediate states:
		// 1 + 3 + 2 = 6 generated, 3 distinct.
		{"Compose", model.ResultOK, "", 3, 6},
		// The conjunct x' >= 10 after the composition also constrains
		// A's steps (x' = 1..3), as in TLC: no successor, 1 generated.
		{"ComposeRest", model.ResultOK, "", 1, 1},
		// The POSTCONDITION reads the finished run's counts (4 distinct,
		// 4 generated) at level 0; TLC finds the first true, the second
		// ("distinct = 5") false: "Postcondition Post at line 7, col 9 to
		// line 7, col 92 of module PostFalse is false.", exit 10.
		// TLCSet("exit", TRUE) while expanding x = 3: TLC finishes that
		// state (x = 4 is generated and left on the queue) and reports no
		// error: 5 distinct, 5 generated.
		{"TLCExit", model.ResultOK, "", 5, 5},
		{"PostTrue", model.ResultOK, "", 4, 4},
		{"PostFalse", model.ResultPostcondition, "Postcondition Post is false.", 4, 4},
		// A trace spec reading its log with Json's ndJsonDeserialize (the
		// blank line skipped): x = 10, then the steps +1, +3, +2 matched by
		// <<x' = x + inc>>_x in the ACTION_CONSTRAINT at TLCGet("level"):
		// 10, 11, 14, 16. Each of the 4 states generates its 3 successors
		// (the constraint filters them after): 1 + 12 generated; the
		// POSTCONDITION's diameter 4 - 1 = 3 steps holds. TLC: 13 generated,
		// 4 distinct, no error.
		{"JsonTrace", model.ResultOK, "", 4, 13},
		// The log's +5 matches no step: the search stops at depth 2 (1 + 3
		// + 3 generated) and TLC reports "Postcondition Accepted at line
		// 17, col 13 to line 17, col 53 of module JsonTraceBad is false."
		{"JsonTraceBad", model.ResultPostcondition, "Postcondition Accepted", 2, 7},
	} {
		t.Run(tc.spec, func(t *testing.T) {
			sp, err := eval.LoadFiles(filepath.Join(dir, tc.spec+".tla"), filepath.Join(dir, tc.spec+".cfg"))
			if err != nil {
				t.Fatal(err)
			}
			rep, err := model.Check(context.Background(), sp, model.Options{Workers: 1})
			if err != nil {
				t.Fatal(err)
			}
			if rep.Result != tc.result || !strings.Contains(rep.Message, tc.msg) || rep.Distinct != tc.distinct || rep.Generated != tc.generated {
				t.Errorf("%s %q with %d distinct, %d generated; want %s %q with %d, %d",
					rep.Result, rep.Message, rep.Distinct, rep.Generated, tc.result, tc.msg, tc.distinct, tc.generated)
			}
		})
	}
}
