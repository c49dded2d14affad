---- MODULE SetMapOpen ----
EXTENDS Naturals, Sequences
CONSTANT Max
VARIABLE x
Init == x \in {i + 1 : i \in 1..2
Next == x' = x
====
