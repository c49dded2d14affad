---- MODULE FcnApplied ----
EXTENDS Naturals, Sequences, FiniteSets, TLC
VARIABLE x
Init == x = 0 /\ [i \in 1..2 |-> <<1>>[i+1]][1] = 1
Next == UNCHANGED x
====
