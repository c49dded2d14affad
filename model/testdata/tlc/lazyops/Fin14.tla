---- MODULE Fin14 ----
EXTENDS Naturals, FiniteSets, Sequences, TLC
VARIABLE x
Init == PrintT(IsFiniteSet({1} \ 2)) /\ x = 0
Next == x' = x
====
