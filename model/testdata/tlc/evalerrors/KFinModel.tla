---- MODULE KFinModel ----
EXTENDS Integers, TLC, FiniteSets
CONSTANT M
VARIABLE x
Init == x = 0
Next == x' = 1 /\ IsFiniteSet(M)
====
