---- MODULE FilterMixVar ----
EXTENDS Naturals, Sequences, FiniteSets, TLC
CONSTANT m
VARIABLE x

Init == x = 0
Next == x' = x
Inv == x+1 \in {e \in {1,"a"} : TRUE}
====
