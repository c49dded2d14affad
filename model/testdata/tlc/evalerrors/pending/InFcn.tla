---- MODULE InFcn ----
EXTENDS Naturals, Sequences
VARIABLE x
Init == x = 0
Next == x' = 1 /\ (x \in [i \in {1,2} |-> i])
====
