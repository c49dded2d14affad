---- MODULE GDef ----
EXTENDS Naturals, Sequences
VARIABLE x
F == [i \in 1..2 |-> i]
Init == x = 0
Next == x' = F[3]
====
