---- MODULE NBOr1 ----
EXTENDS Naturals, Sequences, FiniteSets, TLC
VARIABLE x
Init == x = 0
A == x' = 1 \/ 2
Next == A \/ UNCHANGED x
====
