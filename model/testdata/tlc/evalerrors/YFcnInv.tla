---- MODULE YFcnInv ----
EXTENDS Naturals, Sequences, FiniteSets, TLC
VARIABLE x
Init == x = [i \in 1..2 |-> i]
Next == x' = x
Inv == x[3] = 0
====
