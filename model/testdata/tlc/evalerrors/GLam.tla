---- MODULE GLam ----
EXTENDS Naturals, Sequences, FiniteSets, TLC
VARIABLE x
Init == x = 0
Next == x' = [i \in 1..2 |-> i][3]
====
