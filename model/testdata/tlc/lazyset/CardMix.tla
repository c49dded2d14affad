---- MODULE CardMix ----
EXTENDS Naturals, FiniteSets, TLC
CONSTANT m
VARIABLE x
Init == x = 0
Next == x' = x
Inv == Cardinality({1, "a"}) = 2
====
