---- MODULE ChooseMix ----
EXTENDS Naturals, FiniteSets, TLC
CONSTANT m
VARIABLE x
Init == x = 0
Next == x' = x
Inv == (CHOOSE e \in {1, "a"} : TRUE) # m
====
