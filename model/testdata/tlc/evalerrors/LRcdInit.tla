---- MODULE LRcdInit ----
EXTENDS Naturals, Sequences, FiniteSets, TLC
VARIABLE x
Init == x = 0 /\ [a |-> 1] \in [a : 3]
Next == x' = x
====
