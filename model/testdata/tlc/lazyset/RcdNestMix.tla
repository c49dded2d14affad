---- MODULE RcdNestMix ----
EXTENDS Naturals, Sequences, FiniteSets, TLC
CONSTANT m
VARIABLE x

Init == x = 0
Next == x' = x
Inv == [k |-> {x+1,"a"}] \in {[k |-> {1,"a"}]}
====
