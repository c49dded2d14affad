---- MODULE Fin2 ----
EXTENDS Naturals, FiniteSets, Sequences, TLC
VARIABLE x
Init == PrintT(IsFiniteSet(3 \X {1})) /\ x = 0
Next == x' = x
====
