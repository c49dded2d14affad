---- MODULE Fin5 ----
EXTENDS Naturals, FiniteSets, Sequences, TLC
VARIABLE x
Init == PrintT(IsFiniteSet({1} \cup 2)) /\ x = 0
Next == x' = x
====
