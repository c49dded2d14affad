---- MODULE RcdMixInit ----
EXTENDS Naturals, FiniteSets, TLC
CONSTANT m
VARIABLE x
Init == x = [a |-> {1, "a"}]
Next == x' = x
Inv == TRUE
====
