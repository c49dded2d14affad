---- MODULE NumberDot ----
EXTENDS Naturals, Sequences
CONSTANT Max
VARIABLE x
Init == x = 1.
Next == x' = x
====
