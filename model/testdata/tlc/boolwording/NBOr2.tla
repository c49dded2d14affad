---- MODULE NBOr2 ----
EXTENDS Naturals, TLC
VARIABLE x
Init == x = 0
A == x' = 1 \/ x' = 3 \/ 2
Next == A \/ UNCHANGED x
====
