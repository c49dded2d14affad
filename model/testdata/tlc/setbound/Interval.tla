---- MODULE Interval ----
EXTENDS Naturals, FiniteSets
VARIABLE x
Init == x = 0 /\ \E i \in 1..20 : i = 20
Next == UNCHANGED x
====
