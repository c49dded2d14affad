---- MODULE FInitSubset ----
EXTENDS Naturals, Sequences, FiniteSets, TLC
VARIABLE x

Init == x = 0 /\ PrintT({"a"} \in SUBSET {1, 2})
Next == UNCHANGED x
====
