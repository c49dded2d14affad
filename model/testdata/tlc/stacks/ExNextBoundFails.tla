---- MODULE ExNextBoundFails ----
EXTENDS Naturals, Sequences, FiniteSets, TLC
VARIABLE x
Init == x = 0
Next == \E i \in {j \in 1..3 : j[1] = 1} : x' = i
====
