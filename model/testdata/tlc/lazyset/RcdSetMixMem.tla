---- MODULE RcdSetMixMem ----
EXTENDS Naturals, FiniteSets, TLC, Sequences
CONSTANT m
VARIABLE x
Init == x = 0
Next == x' = x
Inv == [a |-> m] \in [a : {1, "a"}]
====
