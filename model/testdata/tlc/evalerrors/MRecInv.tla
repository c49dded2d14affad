---- MODULE MRecInv ----
EXTENDS Naturals, Sequences
VARIABLE x
Init == x = 0
Next == x' = x
Inv == x \in [a |-> 1]
====
