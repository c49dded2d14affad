---- MODULE MVMixInit ----
EXTENDS Naturals, FiniteSets, TLC
CONSTANT m
VARIABLE x
Init == x \in {1, "a"}
Next == x' = x
Inv == TRUE
====
