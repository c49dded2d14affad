package eval

import (
	"strings"
	"testing"

	"github.com/wspcycle/wspcycle/tla/token"
	"github.com/wspcycle/wspcycle/tla/value"
)

// byNeedSpec's Count(v) is v; the tests replace it natively with a counter
// of its evaluations.
const byNeedSpec = `---- MODULE M ----
EXTENDS Naturals
VARIABLES x
Count(v) == v
Twice(a) == a + a
Under(a) == \A i \in 1..3 : a >= 0
Max(S) == CHOOSE m \in S : \A y \in S : y <= m
Inner(b) == Twice(b) + b
Lazy(a, c) == IF c THEN 0 ELSE a + a
Both(a) == (a' - a) + (a' - a)
RECURSIVE Sum(_)
Sum(n) == IF n = 0 THEN Count(x) ELSE Twice(Sum(n - 1)) \div 2 + n
I1 == Twice(Count(x)) = 2 * x
I2 == Under(Count(x))
I3 == Max({Count(x), Count(x) + 1}) = x + 1
I4 == Inner(Count(x)) = 3 * x
I5 == Lazy(Count(x) \div 0, TRUE) = 0
I6 == Lazy(Count(x) \div 0, FALSE) = 0
I7 == Sum(3) = x + 6
Init == x = 1
Next == x' = x + 1 /\ Both(x) = 2
====`

// TestArgsByNeed checks that an operator argument is evaluated at most once
// per application (byneed.go), with the values and errors of call by name:
// each invariant's expected count is the number of Count applications
// written in it (by name, I1 would count 2, I2 3, I3 6, I4 3, I7 8).
func TestArgsByNeed(t *testing.T) {
	calls := 0
	natives["M"] = map[string]native{"Count": {arity: 1, fn: func(args []value.Value, _ token.Pos) (value.Value, error) {
		calls++
		return args[0], nil
	}}}
	defer delete(natives, "M")
	sp := mustLoad(t, byNeedSpec, "INIT Init\nNEXT Next\nINVARIANTS I1 I2 I3 I4 I5 I6 I7\n")
	s := initStates(t, sp)[0]
	for i, tc := range []struct {
		calls int
		err   string
	}{
		{1, ""}, {1, ""}, {2, ""}, {1, ""},
		// The argument is not needed: no evaluation, no error.
		{0, ""},
		// Needed: the error of the division, as by name.
		{1, "the second argument of \\div is 0"},
		// Twice(Sum(n - 1)) inside the recursive Sum: Sum(n - 1) once per
		// level, so Count once (by name, 2^3 times).
		{1, ""},
	} {
		calls = 0
		for range 2 { // a second evaluation starts afresh
			ok, err := sp.Invariants[i].Eval(s)
			if tc.err != "" {
				if err == nil || !strings.Contains(strings.ToLower(err.Error()), tc.err) {
					t.Fatalf("I%d: error %v, want %q", i+1, err, tc.err)
				}
				continue
			}
			if err != nil || !ok {
				t.Fatalf("I%d = %v, %v", i+1, ok, err)
			}
		}
		if calls != 2*tc.calls {
			t.Errorf("I%d evaluated Count %d times in two evaluations, want %d", i+1, calls, 2*tc.calls)
		}
	}
	// Both uses its parameter primed and unprimed: the unprimed use is by
	// need, the primed one by name (x' is x + 1).
	if got := strings.Join(successors(t, sp, s), "|"); got != "Next 2" {
		t.Errorf("successors %s, want Next 2", got)
	}
}
