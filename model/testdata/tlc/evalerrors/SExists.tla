---- MODULE SExists ----
EXTENDS Naturals, Sequences
VARIABLE x
Init == x = 0
Next == x' = x
Inv == \E y \in SUBSET 3 : TRUE
====
