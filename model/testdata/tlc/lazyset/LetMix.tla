---- MODULE LetMix ----
EXTENDS Naturals, FiniteSets, TLC
CONSTANT m
VARIABLE x
Init == x = 0
Next == x' = x
Inv == LET S == {1, "a"} IN m \in S
====
