---- MODULE SetMinusOpen ----
EXTENDS Naturals
CONSTANT Max
VARIABLE x
Init == x \in (1..3) \ {1
Next == x' = x
====
