---- MODULE LzPrint ----
EXTENDS Naturals, TLC
VARIABLE v
G(n) == [x \in 0..3 |-> PrintT(<<"G", n, x>>) /\ x = n]
ff == [x \in 0..3 |-> PrintT(<<"ff", x>>)]
Init == v = 0
Next == G(v)[v] /\ ff[v] /\ [x \in 0..3 |-> PrintT(<<"in", x>>)][v] /\ v' = (v + 1) % 3
====
