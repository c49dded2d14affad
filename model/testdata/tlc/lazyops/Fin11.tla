---- MODULE Fin11 ----
EXTENDS Naturals, FiniteSets, Sequences, TLC
VARIABLE x
Init == PrintT(Cardinality({1} \cup 2)) /\ x = 0
Next == x' = x
====
