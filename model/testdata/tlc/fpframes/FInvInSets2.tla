---- MODULE FInvInSets2 ----
EXTENDS Naturals, Sequences, FiniteSets, TLC
VARIABLE x

Init == x = 0
Next == UNCHANGED x
Inv == PrintT({"a"} \in {{}, {1}})
====
