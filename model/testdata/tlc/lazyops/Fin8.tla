---- MODULE Fin8 ----
EXTENDS Naturals, FiniteSets, Sequences, TLC
VARIABLE x
Init == PrintT(Cardinality(3 \X {1})) /\ x = 0
Next == x' = x
====
