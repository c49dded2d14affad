---- MODULE LazyInFcnU2 ----
EXTENDS Naturals, FiniteSets, TLC
VARIABLE x
Init == x \in [{1,2} -> UNION {1..8, 5..10}]
Next == UNCHANGED x
====
