---- MODULE FDefInSets ----
EXTENDS Naturals, Sequences, FiniteSets, TLC
VARIABLE x

S == {1,"a"} \in {{2},{3}}
Init == x = 0 /\ PrintT(S)
Next == UNCHANGED x
====
