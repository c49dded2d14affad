---- MODULE EqMix ----
EXTENDS Naturals, FiniteSets, TLC
CONSTANT m
VARIABLE x
Init == x = 0
Next == x' = x
Inv == {1, "a"} = {1, "a"}
====
