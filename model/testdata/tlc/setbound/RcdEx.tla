---- MODULE RcdEx ----
EXTENDS Naturals, FiniteSets
VARIABLE x
Init == x = 0 /\ \E r \in [a : 1..4, b : 1..4] : r.a = 4
Next == UNCHANGED x
====
