---- MODULE WExNB ----
EXTENDS Naturals, Sequences, FiniteSets
VARIABLE x
Init == x = 0
Next == \E i \in 1..2 : x' = i /\ i
====
