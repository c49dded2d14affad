---- MODULE Fin4 ----
EXTENDS Naturals, FiniteSets, Sequences, TLC
VARIABLE x
Init == PrintT(IsFiniteSet(SUBSET 3)) /\ x = 0
Next == x' = x
====
