---- MODULE YSetOfFcn ----
EXTENDS Naturals, Sequences, FiniteSets, TLC
VARIABLE x
Init == x \in [1..2 -> {0}]
Next == x' = [x EXCEPT ![1] = x[5]]
====
