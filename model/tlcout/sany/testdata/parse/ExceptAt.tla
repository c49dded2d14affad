---- MODULE ExceptAt ----
EXTENDS Naturals
CONSTANT Max
VARIABLE x
f == [i \in 1..2 |-> i]
Init == x = [f EXCEPT ![1] = @ + ]
Next == x' = x
====
