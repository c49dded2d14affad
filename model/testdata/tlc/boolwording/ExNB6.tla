---- MODULE ExNB6 ----
EXTENDS Naturals, Sequences, FiniteSets, TLC
VARIABLE x
Init == x = 0
Next == UNCHANGED x
P == [](\E i \in {1} : 1)
====
