---- MODULE VarMixNext ----
EXTENDS Naturals, FiniteSets, TLC
CONSTANT m
VARIABLE x
Init == x = 0
Next == x' = {1, "a"}
Inv == TRUE
====
