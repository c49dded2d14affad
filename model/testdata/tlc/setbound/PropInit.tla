---- MODULE PropInit ----
EXTENDS Naturals, FiniteSets, Sequences, TLC
VARIABLE x
Init == x = 0
Next == UNCHANGED x
P == \E f \in [1..2 -> 1..4] : f[1] = 9
====
