---- MODULE GLamInv ----
EXTENDS Naturals, Sequences, FiniteSets, TLC
VARIABLE x
Init == x = 0
Next == x' = x
Inv == [i \in 1..2 |-> i][3] = 0
====
