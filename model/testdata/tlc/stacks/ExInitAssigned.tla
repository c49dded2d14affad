---- MODULE ExInitAssigned ----
EXTENDS Naturals, Sequences, FiniteSets, TLC
VARIABLE x
Init == x = 1 /\ \E i \in {1} : 1
Next == UNCHANGED x
====
