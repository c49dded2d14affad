---- MODULE FcnDefTwoBounds ----
EXTENDS Naturals
CONSTANT Max
VARIABLE x
f[i \in 1..2, j \in ] == i
Init == x = 0
====
