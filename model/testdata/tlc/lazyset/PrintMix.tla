---- MODULE PrintMix ----
EXTENDS Naturals, FiniteSets, TLC
CONSTANT m
VARIABLE x
Init == x = 0
Next == x' = x
Inv == PrintT({1, "a"})
====
