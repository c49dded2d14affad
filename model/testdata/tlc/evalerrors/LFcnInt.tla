---- MODULE LFcnInt ----
EXTENDS Naturals, Sequences, FiniteSets, TLC
VARIABLE x
Init == x = 0 /\ 1 \in [1..2 -> 3]
Next == x' = x
====
