---- MODULE FInvSubset ----
EXTENDS Naturals, Sequences, FiniteSets, TLC
VARIABLE x

Init == x = 0
Next == UNCHANGED x
Inv == PrintT({"a"} \in SUBSET {1, 2})
====
