---- MODULE LFcnNext ----
EXTENDS Naturals, Sequences, FiniteSets, TLC
VARIABLE x
Init == x = 0
Next == <<1>> \in [1..2 -> 3] /\ x' = x
====
