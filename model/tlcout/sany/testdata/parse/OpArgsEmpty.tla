---- MODULE OpArgsEmpty ----
EXTENDS Naturals, Sequences
CONSTANT Max
VARIABLE x
Init == x = Len()
Next == x' = x
====
