---- MODULE GLamInit ----
EXTENDS Naturals, Sequences, FiniteSets, TLC
VARIABLE x
Init == x = [i \in 1..2 |-> i][3]
Next == x' = x
====
