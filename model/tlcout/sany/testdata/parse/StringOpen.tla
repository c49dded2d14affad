---- MODULE StringOpen ----
EXTENDS Naturals, Sequences
CONSTANT Max
VARIABLE x
Init == x = <<"a", "b"
Next == x' = x
====
