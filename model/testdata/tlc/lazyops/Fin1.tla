---- MODULE Fin1 ----
EXTENDS Naturals, FiniteSets, Sequences, TLC
VARIABLE x
Init == PrintT(IsFiniteSet([{1} -> 3])) /\ x = 0
Next == x' = x
====
