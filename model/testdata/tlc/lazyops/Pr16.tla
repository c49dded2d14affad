---- MODULE Pr16 ----
EXTENDS Naturals, FiniteSets, Sequences, TLC
VARIABLE x
Init == PrintT(Cardinality([{1} -> 3])) /\ x = 0
Next == x' = x
====
