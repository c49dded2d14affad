---- MODULE FcnSetOpen ----
EXTENDS Naturals
CONSTANT Max
VARIABLE x
Init == x \in [1..2 -> 1..2
Next == x' = x
====
