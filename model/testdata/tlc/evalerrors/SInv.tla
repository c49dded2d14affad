---- MODULE SInv ----
EXTENDS Naturals, Sequences
VARIABLE x
Init == x = 0
Next == x' = x
Inv == x \in SUBSET 3
====
