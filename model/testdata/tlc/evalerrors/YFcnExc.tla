---- MODULE YFcnExc ----
EXTENDS Naturals, Sequences, FiniteSets, TLC
VARIABLE x
Init == x = [i \in 1..2 |-> i]
Next == x' = [x EXCEPT ![1] = 5]
Inv == x[1] = 5 => x[3] = 0
====
