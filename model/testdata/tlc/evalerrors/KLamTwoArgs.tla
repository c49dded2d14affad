---- MODULE KLamTwoArgs ----
EXTENDS Naturals, Sequences, FiniteSets, TLC
VARIABLE x
Init == x = 0
Next == x < 1 /\ x' = [i \in 1..2 |-> i][1, 2]
====
