---- MODULE QuantMix ----
EXTENDS Naturals, FiniteSets, TLC
CONSTANT m
VARIABLE x
Init == x = 0
Next == x' = x
Inv == \A e \in {1, "a"} : e # m
====
