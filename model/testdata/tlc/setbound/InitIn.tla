---- MODULE InitIn ----
EXTENDS Naturals, FiniteSets
VARIABLE x
Init == x \in [1..2 -> 1..4]
Next == UNCHANGED x
====
