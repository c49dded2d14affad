---- MODULE NestVarEqMix ----
EXTENDS Naturals, Sequences, FiniteSets, TLC
CONSTANT m
VARIABLE x

Init == x = 0
Next == x' = x
Inv == {x+1,"a"} \in {{1,"a"}}
====
