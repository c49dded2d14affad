---- MODULE ExNB1 ----
EXTENDS Naturals, Sequences, FiniteSets, TLC
VARIABLE x
Init == \E i \in {1} : 1
Next == UNCHANGED x
====
