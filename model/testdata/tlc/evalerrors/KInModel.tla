---- MODULE KInModel ----
EXTENDS Integers, TLC, FiniteSets
CONSTANT M
VARIABLE x
Init == x = (1 \in M)
Next == x' = x
====
