---- MODULE ExInitBody ----
EXTENDS Naturals, Sequences, FiniteSets, TLC
VARIABLE x
Init == \E i \in {1} : i
Next == UNCHANGED x
====
