---- MODULE SSetIn ----
EXTENDS Naturals, Sequences
VARIABLE x
Init == x = 0
Next == x' = x
Inv == {1} \in SUBSET 3
====
