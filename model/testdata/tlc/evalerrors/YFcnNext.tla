---- MODULE YFcnNext ----
EXTENDS Naturals, Sequences, FiniteSets, TLC
VARIABLE x
Init == x = [i \in 1..2 |-> i]
Next == x' = [x EXCEPT ![1] = x[3]]
====
