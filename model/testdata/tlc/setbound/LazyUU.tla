---- MODULE LazyUU ----
EXTENDS Naturals, FiniteSets, TLC
VARIABLE x
Init == x = 0 /\ 3 \in UNION {UNION {1..8, 5..10}, {1}}
Next == UNCHANGED x
====
