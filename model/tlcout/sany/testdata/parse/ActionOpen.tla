---- MODULE ActionOpen ----
EXTENDS Naturals, Sequences
CONSTANT Max
VARIABLE x
Spec == x = 0 /\ [][x' = x + 1]_
Next == x' = x
====
