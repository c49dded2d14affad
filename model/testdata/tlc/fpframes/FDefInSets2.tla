---- MODULE FDefInSets2 ----
EXTENDS Naturals, Sequences, FiniteSets, TLC
VARIABLE x

S == {"a"} \in {{}, {1}}
Init == x = 0 /\ PrintT(S)
Next == UNCHANGED x
====
