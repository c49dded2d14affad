---- MODULE InRec ----
EXTENDS Naturals, Sequences
VARIABLE x
Init == x = 0
Next == x' = 1 /\ (x \in [a |-> 1])
====
