---- MODULE Fin3 ----
EXTENDS Naturals, FiniteSets, Sequences, TLC
VARIABLE x
Init == PrintT(IsFiniteSet([a : 3])) /\ x = 0
Next == x' = x
====
