---- MODULE PrimeDef2 ----
EXTENDS Naturals
CONSTANT Max
VARIABLE x
a' == 1
Init == x = 0
Next == x' = 1 - x
====
