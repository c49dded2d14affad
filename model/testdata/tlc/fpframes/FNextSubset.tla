---- MODULE FNextSubset ----
EXTENDS Naturals, Sequences, FiniteSets, TLC
VARIABLE x

Init == x = 0
Next == x' = x /\ PrintT({"a"} \in SUBSET {1, 2})
====
