---- MODULE LazyInUnion ----
EXTENDS Naturals, FiniteSets, TLC
VARIABLE x
Init == x \in UNION {1..8, 5..10}
Next == UNCHANGED x
====
