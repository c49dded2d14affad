---- MODULE NFcnCons ----
EXTENDS Naturals
VARIABLE x
Init == x = 0
Next == x' = [i \in 1..2 |-> i[1]]
====
