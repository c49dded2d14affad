package eval

import (
	"strings"
	"testing"
)

// TLC's context of an action (Action.con) binds, in the order its
// getActions goes down Next, each \E's variables and each applied
// definition's formal parameters: \E p, then Foo's a, \E q, then Bar's a
// and q (TLC rev cc6b616 prints it newest first, "[q->1, a->0, q->1,
// a->0, p->0]", in -simulate stats=full's graph). An operator argument is
// TLC's print of it; an inline action binds nothing; an argument with an
// effect, which TLC binds lazily, cannot be told.
func TestTLCActionContext(t *testing.T) {
	sp := mustLoad(t, `---- MODULE M ----
EXTENDS Naturals, TLC
VARIABLE x
Init == x = 0
Bar(a, q) == x' = (x + a + q) % 4
Foo(a) == \E q \in {1} : Bar(a, q)
Ap(F(_), k) == x' = F(k) % 4
Inc(n) == n + 1
C(w) == x' = w
Next == \/ \E p \in {0} : Foo(p)
        \/ \E s \in {"a"}, t \in {<<1, 2>>} : Ap(Inc, t[1])
        \/ (x = 3 /\ x' = 0)
        \/ C(RandomElement({4, 5}))
====
`, "INIT Init\nNEXT Next\n")
	acts, err := sp.TLCActions()
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, a := range acts {
		binds, ok := a.Context()
		if !ok {
			got = append(got, "?")
			continue
		}
		var parts []string
		for _, b := range binds {
			v := b.Op
			if b.Value != nil {
				v = b.Value.String()
			}
			parts = append(parts, b.Name+"->"+v)
		}
		got = append(got, "["+strings.Join(parts, ", ")+"]")
	}
	want := `[p->0, a->0, q->1, a->0, q->1] [s->"a", t-><<1, 2>>, F-><Operator Inc>, k->1] [] ?`
	if g := strings.Join(got, " "); g != want {
		t.Fatalf("TLC's contexts:\n got %s\nwant %s", g, want)
	}
}
