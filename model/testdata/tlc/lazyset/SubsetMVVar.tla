---- MODULE SubsetMVVar ----
EXTENDS Naturals, FiniteSets, TLC
CONSTANT m
VARIABLE x
Init == x = 0
Next == x' = x
Inv == m \in SUBSET {x}
====
