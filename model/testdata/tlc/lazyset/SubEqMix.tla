---- MODULE SubEqMix ----
EXTENDS Naturals, FiniteSets, TLC
CONSTANT m
VARIABLE x
Init == x = 0
Next == x' = x
Inv == {1} \subseteq {1, "a"}
====
