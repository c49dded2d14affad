---- MODULE Fin7 ----
EXTENDS Naturals, FiniteSets, Sequences, TLC
VARIABLE x
Init == PrintT(IsFiniteSet([3 -> {1}])) /\ x = 0
Next == x' = x
====
