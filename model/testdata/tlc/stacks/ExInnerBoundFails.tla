---- MODULE ExInnerBoundFails ----
EXTENDS Naturals, Sequences, FiniteSets, TLC
VARIABLE x
Init == x = 0
Next == \E i \in {1, 2} : \E j \in {i[1]} : x' = j
====
