---- MODULE NumberName ----
EXTENDS Naturals
CONSTANT Max
VARIABLE x
1 == 2
Init == x = 0
====
