---- MODULE MRecNext ----
EXTENDS Naturals, Sequences
VARIABLE x
Init == x = 0
Next == x' \in [a |-> 1]
====
