---- MODULE DiffMixNext ----
EXTENDS Naturals, FiniteSets, TLC
CONSTANT m
VARIABLE x
Init == x = 0
Next == x' = {1, "a"} \ {1}
Inv == TRUE
====
