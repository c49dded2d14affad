---- MODULE SetOpen ----
EXTENDS Naturals
CONSTANT Max
VARIABLE x
Init == x \in {i \in 1..2 : i > 0
Next == x' = x
====
