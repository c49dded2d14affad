---- MODULE LFcnDom ----
EXTENDS Naturals, Sequences, FiniteSets, TLC
VARIABLE x
Init == x = 0 /\ <<1, 2>> \in [3 -> {1,2}]
Next == x' = x
====
