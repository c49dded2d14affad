---- MODULE LazyCardUnion ----
EXTENDS Naturals, FiniteSets, TLC
VARIABLE x
Init == x = Cardinality(UNION {1..8, 5..10})
Next == UNCHANGED x
====
