---- MODULE SbM2 ----
CONSTANT F(_), K
Op == F(K)
====
