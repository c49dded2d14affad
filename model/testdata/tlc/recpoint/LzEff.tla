---- MODULE LzEff ----
EXTENDS Naturals, TLC
VARIABLE v
ASSUME TLCSet(1, 0)
G(n) == [x \in 0..9 |-> TLCSet(1, TLCGet(1) + 1) /\ x = n]
Init == v = 0
Next == G(v)[v] /\ v' = (v + 1) % 3
Inv == TLCGet(1) < 20
====
