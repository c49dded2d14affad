---- MODULE AllInitAssigned ----
EXTENDS Naturals, Sequences, FiniteSets, TLC
VARIABLE x
Init == x = 0 /\ \A i \in {1} : 1
Next == UNCHANGED x
====
