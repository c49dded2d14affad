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
