---- MODULE YFcnLet ----
EXTENDS Naturals, Sequences, FiniteSets, TLC
VARIABLE x
Init == x = 0
Next == LET f == [i \in 1..2 |-> i] IN x' = f /\ x[3] = 0
====
