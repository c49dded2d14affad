---- MODULE FcnEx ----
EXTENDS Naturals, FiniteSets
VARIABLE x
Init == x = 0 /\ \E f \in [1..2 -> 1..4] : f[1] = 4
Next == UNCHANGED x
====
