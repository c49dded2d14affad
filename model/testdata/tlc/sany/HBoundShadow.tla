---- MODULE HBoundShadow ----
EXTENDS Naturals
VARIABLE x
A == 1
B == \E A \in {1} : TRUE
Init == x = 0
Next == x' = x
====
