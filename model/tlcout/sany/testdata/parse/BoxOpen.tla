---- MODULE BoxOpen ----
EXTENDS Naturals, Sequences
CONSTANT Max
VARIABLE x
Spec == [](x = 0
Next == x' = x
====
