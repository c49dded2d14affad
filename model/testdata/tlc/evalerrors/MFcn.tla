---- MODULE MFcn ----
EXTENDS Naturals, Sequences
VARIABLE x
Init == x = 0
Next == x' = x /\ 1 \in [i \in 1..2 |-> i]
====
