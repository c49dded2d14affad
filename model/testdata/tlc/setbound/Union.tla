---- MODULE Union ----
EXTENDS Naturals, FiniteSets
VARIABLE x
Init == x = 0 /\ \E i \in (1..6) \cup (10..16) : i = 16
Next == UNCHANGED x
====
