---- MODULE ExSubsetMix ----
EXTENDS Naturals, FiniteSets, TLC
CONSTANT m
VARIABLE x
Init == x = 0
Next == x' = x
Inv == \E S \in SUBSET {1, "a"} : m \in S
====
