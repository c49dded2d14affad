---- MODULE FInitInSets ----
EXTENDS Naturals, Sequences, FiniteSets, TLC
VARIABLE x

Init == x = 0 /\ PrintT({1,"a"} \in {{2},{3}})
Next == UNCHANGED x
====
