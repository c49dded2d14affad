---- MODULE FInitInSets2 ----
EXTENDS Naturals, Sequences, FiniteSets, TLC
VARIABLE x

Init == x = 0 /\ PrintT({"a"} \in {{}, {1}})
Next == UNCHANGED x
====
