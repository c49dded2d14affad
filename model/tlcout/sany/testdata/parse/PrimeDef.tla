---- MODULE PrimeDef ----
EXTENDS Naturals
CONSTANT Max
VARIABLE x
x' == 1
Init == x = 0
====
