---- MODULE FcnDefOpen ----
EXTENDS Naturals
CONSTANT Max
VARIABLE x
f[i \in 1..2 == i
Init == x = 0
====
