---- MODULE UnionIntOverlapEx ----
EXTENDS Naturals, FiniteSets
VARIABLE x
Init == x = 0 /\ \E i \in UNION {1..8, 5..10} : i = 10
Next == UNCHANGED x
====
