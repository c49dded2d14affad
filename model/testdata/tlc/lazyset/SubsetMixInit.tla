---- MODULE SubsetMixInit ----
EXTENDS Naturals, FiniteSets, TLC
CONSTANT m
VARIABLE x
Init == x \in SUBSET {1, "a"}
Next == x' = x
Inv == TRUE
====
