package eval

import (
	"strings"
	"testing"
	"testing/fstest"

	"github.com/wspcycle/wspcycle/tla/value"
)

// TLCActions splits Next as TLC's Tool.getActions: through \/ and through
// each \E whose set is constant, one action per value (several bound names
// vary the first fastest), while a \E over a set of the state stays one
// action. TLC's own list for this spec (its FastTool's getActions, printed
// by getLocation) is Start(p1), Stop(p1), Start(p2), Stop(p2), Start(p3),
// Stop(p3), Swap(p1,p1), Swap(p2,p1), Swap(p3,p1), Swap(p1,p2), ...,
// Swap(p3,p3), then Pick: 16 actions, Pick named by its whole \E ("line
// 9, col 9"), without a value of k.
func TestTLCActionsSplitAsTLC(t *testing.T) {
	fsys := fstest.MapFS{
		"N.tla": {Data: []byte(`---- MODULE N ----
EXTENDS Naturals
CONSTANTS Procs
VARIABLES pc, n
Init == pc = [p \in Procs |-> "idle"] /\ n = 0
Start(p) == pc[p] = "idle" /\ pc' = [pc EXCEPT ![p] = "busy"] /\ n' \in {n, n + 1}
Stop(p) == pc[p] = "busy" /\ pc' = [pc EXCEPT ![p] = "idle"] /\ UNCHANGED n
Swap(p, q) == p # q /\ pc[p] # pc[q] /\ pc' = [pc EXCEPT ![p] = pc[q], ![q] = pc[p]] /\ UNCHANGED n
Pick == \E k \in 0..n : n > 2 /\ n' = k /\ UNCHANGED pc
Next == (\E p \in Procs : Start(p) \/ Stop(p)) \/ (\E p, q \in Procs : Swap(p, q)) \/ Pick
====
`)},
		"N.cfg": {Data: []byte("CONSTANT Procs = {p1, p2, p3}\nINIT Init\nNEXT Next\n")},
	}
	sp, err := Load(fsys, "N.tla", "N.cfg")
	if err != nil {
		t.Fatal(err)
	}
	acts, err := sp.TLCActions()
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, a := range acts {
		name := sp.Actions[a.Lo].Name
		var ps []string
		for _, v := range a.Params() {
			ps = append(ps, v.String())
		}
		if len(ps) > 0 {
			name += "(" + strings.Join(ps, ",") + ")"
		}
		if a.Opaque() {
			name += "@" + a.Pos.String()
		}
		got = append(got, name)
	}
	want := "Start(p1) Stop(p1) Start(p2) Stop(p2) Start(p3) Stop(p3) " +
		"Swap(p1,p1) Swap(p2,p1) Swap(p3,p1) Swap(p1,p2) Swap(p2,p2) Swap(p3,p2) Swap(p1,p3) Swap(p2,p3) Swap(p3,p3) " +
		"Pick@N.tla:9:9"
	if g := strings.Join(got, " "); g != want {
		t.Errorf("TLC's actions:\n got %s\nwant %s", g, want)
	}
	// NextOf enumerates one action: Start(p2) from the initial state is
	// two successors (n' \in {0, 1}), Stop(p2) none, Pick none (n = 0).
	var s0 value.State
	if err := sp.Init(func(s value.State) error { s0 = s; return nil }); err != nil {
		t.Fatal(err)
	}
	for i, want := range map[int]int{2: 2, 3: 0, 15: 0} {
		n := 0
		err := sp.NextOf(s0, &acts[i], func(st Step) error {
			if st.Params[0].String() != "p2" && i == 2 {
				t.Errorf("Start(p2) yields a step of %v", st.Params)
			}
			n++
			return nil
		})
		if err != nil || n != want {
			t.Errorf("action %d: %d successors (%v), want %d", i, n, err, want)
		}
	}
}

// NextOf enumerates an action of TLC's split with the values TLC bound
// when it made the action, without evaluating the \E's set again, as
// TLC's action carries its context: with a set that changes from one
// evaluation to the next (RandomElement), evaluating it again and keeping
// the element equal to the action's gave no successor most of the time, a
// false deadlock in the simulator (TLC: no error).
func TestNextOfKeepsTheActionsBinding(t *testing.T) {
	fsys := fstest.MapFS{
		"R.tla": {Data: []byte(`---- MODULE R ----
EXTENDS Naturals, TLC
VARIABLE x
Init == x = 0
Next == \E i \in {RandomElement(1..50)} : x' = i
====
`)},
		"R.cfg": {Data: []byte("INIT Init\nNEXT Next\n")},
	}
	sp, err := Load(fsys, "R.tla", "R.cfg")
	if err != nil {
		t.Fatal(err)
	}
	acts, err := sp.TLCActions()
	if err != nil {
		t.Fatal(err)
	}
	if len(acts) != 1 || acts[0].Opaque() || len(acts[0].Params()) != 1 {
		t.Fatalf("TLC's split is one action binding i, got %d actions", len(acts))
	}
	want := acts[0].Params()[0]
	s0 := value.State{value.Int(0)}
	for range 20 {
		var got []value.Value
		if err := sp.NextOf(s0, &acts[0], func(st Step) error {
			got = append(got, st.State[0])
			return nil
		}); err != nil {
			t.Fatal(err)
		}
		if len(got) != 1 || !value.Equal(got[0], want) {
			t.Fatalf("NextOf yields %v, want the one successor x = %v", got, want)
		}
	}
}
