---- MODULE FInitExcept ----
EXTENDS Naturals, Sequences, FiniteSets, TLC
VARIABLE x

Init == x = 0 /\ PrintT([{1} EXCEPT ![1] = 0])
Next == UNCHANGED x
====
