---- MODULE NBOr3 ----
EXTENDS Naturals, TLC
VARIABLE x
Init == x = 0
A == x' = 1 \/ 2
Next == UNCHANGED x \/ A
====
