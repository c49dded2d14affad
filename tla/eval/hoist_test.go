package eval

import (
	"strings"
	"testing"
)

// TestHoistedGuards checks that guards hoisted out of \E (existsStep)
// give the successors, and the errors, of the conjuncts taken in order.
func TestHoistedGuards(t *testing.T) {
	for _, tc := range []struct {
		name, next string
		want       []string // successors, in order
		err        string   // the error Next ends with, if any
	}{
		// want[c] does not depend on s: hoisted, and the order of the
		// successors is TLC's, the first binder varying fastest (TLC
		// prints <<1, 1>>, <<3, 1>>, <<1, 2>>, <<3, 2>> from a PrintT
		// before the assignment).
		{"independent", `\E c \in 1..3, s \in 1..2 : want[c] /\ x' = <<c, s>>`,
			[]string{"Next(1,1) <<1, 1>>", "Next(3,1) <<3, 1>>", "Next(1,2) <<1, 2>>", "Next(3,2) <<3, 2>>"}, ""},
		// A guard on s comes first: nothing after it is hoisted.
		{"dependent first", `\E c \in 1..2, s \in 1..2 : s > 1 /\ c > 1 /\ x' = <<c, s>>`,
			[]string{"Next(2,2) <<2, 2>>"}, ""},
		// Over an empty set the guard is never evaluated, so its error
		// (3 is outside want's domain) never happens.
		{"empty set", `\E c \in 3..4, s \in {} : want[c] /\ x' = <<c, s>>`, nil, ""},
		// The error happens at the first element for which TLC would
		// evaluate the guard, after the successors before it: (2, 1),
		// (3, 1), then (4, 1).
		{"error", `\E c \in 2..4, s \in 1..2 : want[c] /\ x' = <<c, s>>`,
			[]string{"Next(3,1) <<3, 1>>"}, "Attempted to access index 4 of tuple"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			sp := mustLoad(t, `---- MODULE M ----
EXTENDS Naturals
VARIABLES x
want == <<TRUE, FALSE, TRUE>>
Init == x = <<0, 0>>
Next == `+tc.next+`
====`, "INIT Init\nNEXT Next\n")
			s := initStates(t, sp)[0]
			var got []string
			err := sp.Next(s, func(st Step) error {
				got = append(got, stepName(sp, st)+" "+stateString(st.State))
				return nil
			})
			if tc.err == "" && err != nil || tc.err != "" && (err == nil || !strings.Contains(err.Error(), tc.err)) {
				t.Fatalf("error %v, want %q", err, tc.err)
			}
			if strings.Join(got, "; ") != strings.Join(tc.want, "; ") {
				t.Errorf("successors %q, want %q", got, tc.want)
			}
		})
	}
}
