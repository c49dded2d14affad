---- MODULE FDefExcept ----
EXTENDS Naturals, Sequences, FiniteSets, TLC
VARIABLE x

S == [{1} EXCEPT ![1] = 0]
Init == x = 0 /\ PrintT(S)
Next == UNCHANGED x
====
