---- MODULE LiS ----
CONSTANT T
VARIABLE z
A == T[0]
B == z[0]
Z(n) == z[n]
====
