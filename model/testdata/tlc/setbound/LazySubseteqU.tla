---- MODULE LazySubseteqU ----
EXTENDS Naturals, FiniteSets, TLC
VARIABLE x
Init == x = 0 /\ UNION {1..8, 5..10} \subseteq 1..10
Next == UNCHANGED x
====
