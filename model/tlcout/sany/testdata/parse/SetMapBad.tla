---- MODULE SetMapBad ----
EXTENDS Naturals, Sequences
CONSTANT Max
VARIABLE x
Init == x \in {i + 1 : 3}
Next == x' = x
====
