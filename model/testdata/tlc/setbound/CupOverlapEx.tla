---- MODULE CupOverlapEx ----
EXTENDS Naturals, FiniteSets
VARIABLE x
Init == x = 0 /\ \E i \in (1..8) \cup (7..10) : i = 10
Next == UNCHANGED x
====
