---- MODULE ExNextAssigned ----
EXTENDS Naturals, Sequences, FiniteSets, TLC
VARIABLE x
Init == x = 0
Next == x' = 1 /\ \E i \in {1} : 1
====
