---- MODULE Fin15 ----
EXTENDS Naturals, FiniteSets, Sequences, TLC
VARIABLE x
Init == PrintT(IsFiniteSet(UNION {1})) /\ x = 0
Next == x' = x
====
