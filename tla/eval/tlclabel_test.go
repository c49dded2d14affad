package eval

import (
	"strings"
	"testing"

	"github.com/wspcycle/wspcycle/tla/ast"
	"github.com/wspcycle/wspcycle/tla/value"
)

// TestTLCActionLabels: TLC (rev cc6b616) names a step by the action of its
// split of Next the step came from (Action.getLocation): the operator
// definition the action was found in, then the values its context binds
// to that definition's own formal parameters. Its trace of this spec
// (Inv violated at x = 7) is:
//
//	State 2: <Inc line 11, col 12 to line 11, col 21 of module M>
//	State 3: <Inc line 11, col 12 to line 11, col 21 of module M>
//	State 4: <Add(2,1) line 7, col 14 to line 7, col 36 of module M>
//	State 5: <Ap(<Operator LAMBDA>,6) line 8, col 16 to line 8, col 33 of module M>
//	State 6: <Two(1,0) line 9, col 29 to line 9, col 51 of module M>
//
// and with Inv == x # 8 instead, its last state is
// "State 6: <A line 10, col 21 to line 10, col 43 of module M>".
//
// Inc(x + 1) reads the state in its argument: TLC does not go into Inc,
// the application is one action, located there; Add(i * 2, i) prints the
// values of Add's parameters, not of i; Two prints a and b, not k; A has
// no parameter, so no value of its \E's i. Each label names the action
// of TLCActions the step belongs to (TLCActionOf).
func TestTLCActionLabels(t *testing.T) {
	sp := mustLoad(t, `---- MODULE M ----
EXTENDS Naturals
VARIABLE x
Init == x = 0
Inc(n) == \/ x < 2 /\ x' = n
          \/ x = 100 /\ x' = 0
Add(i, j) == x = 2 /\ x' = x + i + j
Ap(F(_), n) == x = 5 /\ x' = F(n)
Two(a, b) == \E k \in {a} : x = 6 /\ x' = x + k - b
A == \E i \in {1} : x = 6 /\ x' = x + i + 1
Next == \/ Inc(x + 1)
        \/ \E i \in {1} : Add(i * 2, i)
        \/ Ap(LAMBDA m : m, 6)
        \/ \E i \in {1}, j \in {0} : Two(i, j)
        \/ A
Inv == x < 7
====
`, "INIT Init\nNEXT Next\nINVARIANT Inv\n")
	acts, err := sp.TLCActions()
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, a := range acts {
		l, ok := a.Label()
		if !ok {
			l += "?"
		}
		if a.App != nil {
			l += "@" + a.App.(*ast.OpApp).Name.Name
		}
		got = append(got, l)
	}
	// Inc's two disjuncts are one action: TLC does not split them.
	want := "Inc@Inc Add(2,1) Ap(<Operator LAMBDA>,6) Two(1,0) A"
	if g := strings.Join(got, " "); g != want {
		t.Fatalf("TLC's actions:\n got %s\nwant %s", g, want)
	}
	if acts[0].Lo != 0 || acts[0].Hi != 2 {
		t.Errorf("Inc(x + 1) covers leaves %d..%d, want both of Inc's", acts[0].Lo, acts[0].Hi-1)
	}
	labels := map[string]string{}
	for x := int64(0); x <= 6; x++ {
		err := sp.Next(value.State{value.Int(x)}, func(st Step) error {
			i := sp.TLCActionOf(st)
			if i < 0 || st.Action < acts[i].Lo || st.Action >= acts[i].Hi {
				t.Errorf("x = %d: step of leaf %d in TLC action %d", x, st.Action, i)
			}
			labels[st.State[0].String()] = sp.Label(st)
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
	}
	for x, want := range map[string]string{"1": "Inc", "2": "Inc", "5": "Add(2,1)", "6": "Ap(<Operator LAMBDA>,6)", "7": "Two(1,0)", "8": "A"} {
		if labels[x] != want {
			t.Errorf("step to x = %s: label %q, want %q", x, labels[x], want)
		}
	}
}

// TestTLCActionLabelOpaqueExists: a \E over a set of the state is one
// action TLC does not expand, named by the definition it is in, without
// the values of the operator applied under it: with Inv == x < 3, TLC's
// trace is "State 2: <Next line 5, col 9 to line 5, col 28 of module M>"
// then the same for State 3, not Recv(1), Recv(2).
func TestTLCActionLabelOpaqueExists(t *testing.T) {
	sp := mustLoad(t, `---- MODULE M ----
EXTENDS Naturals
VARIABLE x, S
Recv(m) == x' = x + m /\ UNCHANGED S
Next == \E m \in S : Recv(m)
Init == x = 0 /\ S = {1, 2}
====
`, "INIT Init\nNEXT Next\n")
	s := value.State{value.Int(0), value.Set(value.Int(1), value.Int(2))}
	n := 0
	err := sp.Next(s, func(st Step) error {
		n++
		if l := sp.Label(st); l != "Next" {
			t.Errorf("step %v labelled %q, want Next", st.Params, l)
		}
		if len(st.Params) != 1 {
			t.Errorf("Params %v: the \\E-bound m is still among them", st.Params)
		}
		return nil
	})
	if err != nil || n != 2 {
		t.Fatalf("%d steps, %v", n, err)
	}
}
