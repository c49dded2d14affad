---- MODULE FDefSubset ----
EXTENDS Naturals, Sequences, FiniteSets, TLC
VARIABLE x

S == {"a"} \in SUBSET {1, 2}
Init == x = 0 /\ PrintT(S)
Next == UNCHANGED x
====
