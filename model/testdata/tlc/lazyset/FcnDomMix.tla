---- MODULE FcnDomMix ----
EXTENDS Naturals, FiniteSets, TLC
CONSTANT m
VARIABLE x
Init == x = 0
Next == x' = x
Inv == [e \in {1, "a"} |-> 0] # m
====
