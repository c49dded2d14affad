---- MODULE WFcnField ----
EXTENDS Naturals, Sequences, FiniteSets
VARIABLE x
Init == x = 0
Next == x' = [i \in 1..2 |-> i].a
====
