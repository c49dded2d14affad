---- MODULE LazyXUnion ----
EXTENDS Naturals, FiniteSets, TLC
VARIABLE x
Init == x = UNION {1..8, 5..10}
Next == UNCHANGED x
====
