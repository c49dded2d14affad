---- MODULE RcdSetMixInit ----
EXTENDS Naturals, FiniteSets, TLC, Sequences
CONSTANT m
VARIABLE x
Init == x \in [a : {1, "a"}]
Next == x' = x
Inv == TRUE
====
