---- MODULE AngleActionOpen ----
EXTENDS Naturals, Sequences
CONSTANT Max
VARIABLE x
Spec == <><<x' = x + 1>>_
Next == x' = x
====
