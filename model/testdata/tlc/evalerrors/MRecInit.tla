---- MODULE MRecInit ----
EXTENDS Naturals, Sequences
VARIABLE x
Init == x \in [a |-> 1]
Next == x' = x
====
