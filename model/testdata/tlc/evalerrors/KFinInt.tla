---- MODULE KFinInt ----
EXTENDS Integers, TLC, FiniteSets
CONSTANT M
VARIABLE x
Init == x = IsFiniteSet(1)
Next == x' = x
====
