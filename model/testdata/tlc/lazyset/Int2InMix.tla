---- MODULE Int2InMix ----
EXTENDS Naturals, FiniteSets, TLC
CONSTANT m
VARIABLE x
Init == x = 0
Next == x' = x
Inv == 2 \in {1, "a"}
====
