---- MODULE LRcdNext ----
EXTENDS Naturals, Sequences, FiniteSets, TLC
VARIABLE x
Init == x = [a |-> 1]
Next == x \in [a : 3] /\ x' = x
====
