---- MODULE FcnIdx ----
EXTENDS Naturals, Sequences
VARIABLE x
Init == x = 0
Next == x' = 1 /\ ([i \in 1..2 |-> i][3] = 0)
====
