---- MODULE GDefVar ----
EXTENDS Naturals, Sequences
VARIABLE x
F == [i \in 1..2 |-> i + x]
Init == x = 0
Next == x' = F[3]
====
