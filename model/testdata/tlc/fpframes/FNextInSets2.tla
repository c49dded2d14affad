---- MODULE FNextInSets2 ----
EXTENDS Naturals, Sequences, FiniteSets, TLC
VARIABLE x

Init == x = 0
Next == x' = x /\ PrintT({"a"} \in {{}, {1}})
====
